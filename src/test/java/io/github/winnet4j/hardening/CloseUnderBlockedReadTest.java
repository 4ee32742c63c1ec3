package io.github.winnet4j.hardening;

import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinHttpErrors;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A close still cancels a read blocked inside the DLL at once, although the read holds the handle's
 * value (HANDLES.md, "Calls in flight"), and a handle opened right after the close waits only until
 * the cancelled read has returned, far less than the drain bound.
 */
@Timeout(60)
class CloseUnderBlockedReadTest {
    private static final String HEAD = "HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\nfirst bytes";
    /** Well under HandleDrain's 2 s bound: an open held for the whole bound fails this. */
    private static final long PROMPT_MILLIS = 1_500;

    @AllBackends
    void winInetCloseCancelsTheReadAndTheNextOpenIsPrompt(Backend backend) throws Exception {
        try (StallingServer stall = new StallingServer(HEAD);
             InternetSession s = InternetSession.builder().backend(backend).direct()
                     .connectTimeout(Duration.ofSeconds(10)).receiveTimeout(Duration.ofSeconds(30)).open();
             HttpConnection c = s.connect(Loopback.HOST, stall.port())) {
            HttpRequest r = c.openRequest("GET", "/stall");
            r.send();
            CountDownLatch reading = new CountDownLatch(1);
            InputStream body = r.body();
            CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> readUntilFailure(body, reading));
            assertTrue(reading.await(10, TimeUnit.SECONDS), "the reader started");
            // InternetReadFile waits for the whole buffer: after the 11 bytes sent, it blocks.
            Thread.sleep(500);

            long closed = System.nanoTime();
            r.close();
            try (HttpRequest next = c.openRequest("GET", "/next")) {
                long openMillis = millisSince(closed);
                assertTrue(openMillis < PROMPT_MILLIS, "the next request opened " + openMillis + " ms after the close");
                assertTrue(!next.isClosed());
            }
            Throwable outcome = reader.get(5, TimeUnit.SECONDS);
            assertTrue(millisSince(closed) < 5_000, "the read ended promptly");
            WinInetException e = assertInstanceOf(WinInetException.class, outcome, "the read inside the DLL was cancelled");
            assertEquals(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED, e.errorCode(), e.getMessage());
        }
    }

    @AllBackends
    void winHttpCloseCancelsTheReadAndTheNextOpenIsPrompt(Backend backend) throws Exception {
        try (StallingServer stall = new StallingServer(HEAD);
             WinHttpSession s = ConcurrencyWinHttpTest.session(backend, Duration.ofSeconds(30));
             WinHttpConnection c = s.connect(Loopback.HOST, stall.port(), false)) {
            WinHttpRequest r = c.request("GET", "/stall").open();
            r.send();
            r.receive();
            CountDownLatch reading = new CountDownLatch(1);
            InputStream body = r.body();
            CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> readUntilFailure(body, reading));
            assertTrue(reading.await(10, TimeUnit.SECONDS), "the reader started");
            Thread.sleep(500); // the reader is blocked inside WinHttpReadData by now

            long closed = System.nanoTime();
            r.close();
            try (WinHttpRequest next = c.request("GET", "/next").open()) {
                long openMillis = millisSince(closed);
                assertTrue(openMillis < PROMPT_MILLIS, "the next request opened " + openMillis + " ms after the close");
                assertTrue(!next.isClosed());
            }
            Throwable outcome = reader.get(5, TimeUnit.SECONDS);
            assertTrue(millisSince(closed) < 5_000, "the read ended promptly");
            WinHttpException e = assertInstanceOf(WinHttpException.class, outcome, "the read inside the DLL was cancelled");
            assertEquals(WinHttpErrors.ERROR_WINHTTP_OPERATION_CANCELLED, e.errorCode(), e.getMessage());
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static Throwable readUntilFailure(InputStream body, CountDownLatch reading) {
        byte[] buffer = new byte[4096];
        try {
            // Bounded: the server sends a few bytes, then nothing; only a failure ends this.
            for (int i = 0; i < 1_000; i++) {
                reading.countDown();
                if (body.read(buffer) < 0) {
                    return new AssertionError("the body ended normally after a close");
                }
            }
            return new AssertionError("the body kept delivering data");
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }
}
