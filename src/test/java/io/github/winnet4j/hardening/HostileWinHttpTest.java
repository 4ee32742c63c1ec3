package io.github.winnet4j.hardening;

import io.github.winnet4j.api.winhttp.ProxyAccess;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import io.github.winnet4j.testing.ScriptedServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.function.Executable;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static io.github.winnet4j.hardening.HostileScripts.*;
import static io.github.winnet4j.raw.WinHttpConstants.WINHTTP_DECOMPRESSION_FLAG_ALL;
import static io.github.winnet4j.raw.WinHttpConstants.WINHTTP_OPTION_DECOMPRESSION;
import static io.github.winnet4j.raw.WinHttpErrors.*;
import static org.junit.jupiter.api.Assertions.*;

/** Hostile HTTP servers against the WinHTTP API, on every backend that has WinHTTP. */
class HostileWinHttpTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    static WinHttpSession session(Backend backend) throws WinHttpException {
        try {
            backend.winhttp();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            Assumptions.abort("backend " + backend.name() + " has no WinHTTP: " + e.getMessage());
        }
        return WinHttpSession.builder().backend(backend).agent("winnet4j-hostile")
                .access(ProxyAccess.noProxy()).timeouts(TIMEOUT).open();
    }

    /** Runs {@code action}, which must fail with {@code code}; returns the exception. */
    static WinHttpException fails(int code, String name, Executable action) {
        WinHttpException e = assertThrows(WinHttpException.class, action);
        assertEquals(name + " (" + code + ")", e.errorName() + " (" + e.errorCode() + ")", e.getMessage());
        return e;
    }

    @FunctionalInterface
    interface Exchange {
        void run(WinHttpRequest r) throws Throwable;
    }

    /** Runs a GET against a server scripted with {@code script}; the server is closed and its threads gone after. */
    static void against(ScriptedServer.Script script, Exchange exchange, Backend backend) throws Throwable {
        ScriptedServer server = ScriptedServer.plain(script);
        try (server;
             WinHttpSession s = session(backend);
             WinHttpConnection c = s.connect(Loopback.HOST, server.port(), false);
             WinHttpRequest r = c.request("GET", "/hostile").open()) {
            exchange.run(r);
        }
        assertEquals(0, server.liveThreads(), "server threads left running");
    }

    static void sendReceive(WinHttpRequest r) throws WinHttpException {
        r.send();
        r.receive();
    }

    @AllBackends
    void disconnectBeforeStatusLine(Backend backend) throws Throwable {
        against(DISCONNECT_BEFORE_STATUS, r -> fails(ERROR_WINHTTP_INVALID_SERVER_RESPONSE,
                "ERROR_WINHTTP_INVALID_SERVER_RESPONSE", () -> sendReceive(r)), backend);
    }

    @AllBackends
    void bodyWithoutHeaders(Backend backend) throws Throwable {
        against(BODY_WITHOUT_HEADERS, r -> fails(ERROR_WINHTTP_INVALID_SERVER_RESPONSE,
                "ERROR_WINHTTP_INVALID_SERVER_RESPONSE", () -> sendReceive(r)), backend);
    }

    @AllBackends
    void disconnectMidHeaders(Backend backend) throws Throwable {
        // The head ends where the connection does; the body promised by Content-Length never comes.
        against(DISCONNECT_MID_HEADERS, r -> {
            sendReceive(r);
            assertEquals(200, r.statusCode());
            assertEquals(10L, r.contentLength().orElseThrow());
            InputStream body = r.body();
            fails(ERROR_WINHTTP_CONNECTION_ERROR, "ERROR_WINHTTP_CONNECTION_ERROR", body::readAllBytes);
        }, backend);
    }

    @AllBackends
    void disconnectMidBodyWithContentLength(Backend backend) throws Throwable {
        against(DISCONNECT_MID_BODY, r -> {
            sendReceive(r);
            assertEquals(1000L, r.contentLength().orElseThrow());
            InputStream body = r.body();
            fails(ERROR_WINHTTP_CONNECTION_ERROR, "ERROR_WINHTTP_CONNECTION_ERROR", body::readAllBytes);
        }, backend);
    }

    @AllBackends
    void brokenChunkedEncoding(Backend backend) throws Throwable {
        against(BROKEN_CHUNKED, r -> {
            sendReceive(r);
            assertEquals(200, r.statusCode());
            InputStream body = r.body();
            fails(ERROR_WINHTTP_CONNECTION_ERROR, "ERROR_WINHTTP_CONNECTION_ERROR", body::readAllBytes);
        }, backend);
    }

    @AllBackends
    void stallAfterRequestTimesOutInTime(Backend backend) throws Throwable {
        against(STALL, r -> {
            long start = System.nanoTime();
            fails(ERROR_WINHTTP_TIMEOUT, "ERROR_WINHTTP_TIMEOUT", () -> sendReceive(r));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(TIMEOUT.plusSeconds(1)) <= 0, "timed out after " + took);
        }, backend);
    }

    @AllBackends
    void tricklingServerIsEndedByCloseFromAnotherThread(Backend backend) throws Throwable {
        ScriptedServer server = ScriptedServer.plain(TRICKLE);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        try (server; WinHttpSession s = session(backend)) {
            WinHttpConnection c = s.connect(Loopback.HOST, server.port(), false);
            WinHttpRequest r = c.request("GET", "/trickle").open();
            sendReceive(r);
            assertEquals(1_000_000L, r.contentLength().orElseThrow());
            InputStream body = r.body();
            Thread reader = new Thread(() -> {
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
            r.close();
            reader.join(5_000);
            assertFalse(reader.isAlive(), "the read did not end within 5 s of the close");
            c.close();
        }
        Throwable t = outcome.get();
        assertInstanceOf(java.io.IOException.class, t, String.valueOf(t));
        assertEquals(0, server.liveThreads());
    }

    @AllBackends
    void contentLengthAboveFourGigabytes(Backend backend) throws Throwable {
        against(HUGE_CONTENT_LENGTH, r -> {
            sendReceive(r);
            assertEquals(200, r.statusCode());
            assertEquals(HUGE_LENGTH, r.contentLength().orElseThrow());
            assertArrayEquals(new byte[1000], r.body().readNBytes(1000));
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

    /** Either a clear refusal (ERROR_WINHTTP_INVALID_SERVER_RESPONSE) or a 200 that passes {@code correct}. */
    static void errorOrAnswer(WinHttpRequest r, Executable correct) throws Throwable {
        try {
            sendReceive(r);
        } catch (WinHttpException e) {
            assertEquals(ERROR_WINHTTP_INVALID_SERVER_RESPONSE, e.errorCode(), e.getMessage());
            return;
        }
        assertEquals(200, r.statusCode());
        correct.execute();
    }

    @AllBackends
    void noContentCarryingABody(Backend backend) throws Throwable {
        against(bodyAfter(204, "No Content"), r -> {
            sendReceive(r);
            assertEquals(204, r.statusCode());
            assertEquals(0, r.body().readAllBytes().length);
        }, backend);
    }

    @AllBackends
    void notModifiedCarryingABody(Backend backend) throws Throwable {
        against(bodyAfter(304, "Not Modified"), r -> {
            sendReceive(r);
            assertEquals(304, r.statusCode());
            assertEquals(0, r.body().readAllBytes().length);
        }, backend);
    }

    @AllBackends
    void gzipBombWithDecompressionOnIsBounded(Backend backend) throws Throwable {
        byte[] bomb = gzipBomb();
        ScriptedServer server = ScriptedServer.plain(bomb(bomb));
        long read;
        try (server; WinHttpSession s = session(backend)) {
            s.setOption(WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_ALL);
            try (WinHttpConnection c = s.connect(Loopback.HOST, server.port(), false);
                 WinHttpRequest r = c.request("GET", "/bomb").open()) {
                sendReceive(r);
                assertEquals(200, r.statusCode());
                read = drain(r.body(), BOMB_SIZE + 1);
            }
        }
        // Decompressed, the bomb is streamed and counted, never held: exactly its inflated size.
        assertEquals(BOMB_SIZE, read, "compressed size was " + bomb.length);
        assertEquals(0, server.liveThreads());
    }
}
