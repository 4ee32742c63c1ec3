package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.ForwardProxy;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static io.github.winnet4j.api.winhttp.WinHttpSupport.assumeWinHttp;
import static io.github.winnet4j.api.winhttp.WinHttpSupport.direct;
import static org.junit.jupiter.api.Assertions.*;

/** 401 and 407 answered with given credentials, in a bounded number of rounds. */
class WinHttpAuthTest {
    private static final MockResponse CHALLENGE = new MockResponse().setResponseCode(401)
            .addHeader("WWW-Authenticate", "Basic realm=\"test\"").setBody("who are you");

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @AllBackends
    void basicChallengeIsAnsweredWithTheGivenCredentials(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("POST", "/private").credentials(new Credentials("alice", "s3cret")).open()) {
            server.enqueue(CHALLENGE);
            server.enqueue(new MockResponse().setBody("welcome"));
            r.send("payload".getBytes(StandardCharsets.UTF_8));
            r.receive();
            assertEquals(200, r.statusCode());
            assertEquals("welcome", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
            RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
            RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
            assertNull(first.getHeader("Authorization"));
            assertEquals(basic("alice", "s3cret"), second.getHeader("Authorization"));
            assertEquals("payload", second.getBody().readUtf8(), "the body is sent again with the credentials");
        }
    }

    @AllBackends
    void challengeWithoutCredentialsIsTheResponse(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("GET", "/private").open()) {
            server.enqueue(CHALLENGE);
            r.send();
            r.receive();
            assertEquals(401, r.statusCode());
            assertEquals("who are you", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(1, server.getRequestCount());
        }
    }

    @AllBackends
    void refusedCredentialsEndAfterOneRound(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("GET", "/private").credentials(new Credentials("alice", "wrong")).open()) {
            for (int i = 0; i < 5; i++) {
                server.enqueue(CHALLENGE);
            }
            r.send();
            r.receive();
            assertEquals(401, r.statusCode());
            assertTrue(server.getRequestCount() <= 3, "requests: " + server.getRequestCount());
        }
    }

    @AllBackends
    void proxyChallengeIsAnsweredWithProxyCredentials(Backend backend) throws Exception {
        assumeWinHttp(backend);
        try (MockWebServer server = Loopback.http();
             ForwardProxy proxy = ForwardProxy.start().requireBasic("proxyuser", "proxypass");
             WinHttpSession session = WinHttpSession.builder().backend(backend)
                     .access(ProxyAccess.named(proxy.address(), null)).timeouts(Duration.ofSeconds(10)).open();
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("GET", "/via-proxy")
                     .proxyCredentials(new Credentials("proxyuser", "proxypass")).open()) {
            server.enqueue(new MockResponse().setBody("through"));
            r.send();
            r.receive();
            assertEquals(200, r.statusCode());
            assertEquals("through", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(2, proxy.seen().size(), proxy.seen().toString());
            assertNull(proxy.seen().get(0).headers().get("proxy-authorization"));
            assertEquals(basic("proxyuser", "proxypass"), proxy.seen().get(1).headers().get("proxy-authorization"));
            assertEquals("http://127.0.0.1:" + server.getPort() + "/via-proxy", proxy.seen().get(1).target());
        }
    }
}
