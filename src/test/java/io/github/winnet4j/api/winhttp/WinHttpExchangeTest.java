package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.api.ErrorCategory;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import static io.github.winnet4j.api.winhttp.WinHttpSupport.direct;
import static org.junit.jupiter.api.Assertions.*;

/** Requests and responses through WinHTTP against a loopback server. */
class WinHttpExchangeTest {

    @AllBackends
    void getReadsStatusHeadersAndBody(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false)) {
            server.enqueue(new MockResponse().setResponseCode(404).setStatus("HTTP/1.1 404 Nowhere Here")
                    .addHeader("X-Multi", "one").addHeader("X-Multi", "two").setBody("missing"));
            try (WinHttpRequest r = c.request("GET", "/a?b=1").open()) {
                r.addHeader("X-Test", "yes");
                r.send();
                r.receive();
                assertEquals(404, r.statusCode());
                assertEquals("Nowhere Here", r.statusText());
                assertEquals("HTTP/1.1", r.httpVersion());
                assertEquals(List.of("one", "two"), r.headers("x-multi"));
                assertEquals(Optional.of("one"), r.header("X-Multi"));
                assertEquals(Optional.empty(), r.header("X-Absent"));
                assertEquals(OptionalLong.of(7), r.contentLength());
                assertTrue(r.rawHeaders().startsWith("HTTP/1.1 404 Nowhere Here\r\n"), r.rawHeaders());
                try (InputStream body = r.body()) {
                    assertEquals("missing", new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            RecordedRequest seen = server.takeRequest(5, TimeUnit.SECONDS);
            assertEquals("GET /a?b=1 HTTP/1.1", seen.getRequestLine());
            assertEquals("yes", seen.getHeader("X-Test"));
            assertEquals("winnet4j-test", seen.getHeader("User-Agent"));
        }
    }

    @AllBackends
    void referrerAndAcceptTypesAreSent(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("GET", "/").referrer("http://127.0.0.1/ref")
                     .accept("text/plain", "application/json").open()) {
            server.enqueue(new MockResponse());
            r.send();
            r.receive();
            RecordedRequest seen = server.takeRequest(5, TimeUnit.SECONDS);
            assertEquals("http://127.0.0.1/ref", seen.getHeader("Referer"));
            assertEquals("text/plain, application/json", seen.getHeader("Accept"));
        }
    }

    @AllBackends
    void postSendsByteArrayAndReplacesHeader(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("POST", "/post").open()) {
            server.enqueue(new MockResponse().setBody("ok"));
            r.addHeader("X-Replace", "old");
            r.setHeader("X-Replace", "new");
            r.setHeader("Content-Type", "text/plain");
            r.send("hello body".getBytes(StandardCharsets.UTF_8));
            r.receive();
            assertEquals(200, r.statusCode());
            RecordedRequest seen = server.takeRequest(5, TimeUnit.SECONDS);
            assertEquals("hello body", seen.getBody().readUtf8());
            assertEquals(List.of("new"), seen.getHeaders().values("X-Replace"));
        }
    }

    @AllBackends
    void streamedBodyOfDeclaredLengthArrivesWhole(Backend backend) throws Exception {
        byte[] payload = new byte[300_000];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31);
        }
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("PUT", "/upload").open()) {
            server.enqueue(new MockResponse().setResponseCode(201));
            try (OutputStream out = r.sendStreaming(payload.length)) {
                out.write(payload, 0, 100_000);
                out.write(payload, 100_000, payload.length - 100_000);
            }
            r.receive();
            assertEquals(201, r.statusCode());
            RecordedRequest seen = server.takeRequest(5, TimeUnit.SECONDS);
            assertEquals(String.valueOf(payload.length), seen.getHeader("Content-Length"));
            assertArrayEquals(payload, seen.getBody().readByteArray());
        }
    }

    @AllBackends
    void streamedBodyRefusesMoreOrLessThanDeclared(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("PUT", "/upload").open()) {
            OutputStream out = r.sendStreaming(4);
            assertThrows(java.io.IOException.class, () -> out.write(new byte[5]));
            out.write(new byte[3]);
            java.io.IOException e = assertThrows(java.io.IOException.class, out::close);
            assertTrue(e.getMessage().contains("3 of its declared 4"), e.getMessage());
        }
    }

    @AllBackends
    void httpsIsRefusedUntilTheRequestOptsIn(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.https();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), true)) {
            server.enqueue(new MockResponse().setBody("secret"));
            try (WinHttpRequest strict = c.request("GET", "/").open()) {
                strict.send();
                WinHttpException e = assertThrows(WinHttpException.class, strict::receive);
                assertEquals(ErrorCategory.TLS_TRUST, e.category(), e.getMessage());
            } catch (WinHttpException e) {
                // Some implementations fail the handshake already in WinHttpSendRequest.
                assertEquals(ErrorCategory.TLS_TRUST, e.category(), e.getMessage());
            }
            try (WinHttpRequest lenient = c.request("GET", "/")
                    .allowInsecure(WinHttpCertificateLeniency.UNKNOWN_CA).open()) {
                lenient.send();
                lenient.receive();
                assertEquals(200, lenient.statusCode());
                assertEquals("secret", new String(lenient.body().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @AllBackends
    void refusedConnectionIsCannotConnect(Backend backend) throws Exception {
        int port = Loopback.refusedPort();
        try (WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, port, false);
             WinHttpRequest r = c.request("GET", "/").open()) {
            WinHttpException e = assertThrows(WinHttpException.class, () -> {
                r.send();
                r.receive();
            });
            assertEquals(ErrorCategory.CANNOT_CONNECT, e.category(), e.getMessage());
            assertTrue(e.errorName().startsWith("ERROR_WINHTTP_"), e.errorName());
        }
    }
}
