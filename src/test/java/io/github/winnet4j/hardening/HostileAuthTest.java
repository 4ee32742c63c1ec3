package io.github.winnet4j.hardening;

import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.winhttp.Credentials;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A server that demands Basic auth, met by two sessions in turn: the second gets no credentials it did not ask for. */
class HostileAuthTest {
    private static final String USER = "hostile-user";
    private static final String PASSWORD = "throwaway-pw";
    private static final String EXPECTED = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private static MockWebServer demandingBasic() throws Exception {
        MockWebServer server = Loopback.http();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (EXPECTED.equals(request.getHeader("Authorization"))) {
                    return new MockResponse().setBody("welcome");
                }
                return new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "Basic realm=\"hostile\"")
                        .setBody("who are you");
            }
        });
        return server;
    }

    /** The Authorization headers of every request the server saw. */
    private static java.util.List<String> authorizations(MockWebServer server) throws InterruptedException {
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < server.getRequestCount(); i++) {
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            seen.add(r == null ? "(missing)" : String.valueOf(r.getHeader("Authorization")));
        }
        return seen;
    }

    @AllBackends
    void basicCredentialsDoNotCrossSessionsWinInet(Backend backend) throws Exception {
        try (MockWebServer server = demandingBasic()) {
            try (InternetSession s = HostileHttpTest.session(backend);
                 HttpConnection c = s.connection(Loopback.HOST).port(server.getPort()).user(USER)
                         .password(PASSWORD.toCharArray()).open();
                 HttpRequest r = c.openRequest("GET", "/private")) {
                r.send();
                assertEquals(200, r.statusCode());
                assertEquals("welcome", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            int first = server.getRequestCount();
            try (InternetSession s = HostileHttpTest.session(backend);
                 HttpConnection c = s.connect(Loopback.HOST, server.getPort());
                 HttpRequest r = c.openRequest("GET", "/private")) {
                r.send();
                assertEquals(401, r.statusCode());
            }
            java.util.List<String> seen = authorizations(server);
            assertEquals(java.util.List.of("null"), seen.subList(first, seen.size()),
                    "the second session sent credentials it never had: " + seen);
        }
    }

    /**
     * The session that was given credentials keeps them while a session without credentials
     * meets the same server in between (the wrappers empty WinINet's process-wide cache for the
     * second one): its next request is answered with its own credentials, and the stranger's
     * requests carry none.
     */
    @AllBackends
    void credentialsOfALiveSessionOutlastAStrangerWinInet(Backend backend) throws Exception {
        try (MockWebServer server = demandingBasic();
             InternetSession owner = HostileHttpTest.session(backend);
             HttpConnection mine = owner.connection(Loopback.HOST).port(server.getPort()).user(USER)
                     .password(PASSWORD.toCharArray()).open()) {
            for (int round = 0; round < 2; round++) {
                try (HttpRequest r = mine.openRequest("GET", "/private")) {
                    r.send();
                    assertEquals(200, r.statusCode(), "owner, round " + round);
                    assertEquals("welcome", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
                }
                try (InternetSession stranger = HostileHttpTest.session(backend);
                     HttpConnection c = stranger.connect(Loopback.HOST, server.getPort());
                     HttpRequest r = c.openRequest("GET", "/private")) {
                    r.send();
                    assertEquals(401, r.statusCode(), "stranger, round " + round);
                    r.body().readAllBytes();
                }
            }
            java.util.List<String> seen = authorizations(server);
            long sent = seen.stream().filter(a -> !a.equals("null")).count();
            long owners = seen.stream().filter(EXPECTED::equals).count();
            assertEquals(2, owners, "one authenticated request per owner round: " + seen);
            assertEquals(2, sent, "credentials went only with the owner's requests: " + seen);
        }
    }

    @AllBackends
    void basicCredentialsDoNotCrossSessionsWinHttp(Backend backend) throws Exception {
        try (MockWebServer server = demandingBasic()) {
            try (WinHttpSession s = HostileWinHttpTest.session(backend);
                 WinHttpConnection c = s.connect(Loopback.HOST, server.getPort(), false);
                 WinHttpRequest r = c.request("GET", "/private").credentials(new Credentials(USER, PASSWORD)).open()) {
                r.send();
                r.receive();
                assertEquals(200, r.statusCode());
                assertEquals("welcome", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            int first = server.getRequestCount();
            try (WinHttpSession s = HostileWinHttpTest.session(backend);
                 WinHttpConnection c = s.connect(Loopback.HOST, server.getPort(), false);
                 WinHttpRequest r = c.request("GET", "/private").open()) {
                r.send();
                r.receive();
                assertEquals(401, r.statusCode());
            }
            java.util.List<String> seen = authorizations(server);
            assertEquals(java.util.List.of("null"), seen.subList(first, seen.size()),
                    "the second session sent credentials it never had: " + seen);
        }
    }
}
