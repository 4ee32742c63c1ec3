package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Requests and responses over plain HTTP, on every backend. */
class HttpExchangeTest {
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = Loopback.http();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private InternetSession session(Backend backend) throws WinInetException {
        return InternetSession.builder().backend(backend).direct().agent("winnet4j-test").open();
    }

    @AllBackends
    void getReturnsStatusLineHeadersAndBody(Backend backend) throws Exception {
        server.enqueue(new MockResponse().setStatus("HTTP/1.1 200 Fine Thanks")
                .addHeader("X-Custom", "one").setBody("hello"));
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("GET", "/path?q=1")) {
            r.send();
            assertEquals(200, r.statusCode());
            assertEquals("Fine Thanks", r.statusText());
            assertEquals("HTTP/1.1", r.httpVersion());
            assertEquals("one", r.header("x-custom").orElseThrow());
            assertEquals(5L, r.contentLength().orElseThrow());
            assertEquals("hello", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        RecordedRequest rec = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("GET /path?q=1 HTTP/1.1", rec.getRequestLine());
        assertEquals("winnet4j-test", rec.getHeader("User-Agent"));
    }

    @AllBackends
    void errorStatusIsAResponseNotAnException(Backend backend) throws Exception {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("no such thing"));
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("GET", "/missing")) {
            r.send();
            assertEquals(404, r.statusCode());
            assertEquals("no such thing", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AllBackends
    void repeatedHeadersComeInServerOrder(Backend backend) throws Exception {
        server.enqueue(new MockResponse().addHeader("X-Rep", "first").addHeader("X-Other", "o")
                .addHeader("X-Rep", "second").addHeader("X-Rep", "third").setBody(""));
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("GET", "/")) {
            r.send();
            assertEquals(List.of("first", "second", "third"), r.headers("X-Rep"));
            assertTrue(r.header("X-Absent").isEmpty());
            assertEquals(List.of(), r.headers("X-Absent"));
            String raw = r.rawHeaders();
            assertTrue(raw.startsWith("HTTP/1.1 200 OK\r\n"), raw);
            assertTrue(raw.indexOf("X-Rep: first") < raw.indexOf("X-Other: o"), raw);
            assertTrue(raw.indexOf("X-Other: o") < raw.indexOf("X-Rep: second"), raw);
        }
    }

    @AllBackends
    void longHeaderValueIsNegotiatedToFullSize(Backend backend) throws Exception {
        String big = "v".repeat(10_000);
        server.enqueue(new MockResponse().addHeader("X-Big", big).setBody(""));
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("GET", "/")) {
            r.send();
            assertEquals(big, r.header("X-Big").orElseThrow());
        }
    }

