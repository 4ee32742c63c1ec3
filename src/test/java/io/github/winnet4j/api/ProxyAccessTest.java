package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A session with {@link AccessType#PROXY} sends requests to the proxy, never to the origin. The
 * scripted server plays the proxy, so the origin's name ({@code .invalid}) is never resolved.
 */
class ProxyAccessTest {
    private MockWebServer proxy;

    @BeforeEach
    void start() throws Exception {
        proxy = Loopback.http();
    }

    @AfterEach
    void stop() throws Exception {
        proxy.shutdown();
    }

    @AllBackends
    void requestsGoThroughTheNamedProxyInAbsoluteForm(Backend backend) throws Exception {
        proxy.enqueue(new MockResponse().setBody("via proxy"));
        try (InternetSession s = InternetSession.builder().backend(backend)
                .proxy(Loopback.HOST + ":" + proxy.getPort(), null).open();
             HttpConnection c = s.connect("origin.invalid", 8080);
             HttpRequest r = c.openRequest("GET", "/resource?x=1")) {
            r.send();
            assertEquals(200, r.statusCode());
            assertEquals("via proxy", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        RecordedRequest seen = proxy.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("GET http://origin.invalid:8080/resource?x=1 HTTP/1.1", seen.getRequestLine());
        assertEquals("origin.invalid:8080", seen.getHeader("Host"));
    }

    @AllBackends
    void openUrlUsesTheProxyToo(Backend backend) throws Exception {
        proxy.enqueue(new MockResponse().setBody("ok"));
        try (InternetSession s = InternetSession.builder().backend(backend)
                .proxy("http=" + Loopback.HOST + ":" + proxy.getPort(), null).open();
             HttpRequest r = s.openUrl("http://origin.invalid/page")) {
            assertEquals(200, r.statusCode());
        }
        // Absolute form, with or without the default port (RFC 9112 allows both; Wine writes ":80").
        String line = proxy.takeRequest(5, TimeUnit.SECONDS).getRequestLine();
        assertTrue(line.equals("GET http://origin.invalid/page HTTP/1.1")
                || line.equals("GET http://origin.invalid:80/page HTTP/1.1"), line);
    }
}
