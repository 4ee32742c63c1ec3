package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

/** Every HTTP command with {@code --engine winhttp}: the same transfer over WinHTTP, on every backend. */
class WinHttpEngineTest {

    private static RecordedRequest taken(MockWebServer server) throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "the server received no request");
        return r;
    }

    /** The arguments with {@code --engine winhttp --backend NAME --noproxy}. */
    private static String[] winhttp(Backend backend, String... args) {
        String[] withEngine = new String[args.length + 2];
        withEngine[0] = args[0];
        withEngine[1] = "--engine";
        withEngine[2] = "winhttp";
        System.arraycopy(args, 1, withEngine, 3, args.length - 1);
        return Cli.on(backend, withEngine);
    }

    @AllBackends
    void getWritesTheBodyAndSendsHeaders(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("hello over winhttp"));
            Cli.Result r = Cli.run(winhttp(backend, "get", "-H", "X-One: 1", Cli.url(server, "/path?q=1")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("hello over winhttp", r.out());
            RecordedRequest sent = taken(server);
            assertEquals("GET /path?q=1 HTTP/1.1", sent.getRequestLine());
            assertEquals("1", sent.getHeader("X-One"));
            assertEquals("winnet/" + VersionInfo.VERSION, sent.getHeader("User-Agent"));
        }
    }

    @AllBackends
    void headPrintsHeadersAndNoBody(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().addHeader("X-Reply", "head").addHeader("Content-Length", "0"));
            Cli.Result r = Cli.run(winhttp(backend, "head", Cli.url(server, "/h")));
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().startsWith("HTTP/1.1 200"), r.out());
            assertTrue(r.out().contains("X-Reply: head"), r.out());
            assertEquals("HEAD /h HTTP/1.1", taken(server).getRequestLine());
        }
    }

    @AllBackends
    void postSendsLiteralDataAsAForm(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("ok"));
            Cli.Result r = Cli.run(winhttp(backend, "post", "-d", "a=1&b=ü", Cli.url(server, "/form")));
            assertEquals(0, r.code(), r.toString());
            RecordedRequest sent = taken(server);
            assertEquals("POST", sent.getMethod());
            assertEquals("application/x-www-form-urlencoded", sent.getHeader("Content-Type"));
            assertEquals("a=1&b=ü", sent.getBody().readString(UTF_8));
        }
    }

    @AllBackends
    void putStreamsAFileWithItsLengthDeclared(Backend backend, @TempDir Path dir) throws Exception {
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("up.bin"), data);
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(201).setBody("stored"));
            Cli.Result r = Cli.run(winhttp(backend, "put", "-d", "@" + file, Cli.url(server, "/files/up.bin")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("stored", r.out());
            RecordedRequest sent = taken(server);
            assertEquals("PUT", sent.getMethod());
            assertEquals(String.valueOf(data.length), sent.getHeader("Content-Length"));
            assertArrayEquals(data, sent.getBody().readByteArray());
        }
    }

    @AllBackends
    void deleteSendsDelete(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(204));
            Cli.Result r = Cli.run(winhttp(backend, "delete", Cli.url(server, "/item/7")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("DELETE /item/7 HTTP/1.1", taken(server).getRequestLine());
            assertEquals("", r.out());
        }
    }

    @AllBackends
    void userAnswersTheChallengeThroughWinHttpsLoop(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "Basic realm=\"t\""));
            server.enqueue(new MockResponse().setBody("secret stuff"));
            Cli.Result r = Cli.run(winhttp(backend, "get", "-u", "alice:pa:ss", Cli.url(server, "/private")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("secret stuff", r.out());
            taken(server);
            String expected = "Basic " + Base64.getEncoder().encodeToString("alice:pa:ss".getBytes(UTF_8));
            assertEquals(expected, taken(server).getHeader("Authorization"));
        }
    }

    @AllBackends
    void redirectsAreFollowedByTheCommandNotByWinHttp(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location", "/next").setBody("moved"));
            Cli.Result r = Cli.run(winhttp(backend, "get", Cli.url(server, "/start")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("moved", r.out());
            assertEquals(1, server.getRequestCount());

            server.enqueue(new MockResponse().setResponseCode(303).addHeader("Location", "/result"));
            server.enqueue(new MockResponse().setBody("the result"));
            r = Cli.run(winhttp(backend, "post", "-L", "-v", "-d", "x=1", Cli.url(server, "/submit")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("the result", r.out());
            taken(server);
            assertEquals("POST /submit HTTP/1.1", taken(server).getRequestLine());
            assertEquals("GET /result HTTP/1.1", taken(server).getRequestLine());
            assertTrue(r.err().contains("* following 303 to " + Cli.url(server, "/result")), r.err());
        }
    }

    @AllBackends
    void moreRedirectsThanMaxRedirsIs47(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            for (int i = 0; i < 4; i++) {
                server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location", "/hop" + i));
            }
            Cli.Result r = Cli.run(winhttp(backend, "get", "-L", "--max-redirs", "2", Cli.url(server, "/")));
            assertEquals(ExitCodes.TOO_MANY_REDIRECTS, r.code(), r.toString());
            assertEquals(3, server.getRequestCount());
        }
    }

    @AllBackends
    void verboseNamesTheEngine(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setStatus("HTTP/1.1 200 Fine").addHeader("X-Reply", "yes").setBody("b"));
            Cli.Result r = Cli.run(winhttp(backend, "get", "-v", "-i", "-u", "alice:hunter2", Cli.url(server, "/v")));
            assertEquals(0, r.code(), r.toString());
            List<String> lines = r.err().lines().toList();
            assertTrue(lines.contains("* backend " + backend.name() + ", engine winhttp, proxy: none (--noproxy)"),
                    r.err());
            assertTrue(lines.contains("< HTTP/1.1 200 Fine"), r.err());
            assertTrue(r.err().contains("are given to WinHTTP"), r.err());
            assertFalse(r.err().contains("hunter2"), r.err());
            String raw = new String(r.stdout(), UTF_8);
            assertTrue(raw.startsWith("HTTP/1.1 200 Fine\r\n") && raw.endsWith("\r\n\r\nb"), raw);
        }
    }

    @AllBackends
    void bodyCutShortLeavesNoFile(Backend backend, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("cut.bin");
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("x".repeat(100_000))
                    .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
            Cli.Result r = Cli.run(winhttp(backend, "get", "-o", out.toString(), Cli.url(server, "/cut")));
            assertNotEquals(0, r.code(), r.toString());
            try (var listing = Files.list(dir)) {
                assertEquals(List.of(), listing.toList(), "a partial file was left");
            }
        }
    }

    @AllBackends
    void completeBodyGoesToTheFile(Backend backend, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("whole.txt");
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("all of it"));
            Cli.Result r = Cli.run(winhttp(backend, "get", "-o", out.toString(), Cli.url(server, "/")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("all of it", Files.readString(out));
        }
    }

    @AllBackends
    void proxyOptionSendsTheRequestToTheProxy(Backend backend) throws Exception {
        try (MockWebServer proxy = Loopback.http()) {
            proxy.enqueue(new MockResponse().setBody("via proxy"));
            Cli.Result r = Cli.run("get", "--engine", "winhttp", "--backend", backend.name(), "--proxy",
                    "127.0.0.1:" + proxy.getPort(), "http://example.test/through");
            assertEquals(0, r.code(), r.toString());
            assertEquals("via proxy", r.out());
            String line = taken(proxy).getRequestLine();
            assertTrue(line.equals("GET http://example.test/through HTTP/1.1")
                    || line.equals("GET http://example.test:80/through HTTP/1.1"), line);
        }
    }

    @AllBackends
    void refusedConnectionIs7(Backend backend) throws Exception {
        Cli.Result r = Cli.run(winhttp(backend, "get", "http://127.0.0.1:" + Loopback.refusedPort() + "/"));
        assertEquals(ExitCodes.CANNOT_CONNECT, r.code(), r.toString());
        assertTrue(r.err().contains("ERROR_WINHTTP_CANNOT_CONNECT"), r.err());
    }

    @AllBackends
    void errorStatusWithFailIs22(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(404).setBody("missing"));
            Cli.Result r = Cli.run(winhttp(backend, "get", "-f", Cli.url(server, "/gone")));
            assertEquals(ExitCodes.HTTP_ERROR, r.code(), r.toString());
            assertEquals("", r.out());
        }
    }

    @AllBackends
    void stallingServerIs28(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
            Cli.Result r = Cli.run(winhttp(backend, "get", "--timeout", "0.5", Cli.url(server, "/stall")));
            assertEquals(ExitCodes.TIMEOUT, r.code(), r.toString());
        }
    }

    @AllBackends
    void maxTimeCancelsASlowBodyWith28(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("x".repeat(10_000)).throttleBody(100, 200, TimeUnit.MILLISECONDS));
            long start = System.nanoTime();
            Cli.Result r = Cli.run(winhttp(backend, "get", "--timeout", "5", "--max-time", "0.5",
                    Cli.url(server, "/slow")));
            assertEquals(ExitCodes.TIMEOUT, r.code(), r.toString());
            assertTrue(r.err().contains("--max-time"), r.err());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "the transfer was not cut short");
        }
    }

    @AllBackends
    void untrustedCertificateIs35AndInsecureAcceptsIt(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.https()) {
            server.enqueue(new MockResponse().setBody("tls body"));
            Cli.Result r = Cli.run(winhttp(backend, "get", Cli.url(server, "/")));
            assertEquals(ExitCodes.TLS, r.code(), r.toString());
            r = Cli.run(winhttp(backend, "get", "--insecure", Cli.url(server, "/")));
            assertEquals(ExitCodes.OK, r.code(), r.toString());
            assertEquals("tls body", r.out());
        }
    }

    @Test
    void removingAHeaderIsRefusedWithWinHttp() throws Exception {
        try (MockWebServer server = Loopback.http()) {
            Cli.Result r = Cli.run("get", "--engine", "winhttp", "--backend", "java", "--noproxy", "-H", "Accept:",
                    Cli.url(server, "/"));
            assertEquals(ExitCodes.USAGE, r.code(), r.toString());
            assertTrue(r.err().contains("not available with --engine winhttp"), r.err());
            assertEquals(0, server.getRequestCount());
        }
    }

    @Test
    void unknownEngineIs2() {
        Cli.Result r = Cli.run("get", "--engine", "curl", "--backend", "java", "http://127.0.0.1:1/");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--engine 'curl' is unknown"), r.err());
    }
}
