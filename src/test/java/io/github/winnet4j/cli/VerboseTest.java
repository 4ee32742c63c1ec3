package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code -v}: the request and the response head on stderr; stdout keeps only the body. */
class VerboseTest {

    @AllBackends
    void showsRequestAndResponseOnStderr(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setStatus("HTTP/1.1 200 Fine").addHeader("X-Reply", "yes").setBody("body"));
            Cli.Result r = Cli.run(Cli.on(backend, "post", "-v", "-H", "X-Custom: 1", "-d", "abc",
                    Cli.url(server, "/v?x=y")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("body", r.out());
            List<String> lines = r.err().lines().toList();
            int port = server.getPort();
            assertTrue(lines.contains("* backend " + backend.name() + ", engine wininet, proxy: none (--noproxy)"), r.err());
            assertTrue(lines.contains("> POST /v?x=y HTTP/1.1"), r.err());
            assertTrue(lines.contains("> Host: 127.0.0.1:" + port), r.err());
            assertTrue(lines.contains("> X-Custom: 1"), r.err());
            assertTrue(lines.contains("> Content-Length: 3"), r.err());
            assertTrue(lines.contains("< HTTP/1.1 200 Fine"), r.err());
            assertTrue(lines.contains("< X-Reply: yes"), r.err());
            assertTrue(lines.indexOf("> POST /v?x=y HTTP/1.1") < lines.indexOf("< HTTP/1.1 200 Fine"), r.err());
        }
    }

    @AllBackends
    void redirectHopsAreEachShown(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(301).addHeader("Location", "/b"));
            server.enqueue(new MockResponse().setBody("at b"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-v", "-L", Cli.url(server, "/a")));
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().contains("> GET /a HTTP/1.1"), r.err());
            assertTrue(r.err().contains("* following 301 to " + Cli.url(server, "/b")), r.err());
            assertTrue(r.err().contains("> GET /b HTTP/1.1"), r.err());
        }
    }

    @AllBackends
    void credentialsAreNotPrinted(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("ok"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-v", "-u", "alice:hunter2", Cli.url(server, "/")));
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().contains("credentials for 'alice'"), r.err());
            assertFalse(r.err().contains("hunter2"), r.err());
        }
    }
}
