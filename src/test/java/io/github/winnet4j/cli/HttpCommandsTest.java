package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

/** get, head, post, put and delete against a scripted loopback server, on every backend. */
class HttpCommandsTest {

    private static RecordedRequest taken(MockWebServer server) throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "the server received no request");
        return r;
    }

    @AllBackends
    void getWritesTheBodyAndSendsHeaders(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("hello body"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-H", "X-One: 1", "-H", "X-Two: two words",
                    Cli.url(server, "/path?q=1")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("hello body", r.out());
            RecordedRequest sent = taken(server);
            assertEquals("GET /path?q=1 HTTP/1.1", sent.getRequestLine());
            assertEquals("1", sent.getHeader("X-One"));
            assertEquals("two words", sent.getHeader("X-Two"));
            assertEquals("winnet/" + VersionInfo.VERSION, sent.getHeader("User-Agent"));
        }
    }

    @AllBackends
    void includeWritesStatusLineAndHeadersBeforeTheBody(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(201).setStatus("HTTP/1.1 201 Made It")
                    .addHeader("X-Reply", "yes").setBody("created"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-i", Cli.url(server, "/")));
            assertEquals(0, r.code(), r.toString());
            // The headers as the server sent them: CR LF on every platform.
            String raw = new String(r.stdout(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(raw.startsWith("HTTP/1.1 201 Made It\r\n"), raw);
            assertTrue(raw.contains("X-Reply: yes\r\n"), raw);
            assertTrue(raw.endsWith("\r\n\r\ncreated"), raw);
        }
    }

    @AllBackends
    void headPrintsHeadersAndNoBody(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().addHeader("X-Reply", "head").addHeader("Content-Length", "0"));
            Cli.Result r = Cli.run(Cli.on(backend, "head", Cli.url(server, "/h")));
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
            Cli.Result r = Cli.run(Cli.on(backend, "post", "-d", "a=1&b=ü", Cli.url(server, "/form")));
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
            Cli.Result r = Cli.run(Cli.on(backend, "put", "-d", "@" + file, "-H", "Content-Type: application/octet-stream",
                    Cli.url(server, "/files/up.bin")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("stored", r.out());
            RecordedRequest sent = taken(server);
            assertEquals("PUT", sent.getMethod());
            assertEquals(String.valueOf(data.length), sent.getHeader("Content-Length"));
            assertNull(sent.getHeader("Transfer-Encoding"));
            assertEquals("application/octet-stream", sent.getHeader("Content-Type"));
            assertArrayEquals(data, sent.getBody().readByteArray());
        }
    }

    @AllBackends
    void missingInputFileIsExit26(Backend backend, @TempDir Path dir) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            Cli.Result r = Cli.run(Cli.on(backend, "put", "-d", "@" + dir.resolve("absent"), Cli.url(server, "/")));
            assertEquals(ExitCodes.READ_ERROR, r.code(), r.toString());
            assertTrue(r.err().contains("no such file"), r.err());
            assertEquals(0, server.getRequestCount());
        }
    }

    @AllBackends
    void deleteSendsDelete(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(204));
            Cli.Result r = Cli.run(Cli.on(backend, "delete", Cli.url(server, "/item/7")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("DELETE /item/7 HTTP/1.1", taken(server).getRequestLine());
            assertEquals("", r.out());
        }
    }

    @AllBackends
    void userWithPasswordAnswersTheChallenge(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "Basic realm=\"t\""));
            server.enqueue(new MockResponse().setBody("secret stuff"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-u", "alice:pa:ss", Cli.url(server, "/private")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("secret stuff", r.out());
            taken(server);
            String expected = "Basic " + Base64.getEncoder().encodeToString("alice:pa:ss".getBytes(UTF_8));
            assertEquals(expected, taken(server).getHeader("Authorization"));
        }
    }

    @AllBackends
    void missingPasswordIsReadFromTheConsole(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "Basic realm=\"t\""));
            server.enqueue(new MockResponse().setBody("in"));
            Cli.FakeTerminal console = new Cli.FakeTerminal("typed");
            Cli.Result r = Cli.run(console, Cli.on(backend, "get", "--no-progress", "-u", "bob",
                    Cli.url(server, "/")));
            assertEquals(0, r.code(), r.toString());
            assertEquals(1, console.prompts.size());
            assertTrue(console.prompts.get(0).contains("'bob'"));
            taken(server);
            String expected = "Basic " + Base64.getEncoder().encodeToString("bob:typed".getBytes(UTF_8));
            assertEquals(expected, taken(server).getHeader("Authorization"));
        }
    }

    @AllBackends
    void missingPasswordWithoutAConsoleIsRefused(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-u", "bob", Cli.url(server, "/")));
            assertEquals(ExitCodes.USAGE, r.code(), r.toString());
            assertTrue(r.err().contains("no console"), r.err());
            assertTrue(r.err().contains("-u bob:PASSWORD"), r.err());
            assertEquals(0, server.getRequestCount());
        }
    }

    @AllBackends
    void proxyOptionSendsTheRequestToTheProxy(Backend backend) throws Exception {
        try (MockWebServer proxy = Loopback.http()) {
            proxy.enqueue(new MockResponse().setBody("via proxy"));
            Cli.Result r = Cli.run("get", "--backend", backend.name(), "--proxy", "127.0.0.1:" + proxy.getPort(),
                    "http://example.test/through");
            assertEquals(0, r.code(), r.toString());
            assertEquals("via proxy", r.out());
            // Absolute form, with or without the default port (RFC 9112 allows both; Wine writes ":80").
            String line = taken(proxy).getRequestLine();
            assertTrue(line.equals("GET http://example.test/through HTTP/1.1")
                    || line.equals("GET http://example.test:80/through HTTP/1.1"), line);
        }
    }
}
