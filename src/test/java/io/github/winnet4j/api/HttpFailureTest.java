package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** Transport failures and their mapping to WinINet's codes, on every backend. */
class HttpFailureTest {

    private static InternetSession session(Backend backend, Duration timeout) throws WinInetException {
        return InternetSession.builder().backend(backend).direct().timeouts(timeout).open();
    }

    @AllBackends
    void refusedPortIsCannotConnect(Backend backend) throws Exception {
        int port = Loopback.refusedPort();
        try (InternetSession s = session(backend, Duration.ofSeconds(5));
             HttpConnection c = s.connect(Loopback.HOST, port);
             HttpRequest r = c.openRequest("GET", "/")) {
            WinInetException e = assertThrows(WinInetException.class, r::send);
            assertEquals(WinInetErrors.ERROR_INTERNET_CANNOT_CONNECT, e.errorCode(), e.getMessage());
            assertEquals("ERROR_INTERNET_CANNOT_CONNECT", e.errorName());
            assertEquals("HttpSendRequestW", e.call());
            assertEquals(ErrorCategory.CANNOT_CONNECT, e.category());
            assertFalse(e.getMessage().isBlank());
        }
    }

    @AllBackends
    void unresolvableHostIsNameNotResolved(Backend backend) throws Exception {
        try (InternetSession s = session(backend, Duration.ofSeconds(10));
             HttpConnection c = s.connect("no-such-host.invalid", 80);
             HttpRequest r = c.openRequest("GET", "/")) {
            WinInetException e = assertThrows(WinInetException.class, r::send);
            assertEquals(WinInetErrors.ERROR_INTERNET_NAME_NOT_RESOLVED, e.errorCode(), e.getMessage());
            assertEquals(ErrorCategory.NAME_NOT_RESOLVED, e.category());
        }
    }

    @AllBackends
    void stallingServerTimesOut(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
            long start = System.nanoTime();
            try (InternetSession s = session(backend, Duration.ofSeconds(1));
                 HttpConnection c = s.connect(Loopback.HOST, server.getPort());
                 HttpRequest r = c.openRequest("GET", "/stall")) {
                WinInetException e = assertThrows(WinInetException.class, r::send);
                assertEquals(WinInetErrors.ERROR_INTERNET_TIMEOUT, e.errorCode(), e.getMessage());
                assertEquals(ErrorCategory.TIMEOUT, e.category());
            }
            // Not a timing assertion of speed: a bound so that a hang shows as a failure.
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(60).toNanos());
        }
    }

    @AllBackends
    void truncatedBodyIsAnErrorNotAShortFile(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("x".repeat(100_000))
                    .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
            try (InternetSession s = session(backend, Duration.ofSeconds(5));
                 HttpConnection c = s.connect(Loopback.HOST, server.getPort());
                 HttpRequest r = c.openRequest("GET", "/cut")) {
                r.send();
                assertEquals(100_000L, r.contentLength().orElseThrow());
                WinInetException e = assertThrows(WinInetException.class, () -> r.body().readAllBytes());
                assertEquals(ErrorCategory.CANNOT_CONNECT, e.category(), e.getMessage());
            }
        }
    }

    @AllBackends
    void selfSignedCertificateIsRefusedByDefault(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.https()) {
            server.enqueue(new MockResponse().setBody("secret"));
            try (InternetSession s = session(backend, Duration.ofSeconds(5));
                 HttpConnection c = s.connectSecure(Loopback.HOST, server.getPort());
                 HttpRequest r = c.openRequest("GET", "/")) {
                WinInetException e = assertThrows(WinInetException.class, r::send);
                assertEquals(WinInetErrors.ERROR_INTERNET_INVALID_CA, e.errorCode(), e.getMessage());
                assertEquals(ErrorCategory.TLS_TRUST, e.category());
            }
        }
    }

    @AllBackends
    void selfSignedCertificateIsAcceptedOnlyWhenOptedIn(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.https()) {
            server.enqueue(new MockResponse().setBody("secret"));
            server.enqueue(new MockResponse().setBody("secret"));
            try (InternetSession s = session(backend, Duration.ofSeconds(5));
                 HttpConnection c = s.connectSecure(Loopback.HOST, server.getPort())) {
                try (HttpRequest r = c.request("GET", "/").allowInsecure(CertificateLeniency.UNKNOWN_CA).open()) {
                    r.send();
                    assertEquals(200, r.statusCode());
                    assertEquals("secret", new String(r.body().readAllBytes()));
                }
                // The opt-in belongs to that request only.
                try (HttpRequest strict = c.openRequest("GET", "/")) {
                    WinInetException e = assertThrows(WinInetException.class, strict::send);
                    assertEquals(ErrorCategory.TLS_TRUST, e.category(), e.getMessage());
                }
            }
        }
    }

    @AllBackends
    void cookiesFromResponsesAreSentBackAndVisible(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().addHeader("Set-Cookie", "flavour=oat; Path=/"));
            server.enqueue(new MockResponse());
            String base = "http://" + Loopback.HOST + ":" + server.getPort();
            try (InternetSession s = session(backend, Duration.ofSeconds(5));
                 HttpConnection c = s.connect(Loopback.HOST, server.getPort())) {
                try (HttpRequest r = c.openRequest("GET", "/set")) {
                    r.send();
                    r.body().readAllBytes();
                }
                assertTrue(s.cookies(base + "/").orElse("").contains("flavour=oat"), s.cookies(base + "/").toString());
                s.setCookie(base + "/", "extra=1; Path=/");
                try (HttpRequest r = c.openRequest("GET", "/get")) {
                    r.send();
                }
            }
            server.takeRequest();
            String cookie = server.takeRequest().getHeader("Cookie");
            assertNotNull(cookie);
            assertTrue(cookie.contains("flavour=oat") && cookie.contains("extra=1"), cookie);
        }
    }
}