    @AllBackends
    void requestHeadersAreAddedReplacedAndRemoved(Backend backend) throws Exception {
        server.enqueue(new MockResponse());
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("GET", "/")) {
            r.addHeader("X-A", "1");
            r.setHeader("X-B", "old");
            r.setHeader("X-B", "new");
            r.addHeader("X-C", "gone");
            r.removeHeader("X-C");
            r.send();
        }
        RecordedRequest rec = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("1", rec.getHeader("X-A"));
        assertEquals(List.of("new"), rec.getHeaders().values("X-B"));
        assertNull(rec.getHeader("X-C"));
    }

    @AllBackends
    void postSendsTheBody(Backend backend) throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201));
        byte[] body = "name=value&x=\u00e9".getBytes(StandardCharsets.UTF_8);
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("POST", "/form")) {
            r.setHeader("Content-Type", "application/x-www-form-urlencoded");
            r.send(body);
            assertEquals(201, r.statusCode());
        }
        RecordedRequest rec = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("POST", rec.getMethod());
        assertArrayEquals(body, rec.getBody().readByteArray());
        assertEquals(String.valueOf(body.length), rec.getHeader("Content-Length"));
    }

    @AllBackends
    void streamedUploadOfDeclaredLengthArrivesWhole(Backend backend) throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));
        int length = 8 * 1024 * 1024 + 7;
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("PUT", "/upload")) {
            try (OutputStream out = r.sendStreaming(length)) {
                byte[] chunk = new byte[100_000];
                for (int written = 0; written < length; ) {
                    int n = Math.min(chunk.length, length - written);
                    for (int i = 0; i < n; i++) {
                        chunk[i] = (byte) (written + i);
                    }
                    out.write(chunk, 0, n);
                    written += n;
                }
            }
            assertEquals(200, r.statusCode());
        }
        RecordedRequest rec = server.takeRequest(10, TimeUnit.SECONDS);
        assertEquals(String.valueOf(length), rec.getHeader("Content-Length"));
        Buffer got = rec.getBody();
        assertEquals(length, got.size());
        for (int i = 0; i < length; i++) {
            if (got.readByte() != (byte) i) {
                fail("byte " + i + " differs");
            }
        }
    }

    @AllBackends
    void streamedUploadRefusesMoreOrFewerBytesThanDeclared(Backend backend) throws Exception {
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("PUT", "/upload")) {
            server.enqueue(new MockResponse());
            OutputStream out = r.sendStreaming(3);
            java.io.IOException over = assertThrows(java.io.IOException.class, () -> out.write(new byte[4]));
            assertTrue(over.getMessage().contains("declared length of 3"), over.getMessage());
            out.write(new byte[2]);
            java.io.IOException shortBody = assertThrows(java.io.IOException.class, out::close);
            assertTrue(shortBody.getMessage().contains("2 of its declared 3"), shortBody.getMessage());
        }
    }

    @AllBackends
    void chunkedResponseIsReadWhole(Backend backend) throws Exception {
        String text = "chunk-".repeat(5000);
        server.enqueue(new MockResponse().setChunkedBody(text, 777));
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("GET", "/chunked")) {
            r.send();
            assertTrue(r.contentLength().isEmpty());
            assertEquals(text, new String(r.body().readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    @AllBackends
    void largeBodyStreamsThroughAFixedBuffer(Backend backend) throws Exception {
        int length = 48 * 1024 * 1024;
        Buffer payload = new Buffer();
        byte[] block = new byte[64 * 1024];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31);
        }
        for (int i = 0; i < length / block.length; i++) {
            payload.write(block);
        }
        server.enqueue(new MockResponse().setBody(payload));
        long total = 0;
        long sum = 0;
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("GET", "/big")) {
            r.send();
            assertEquals(length, r.contentLength().orElseThrow());
            InputStream in = r.body();
            byte[] buf = new byte[50_000];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    sum += buf[i] & 0xff;
                }
                total += n;
            }
        }
        long blockSum = 0;
        for (byte b : block) {
            blockSum += b & 0xff;
        }
        assertEquals(length, total);
        assertEquals(blockSum * (length / block.length), sum);
    }

    @AllBackends
    void keepAliveReusesTheConnection(Backend backend) throws Exception {
        server.enqueue(new MockResponse().setBody("a"));
        server.enqueue(new MockResponse().setBody("b"));
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort())) {
            for (String expected : List.of("a", "b")) {
                try (HttpRequest r = c.request("GET", "/" + expected).flags(RequestFlag.KEEP_CONNECTION).open()) {
                    r.send();
                    assertEquals(expected, new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(0, server.takeRequest(5, TimeUnit.SECONDS).getSequenceNumber());
        assertEquals(1, server.takeRequest(5, TimeUnit.SECONDS).getSequenceNumber(),
                "the second request should travel on the first one's connection");
    }

    @AllBackends
    void redirectsAreFollowedUnlessDisabled(Backend backend) throws Exception {
        server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location", "/target"));
        server.enqueue(new MockResponse().setBody("arrived"));
        server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location", "/target"));
        try (InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.getPort())) {
            try (HttpRequest r = c.openRequest("GET", "/start")) {
                r.send();
                assertEquals(200, r.statusCode());
                assertEquals("arrived", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            try (HttpRequest r = c.request("GET", "/start").flags(RequestFlag.NO_AUTO_REDIRECT).open()) {
                r.send();
                assertEquals(302, r.statusCode());
                assertEquals("/target", r.header("Location").orElseThrow());
            }
        }
        assertEquals("/start", server.takeRequest(5, TimeUnit.SECONDS).getPath());
        assertEquals("/target", server.takeRequest(5, TimeUnit.SECONDS).getPath());
        assertEquals("/start", server.takeRequest(5, TimeUnit.SECONDS).getPath());
    }

    @AllBackends
    void openUrlSendsAGet(Backend backend) throws Exception {
        server.enqueue(new MockResponse().setBody("by url"));
        String url = "http://" + Loopback.HOST + ":" + server.getPort() + "/u?x=1";
        try (InternetSession s = session(backend);
             HttpRequest r = s.openUrl(url, "X-Extra: yes")) {
            assertEquals(200, r.statusCode());
            assertEquals("by url", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        RecordedRequest rec = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/u?x=1", rec.getPath());
        assertEquals("yes", rec.getHeader("X-Extra"));
    }

    @AllBackends
    void statusListenerSeesTheRequestGoOut(Backend backend) throws Exception {
        server.enqueue(new MockResponse().setBody("x"));
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (InternetSession s = InternetSession.builder().backend(backend).direct()
                .statusListener((handle, status, name) -> seen.add(name)).open();
             HttpConnection c = s.connect(Loopback.HOST, server.getPort());
             HttpRequest r = c.openRequest("GET", "/")) {
            r.send();
            r.body().readAllBytes();
        }
        assertTrue(seen.contains("INTERNET_STATUS_REQUEST_SENT"), seen.toString());
        assertTrue(seen.contains("INTERNET_STATUS_RESPONSE_RECEIVED"), seen.toString());
    }
}
