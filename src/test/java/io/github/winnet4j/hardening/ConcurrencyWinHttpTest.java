package io.github.winnet4j.hardening;

import io.github.winnet4j.api.winhttp.ProxyAccess;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinHttpErrors;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The WinHTTP wrappers under many threads: separate sessions and one shared session stay correct;
 * a failure's code is the failing thread's own; closing a request cancels a read blocked on it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencyWinHttpTest {
    static final int THREADS = ConcurrencyWinInetTest.THREADS;
    static final int REQUESTS_PER_THREAD = ConcurrencyWinInetTest.REQUESTS_PER_THREAD;
    static final int CLOSE_RACE_ROUNDS = ConcurrencyWinInetTest.CLOSE_RACE_ROUNDS;

    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = Loopback.http();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setBody("echo " + request.getPath());
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    static WinHttpSession session(Backend backend, Duration receiveTimeout) throws WinHttpException {
        try {
            backend.winhttp();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            Assumptions.abort("backend " + backend.name() + " has no WinHTTP: " + e.getMessage());
        }
        return WinHttpSession.builder().backend(backend).agent("winnet4j-concurrency")
                .access(ProxyAccess.noProxy()).connectTimeout(Duration.ofSeconds(10))
                .sendTimeout(Duration.ofSeconds(10)).receiveTimeout(receiveTimeout).open();
    }

    private static String get(WinHttpConnection c, String path) throws IOException {
        try (WinHttpRequest r = c.request("GET", path).open()) {
            r.send();
            r.receive();
            assertEquals(200, r.statusCode(), path);
            return new String(r.body().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AllBackends
    void separateSessionsEachGetTheirOwnAnswers(Backend backend) throws Exception {
        List<Integer> done = Parallel.run(THREADS, 60, t -> {
            try (WinHttpSession s = session(backend, Duration.ofSeconds(10));
                 WinHttpConnection c = s.connect(Loopback.HOST, server.getPort(), false)) {
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    String path = "/separate/" + t + "/" + i;
                    assertEquals("echo " + path, get(c, path));
                }
            }
            return REQUESTS_PER_THREAD;
        });
        assertEquals(THREADS * REQUESTS_PER_THREAD, done.stream().mapToInt(Integer::intValue).sum());
        assertEquals(THREADS * REQUESTS_PER_THREAD, server.getRequestCount());
    }

    @AllBackends
    void oneSharedSessionAndConnectionServeEveryThread(Backend backend) throws Exception {
        try (WinHttpSession s = session(backend, Duration.ofSeconds(10));
             WinHttpConnection c = s.connect(Loopback.HOST, server.getPort(), false)) {
            List<Integer> done = Parallel.run(THREADS, 60, t -> {
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    String path = "/shared/" + t + "/" + i;
                    assertEquals("echo " + path, get(c, path));
                }
                return REQUESTS_PER_THREAD;
            });
            assertEquals(THREADS * REQUESTS_PER_THREAD, done.stream().mapToInt(Integer::intValue).sum());
        }
        assertEquals(THREADS * REQUESTS_PER_THREAD, server.getRequestCount());
    }

    /**
     * As {@link ConcurrencyWinInetTest#simultaneousFailuresKeepTheirOwnThreadsCodes}, through
     * WinHTTP: a refused port (ERROR_WINHTTP_CANNOT_CONNECT) beside a server that never answers
     * (ERROR_WINHTTP_TIMEOUT), each code first taken alone on one thread.
     */
    @AllBackends
    void simultaneousFailuresKeepTheirOwnThreadsCodes(Backend backend) throws Exception {
        int refused = Loopback.refusedPort();
        try (StallingServer stall = new StallingServer("");
             WinHttpSession shared = session(backend, Duration.ofMillis(800))) {
            int[] alone = {failureCode(shared, refused, -1), failureCode(shared, stall.port(), -2)};
            assertEquals(WinHttpErrors.ERROR_WINHTTP_CANNOT_CONNECT, alone[0], "refused port alone");
            assertEquals(WinHttpErrors.ERROR_WINHTTP_TIMEOUT, alone[1], "stalling server alone");
            for (int round = 0; round < 3; round++) {
                List<Integer> codes = Parallel.run(THREADS, 60,
                        t -> failureCode(shared, t % 2 == 0 ? refused : stall.port(), t));
                for (int t = 0; t < THREADS; t++) {
                    assertEquals(alone[t % 2], codes.get(t), "round " + round + ", thread " + t + ": " + codes);
                }
            }
        }
    }

    private static int failureCode(WinHttpSession shared, int port, int thread) throws Exception {
        try (WinHttpConnection c = shared.connect(Loopback.HOST, port, false);
             WinHttpRequest r = c.request("GET", "/fails/" + thread).open()) {
            WinHttpException e = assertThrows(WinHttpException.class, () -> {
                r.send();
                r.receive();
            });
            return e.errorCode();
        }
    }

    /**
     * A WinHttpReadData blocked on a body that stops arriving ends promptly once another thread
     * closes the request: ERROR_WINHTTP_OPERATION_CANCELLED inside the call, or a closed-handle
     * refusal when the read starts after the close. Random timing, seeded.
     */
    @AllBackends
    void closeRacingABlockedReadCancelsIt(Backend backend) throws Exception {
        Random random = new Random(20_261_122L);
        String head = "HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\nfirst bytes";
        try (StallingServer stall = new StallingServer(head);
             WinHttpSession s = session(backend, Duration.ofSeconds(30));
             WinHttpConnection c = s.connect(Loopback.HOST, stall.port(), false)) {
            for (int round = 0; round < CLOSE_RACE_ROUNDS; round++) {
                WinHttpRequest r = c.request("GET", "/stall/" + round).open();
                r.send();
                r.receive();
                InputStream body = r.body();
                CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> readUntilFailure(body));
                Thread.sleep(random.nextInt(300));
                long closed = System.nanoTime();
                r.close();
                Throwable outcome = reader.get(5, TimeUnit.SECONDS);
                long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closed);
                assertTrue(tookMillis < 5_000, "round " + round + ": read ended " + tookMillis + " ms after close");
                assertCancelled(outcome, "round " + round);
            }
        }
    }

    private static Throwable readUntilFailure(InputStream body) {
        byte[] buffer = new byte[4096];
        try {
            // Bounded: the server sends a few bytes, then nothing; only a failure ends this.
            for (int i = 0; i < 1_000; i++) {
                if (body.read(buffer) < 0) {
                    return new AssertionError("the body ended normally after a close");
                }
            }
            return new AssertionError("the body kept delivering data");
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }

    private static void assertCancelled(Throwable outcome, String where) {
        if (outcome instanceof WinHttpException e) {
            assertEquals(WinHttpErrors.ERROR_WINHTTP_OPERATION_CANCELLED, e.errorCode(),
                    where + ": " + e.errorName() + " " + e.getMessage());
        } else if (outcome instanceof IllegalStateException e) {
            assertTrue(e.getMessage().contains("closed"), where + ": " + e.getMessage());
        } else if (outcome instanceof IOException e && !(outcome instanceof WinHttpException)) {
            assertTrue(e.getMessage().contains("closed"), where + ": " + e.getMessage());
        } else {
            throw new AssertionError(where + ": unexpected outcome " + outcome, outcome);
        }
    }
}
