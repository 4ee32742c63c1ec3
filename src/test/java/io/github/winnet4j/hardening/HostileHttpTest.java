package io.github.winnet4j.hardening;

import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import io.github.winnet4j.testing.ScriptedServer;
import org.junit.jupiter.api.function.Executable;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static io.github.winnet4j.hardening.HostileScripts.*;
import static io.github.winnet4j.raw.WinInetErrors.*;
import static org.junit.jupiter.api.Assertions.*;

/** Hostile HTTP servers against the WinINet API, on every backend. */
class HostileHttpTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    static InternetSession session(Backend backend) throws WinInetException {
        return InternetSession.builder().backend(backend).direct().timeouts(TIMEOUT).open();
    }

    /** Runs {@code action}, which must fail with {@code code}; returns the exception. */
    static WinInetException fails(int code, String name, Executable action) {
        WinInetException e = assertThrows(WinInetException.class, action);
        assertEquals(name + " (" + code + ")", e.errorName() + " (" + e.errorCode() + ")", e.getMessage());
        return e;
    }

    /** Runs a GET against a server scripted with {@code script}; the server is closed and its threads gone after. */
    static void against(ScriptedServer.Script script, Exchange exchange, Backend backend) throws Throwable {
        ScriptedServer server = ScriptedServer.plain(script);
        try (server;
             InternetSession s = session(backend);
             HttpConnection c = s.connect(Loopback.HOST, server.port());
             HttpRequest r = c.openRequest("GET", "/hostile")) {
            exchange.run(r);
        }
        assertEquals(0, server.liveThreads(), "server threads left running");
    }

    @FunctionalInterface
    interface Exchange {
        void run(HttpRequest r) throws Throwable;
    }

    @AllBackends
    void disconnectBeforeStatusLine(Backend backend) throws Throwable {
        against(DISCONNECT_BEFORE_STATUS, r -> fails(ERROR_HTTP_INVALID_SERVER_RESPONSE,
                "ERROR_HTTP_INVALID_SERVER_RESPONSE", r::send), backend);
    }

    @AllBackends
    void bodyWithoutHeaders(Backend backend) throws Throwable {
        against(BODY_WITHOUT_HEADERS, r -> {
            if (isJava(backend)) {
                // HttpURLConnection has no HTTP/0.9: a clear refusal.
                fails(ERROR_HTTP_INVALID_SERVER_RESPONSE, "ERROR_HTTP_INVALID_SERVER_RESPONSE", r::send);
                return;
            }
            // wininet.dll takes a response without a status line as HTTP/0.9: 200, all of it body.
            r.send();
            assertEquals(200, r.statusCode());
            assertEquals("just a body, no status line\n", new String(r.body().readAllBytes(), StandardCharsets.ISO_8859_1));
        }, backend);
    }

    @AllBackends
    void disconnectMidHeaders(Backend backend) throws Throwable {
        // The head ends where the connection does; the body promised by Content-Length never comes.
        against(DISCONNECT_MID_HEADERS, r -> {
            r.send();
            assertEquals(200, r.statusCode());
            assertEquals(10L, r.contentLength().orElseThrow());
            InputStream body = r.body();
            fails(ERROR_INTERNET_CONNECTION_RESET, "ERROR_INTERNET_CONNECTION_RESET", body::readAllBytes);
        }, backend);
    }

    @AllBackends
    void disconnectMidBodyWithContentLength(Backend backend) throws Throwable {
        against(DISCONNECT_MID_BODY, r -> {
            r.send();
            assertEquals(1000L, r.contentLength().orElseThrow());
            InputStream body = r.body();
            fails(ERROR_INTERNET_CONNECTION_RESET, "ERROR_INTERNET_CONNECTION_RESET", body::readAllBytes);
        }, backend);
    }

    @AllBackends
    void brokenChunkedEncoding(Backend backend) throws Throwable {
        against(BROKEN_CHUNKED, r -> {
            r.send();
            assertEquals(200, r.statusCode());
            InputStream body = r.body();
            fails(ERROR_INTERNET_CONNECTION_ABORTED, "ERROR_INTERNET_CONNECTION_ABORTED", body::readAllBytes);
        }, backend);
    }

    @AllBackends
    void stallAfterRequestTimesOutInTime(Backend backend) throws Throwable {
        against(STALL, r -> {
            long start = System.nanoTime();
            fails(ERROR_INTERNET_TIMEOUT, "ERROR_INTERNET_TIMEOUT", r::send);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(TIMEOUT.plusSeconds(1)) <= 0, "timed out after " + took);
        }, backend);
    }

    @AllBackends
    void tricklingServerIsEndedByCloseFromAnotherThread(Backend backend) throws Throwable {
        ScriptedServer server = ScriptedServer.plain(TRICKLE);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread reader;
        try (server; InternetSession s = session(backend)) {
            HttpConnection c = s.connect(Loopback.HOST, server.port());
            HttpRequest r = c.openRequest("GET", "/trickle");
            r.send();
            assertEquals(1_000_000L, r.contentLength().orElseThrow());
            InputStream body = r.body();
            reader = new Thread(() -> {
                try {
                    drain(body, Long.MAX_VALUE);
                    outcome.set(new AssertionError("the trickle ended normally"));
                } catch (Throwable t) {
                    outcome.set(t);
                }
            }, "hostile-trickle-reader");
            reader.start();
            Thread.sleep(1_000);
            assertTrue(reader.isAlive(), "bytes keep coming, so the receive timeout must not fire");
            long start = System.nanoTime();
            r.close();
            reader.join(5_000);
            assertFalse(reader.isAlive(), "the read did not end within 5 s of the close");
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
            c.close();
        }
        Throwable t = outcome.get();
        assertInstanceOf(java.io.IOException.class, t, String.valueOf(t));
        assertEquals(0, server.liveThreads());
    }

    @AllBackends
    void contentLengthAboveFourGigabytes(Backend backend) throws Throwable {
        against(HUGE_CONTENT_LENGTH, r -> {
            r.send();
            assertEquals(200, r.statusCode());
            assertEquals(HUGE_LENGTH, r.contentLength().orElseThrow());
            assertEquals(String.valueOf(HUGE_LENGTH), r.header("Content-Length").orElseThrow());
            InputStream body = r.body();
            assertArrayEquals(new byte[1000], body.readNBytes(1000));
        }, backend);
    }

    @AllBackends
    void oneMegabyteHeader(Backend backend) throws Throwable {
        against(ONE_MEGABYTE_HEADER, r -> errorOrAnswer(r, () -> {
            assertEquals(1 << 20, r.header("X-Big").orElseThrow().length());
            assertEquals("ok", new String(r.body().readAllBytes(), StandardCharsets.ISO_8859_1));
        }), backend);
    }

    @AllBackends
    void tenThousandHeaders(Backend backend) throws Throwable {
        against(TEN_THOUSAND_HEADERS, r -> errorOrAnswer(r, () -> {
            assertEquals("v0", r.header("X-H0").orElseThrow());
            assertEquals("v9999", r.header("X-H9999").orElseThrow());
            assertEquals("ok", new String(r.body().readAllBytes(), StandardCharsets.ISO_8859_1));
        }), backend);
    }

    /** Either a clear refusal (ERROR_HTTP_INVALID_SERVER_RESPONSE) or a 200 that passes {@code correct}. */
    static void errorOrAnswer(HttpRequest r, Executable correct) throws Throwable {
        try {
            r.send();
        } catch (WinInetException e) {
            assertEquals(ERROR_HTTP_INVALID_SERVER_RESPONSE, e.errorCode(), e.getMessage());
            return;
        }
        assertEquals(200, r.statusCode());
        correct.execute();
    }

    static boolean isJava(Backend backend) {
        return backend.name().equals("java");
    }

    @AllBackends
    void noContentCarryingABody(Backend backend) throws Throwable {
        against(bodyAfter(204, "No Content"), r -> {
            r.send();
            assertEquals(204, r.statusCode());
            assertEquals(0, r.body().readAllBytes().length);
        }, backend);
    }

    @AllBackends
    void notModifiedCarryingABody(Backend backend) throws Throwable {
        against(bodyAfter(304, "Not Modified"), r -> {
            r.send();
            assertEquals(304, r.statusCode());
            assertEquals(0, r.body().readAllBytes().length);
        }, backend);
    }

    @AllBackends
    void gzipBombArrivesCompressedWithoutDecoding(Backend backend) throws Throwable {
        byte[] bomb = gzipBomb();
        against(bomb(bomb), r -> {
            r.send();
            assertEquals("gzip", r.header("Content-Encoding").orElseThrow());
            assertEquals(bomb.length, drain(r.body(), BOMB_SIZE));
        }, backend);
    }
}
