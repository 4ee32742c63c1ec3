package io.github.winnet4j.hardening;

import io.github.winnet4j.api.CertificateLeniency;
import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.winhttp.WinHttpCertificateLeniency;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import io.github.winnet4j.testing.ScriptedServer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import static io.github.winnet4j.raw.WinHttpErrors.*;
import static io.github.winnet4j.raw.WinInetErrors.*;
import static org.junit.jupiter.api.Assertions.*;

/** Redirect loops, redirects to unusable locations and from https to http, through both engines. */
class HostileRedirectTest {
    /** More requests than any engine may spend on one loop. */
    private static final int LOOP_BOUND = 101;
    /** A Location whose port is not a number. */
    private static final String MALFORMED = "http://127.0.0.1:notaport/x";

    private static MockWebServer loop() throws Exception {
        MockWebServer server = Loopback.http();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setResponseCode(302).addHeader("Location", "/loop");
            }
        });
        return server;
    }

    @AllBackends
    void redirectLoopWinInet(Backend backend) throws Exception {
        try (MockWebServer server = loop();
             InternetSession s = HostileHttpTest.session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("GET", "/loop")) {
            HostileHttpTest.fails(ERROR_HTTP_REDIRECT_FAILED, "ERROR_HTTP_REDIRECT_FAILED", r::send);
            assertTrue(server.getRequestCount() <= LOOP_BOUND, server.getRequestCount() + " requests");
        }
    }

    @AllBackends
    void redirectLoopWinHttp(Backend backend) throws Exception {
        try (MockWebServer server = loop();
             WinHttpSession s = HostileWinHttpTest.session(backend);
             WinHttpConnection c = s.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("GET", "/loop").open()) {
            HostileWinHttpTest.fails(ERROR_WINHTTP_REDIRECT_FAILED, "ERROR_WINHTTP_REDIRECT_FAILED", () -> {
                r.send();
                r.receive();
            });
            assertTrue(server.getRequestCount() <= LOOP_BOUND, server.getRequestCount() + " requests");
        }
    }

    private static void wininetRedirect(Backend backend, String location, int status) throws Exception {
        ScriptedServer server = ScriptedServer.plain(HostileScripts.redirectTo(location));
        try (server;
             InternetSession s = HostileHttpTest.session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.port());
             HttpRequest r = c.openRequest("GET", "/go")) {
            r.send();
            assertEquals(status, r.statusCode());
            assertEquals(location, r.header("Location").orElseThrow());
        }
        assertEquals(1, server.connectionCount());
    }

    private static void winhttpRedirect(Backend backend, String location, int status) throws Exception {
        ScriptedServer server = ScriptedServer.plain(HostileScripts.redirectTo(location));
        try (server;
             WinHttpSession s = HostileWinHttpTest.session(backend);
             WinHttpConnection c = s.connect(Loopback.HOST, server.port(), false);
             WinHttpRequest r = c.request("GET", "/go").open()) {
            r.send();
            r.receive();
            assertEquals(status, r.statusCode());
            assertEquals(location, r.header("Location").orElseThrow());
        }
        assertEquals(1, server.connectionCount());
    }

    @AllBackends
    void redirectToMalformedLocationWinInet(Backend backend) throws Exception {
        ScriptedServer server = ScriptedServer.plain(HostileScripts.redirectTo(MALFORMED));
        try (server;
             InternetSession s = HostileHttpTest.session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.port());
             HttpRequest r = c.openRequest("GET", "/go")) {
            HostileHttpTest.fails(ERROR_INTERNET_INVALID_URL, "ERROR_INTERNET_INVALID_URL", r::send);
        }
        assertEquals(1, server.connectionCount());
    }

    @AllBackends
    void redirectToNonHttpLocationWinInet(Backend backend) throws Exception {
        wininetRedirect(backend, "ftp://127.0.0.1/file", 302);
    }

    @AllBackends
    void redirectToMalformedLocationWinHttp(Backend backend) throws Exception {
        ScriptedServer server = ScriptedServer.plain(HostileScripts.redirectTo(MALFORMED));
        try (server;
             WinHttpSession s = HostileWinHttpTest.session(backend);
             WinHttpConnection c = s.connect(Loopback.HOST, server.port(), false);
             WinHttpRequest r = c.request("GET", "/go").open()) {
            HostileWinHttpTest.fails(ERROR_WINHTTP_INVALID_URL, "ERROR_WINHTTP_INVALID_URL",
                    () -> HostileWinHttpTest.sendReceive(r));
        }
        assertEquals(1, server.connectionCount());
    }

    @AllBackends
    void redirectToNonHttpLocationWinHttp(Backend backend) throws Exception {
        winhttpRedirect(backend, "ftp://127.0.0.1/file", 302);
    }

    private static MockWebServer httpsRedirectingTo(MockWebServer plain) throws Exception {
        MockWebServer secure = Loopback.https(HostileCertificates.unknownCa());
        secure.enqueue(new MockResponse().setResponseCode(302)
                .addHeader("Location", "http://" + Loopback.HOST + ":" + plain.getPort() + "/plain"));
        return secure;
    }

    @AllBackends
    void httpsToHttpRedirectIsRefusedWinInet(Backend backend) throws Exception {
        try (MockWebServer plain = Loopback.http(); MockWebServer secure = httpsRedirectingTo(plain)) {
            plain.enqueue(new MockResponse().setBody("downgraded"));
            try (InternetSession s = HostileHttpTest.session(backend);
                 HttpConnection c = s.connectSecure(Loopback.HOST, secure.getPort());
                 HttpRequest r = c.request("GET", "/").allowInsecure(CertificateLeniency.UNKNOWN_CA).open()) {
                HostileHttpTest.fails(ERROR_INTERNET_HTTPS_TO_HTTP_ON_REDIR, "ERROR_INTERNET_HTTPS_TO_HTTP_ON_REDIR", r::send);
            }
            assertEquals(0, plain.getRequestCount(), "the plain server must not be asked");
        }
    }

    @AllBackends
    void httpsToHttpRedirectIsRefusedWinHttp(Backend backend) throws Exception {
        try (MockWebServer plain = Loopback.http(); MockWebServer secure = httpsRedirectingTo(plain)) {
            plain.enqueue(new MockResponse().setBody("downgraded"));
            try (WinHttpSession s = HostileWinHttpTest.session(backend);
                 WinHttpConnection c = s.connect(Loopback.HOST, secure.getPort(), true);
                 WinHttpRequest r = c.request("GET", "/").allowInsecure(WinHttpCertificateLeniency.UNKNOWN_CA).open()) {
                r.send();
                r.receive();
                // WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP (the default): the 302 is the answer.
                assertEquals(302, r.statusCode());
            }
            assertEquals(0, plain.getRequestCount(), "the plain server must not be asked");
        }
    }
}
