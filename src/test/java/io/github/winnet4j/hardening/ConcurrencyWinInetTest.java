package io.github.winnet4j.hardening;

import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
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
 * WinINet wrappers under many threads: separate sessions and one shared session stay correct; a
 * failure's code is the failing thread's own; closing a request cancels a read blocked on it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencyWinInetTest {
    static final int THREADS = 16;
    static final int REQUESTS_PER_THREAD = 10;
    static final int CLOSE_RACE_ROUNDS = 10;

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

    private static InternetSession session(Backend backend, Duration receiveTimeout) throws WinInetException {
        return InternetSession.builder().backend(backend).direct().agent("winnet4j-concurrency")
                .connectTimeout(Duration.ofSeconds(10)).receiveTimeout(receiveTimeout).open();
    }

    private static String get(HttpConnection c, String path) throws IOException {
        try (HttpRequest r = c.openRequest("GET", path)) {
            r.send();
            assertEquals(200, r.statusCode(), path);
            return new String(r.body().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AllBackends
    void separateSessionsEachGetTheirOwnAnswers(Backend backend) throws Exception {
        List<Integer> done = Parallel.run(THREADS, 60, t -> {
            try (InternetSession s = session(backend, Duration.ofSeconds(10));
                 HttpConnection c = s.connect(Loopback.HOST, server.getPort())) {
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
        try (InternetSession s = session(backend, Duration.ofSeconds(10));
             HttpConnection c = s.connect(Loopback.HOST, server.getPort())) {
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
     * Half the threads fail with "cannot connect" (a refused port), half with a timeout (a server
     * that never answers), all at the same moment: each exception must carry its own thread's
     * code, which holds only if the last error is read on the failing thread right after the call.
     * The code each failure gives is first taken alone, on one thread (ERROR_INTERNET_TIMEOUT on
     * Windows and the java backend; {@code HttpFailureTest#stallingServerTimesOut} pins it).
     */
    @AllBackends
    void simultaneousFailuresKeepTheirOwnThreadsCodes(Backend backend) throws Exception {
        int refused = Loopback.refusedPort();
        try (StallingServer stall = new StallingServer("");
             InternetSession shared = session(backend, Duration.ofMillis(800))) {
            int[] alone = {failureCode(shared, refused, -1), failureCode(shared, stall.port(), -2)};
            assertEquals(WinInetErrors.ERROR_INTERNET_CANNOT_CONNECT, alone[0], "refused port alone");
            assertNotEquals(alone[0], alone[1], "the two failures must differ to tell the threads apart");
            for (int round = 0; round < 3; round++) {
                List<Integer> codes = Parallel.run(THREADS, 60,
                        t -> failureCode(shared, t % 2 == 0 ? refused : stall.port(), t));
                for (int t = 0; t < THREADS; t++) {
                    assertEquals(alone[t % 2], codes.get(t), "round " + round + ", thread " + t + ": " + codes);
                }
            }
        }
    }

    private static int failureCode(InternetSession shared, int port, int thread) throws Exception {
        try (HttpConnection c = shared.connect(Loopback.HOST, port);
             HttpRequest r = c.openRequest("GET", "/fails/" + thread)) {
            WinInetException e = assertThrows(WinInetException.class, r::send);
            assertEquals("HttpSendRequestW", e.call());
            return e.errorCode();
        }
    }

    /**
     * A read blocked on a body that stops arriving ends promptly once another thread closes the
     * request: with ERROR_INTERNET_OPERATION_CANCELLED while the read is inside InternetReadFile,
     * or as a closed-handle refusal when the read starts after the close. Random timing, seeded.
     */
    @AllBackends
    void closeRacingABlockedReadCancelsIt(Backend backend) throws Exception {
        Random random = new Random(20_261_121L);
        String head = "HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\nfirst bytes";
        try (StallingServer stall = new StallingServer(head);
             InternetSession s = session(backend, Duration.ofSeconds(30));
             HttpConnection c = s.connect(Loopback.HOST, stall.port())) {
            for (int round = 0; round < CLOSE_RACE_ROUNDS; round++) {
                HttpRequest r = c.openRequest("GET", "/stall/" + round);
                r.send();
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

    static void assertCancelled(Throwable outcome, String where) {
        if (outcome instanceof WinInetException e) {
            assertEquals(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED, e.errorCode(),
                    where + ": " + e.errorName() + " " + e.getMessage());
        } else if (outcome instanceof IllegalStateException e) {
            assertTrue(e.getMessage().contains("closed"), where + ": " + e.getMessage());
        } else if (outcome instanceof IOException e && !(outcome instanceof WinInetException)) {
            assertTrue(e.getMessage().contains("closed"), where + ": " + e.getMessage());
        } else {
            throw new AssertionError(where + ": unexpected outcome " + outcome, outcome);
        }
    }
}
