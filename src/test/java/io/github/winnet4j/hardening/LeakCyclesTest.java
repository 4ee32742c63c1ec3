package io.github.winnet4j.hardening;

import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.winhttp.ProxyAccess;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import org.junit.jupiter.api.Assumptions;

import java.io.InputStream;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Open/send/read/close cycles against a loopback keep-alive server, each cycle a whole handle tree
 * (session, connection, request, a POST with a body, status, body read, close), through WinINet
 * and through WinHTTP on every backend. At the end the live wrapper handles, the open file
 * descriptors (sockets included; Linux and other Unix) and the live threads must be back at their
 * value after a warm-up, within {@value #FD_TOLERANCE} descriptors and {@value #THREAD_TOLERANCE}
 * threads (pooled keep-alive connections and pool threads that come and go), after a settle time of
 * at most {@value #SETTLE_SECONDS} s.
 *
 * <p>Size: {@value #CI_CYCLES} cycles per API on the java backend, {@value #NATIVE_CYCLES} on native
 * (the Wine stage); {@code -Dwinnet4j.leak.cycles=100000} for the manual run (RELIABILITY.md), or per
 * API {@code -Dwinnet4j.leak.cycles.wininet} / {@code .winhttp} (Wine's WinHTTP runs far fewer cycles a second).
 */
class LeakCyclesTest {
    static final int CI_CYCLES = 5_000;
    static final int NATIVE_CYCLES = 300;
    static final int WARM_UP = 50;
    static final int FD_TOLERANCE = 6;
    static final int THREAD_TOLERANCE = 3;
    static final int SETTLE_SECONDS = 20;
    static final byte[] UPLOAD = "leak-cycle-upload".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @FunctionalInterface
    interface Cycle {
        void run(Backend backend, int port) throws Exception;
    }

    static int cycles(Backend backend, String api) {
        Integer requested = Integer.getInteger("winnet4j.leak.cycles." + api.toLowerCase(java.util.Locale.ROOT),
                Integer.getInteger("winnet4j.leak.cycles"));
        if (requested != null) {
            return requested;
        }
        return backend.name().equals("native") ? NATIVE_CYCLES : CI_CYCLES;
    }

    static void wininet(Backend backend, int port) throws Exception {
        try (InternetSession session = InternetSession.builder().backend(backend).direct().agent("winnet4j-leaks")
                .timeouts(Duration.ofSeconds(10)).open();
             HttpConnection server = session.connect(Loopback.HOST, port);
             HttpRequest request = server.openRequest("POST", "/cycle")) {
            request.send(UPLOAD);
            assertEquals(200, request.statusCode());
            try (InputStream in = request.body()) {
                assertArrayEquals(LeakKeepAliveServer.BODY, in.readAllBytes());
            }
        }
    }

    static void winhttp(Backend backend, int port) throws Exception {
        try (WinHttpSession session = WinHttpSession.builder().backend(backend).agent("winnet4j-leaks")
                .access(ProxyAccess.noProxy()).timeouts(Duration.ofSeconds(10)).open();
             WinHttpConnection server = session.connect(Loopback.HOST, port, false);
             WinHttpRequest request = server.request("POST", "/cycle").open()) {
            request.send(UPLOAD);
            request.receive();
            assertEquals(200, request.statusCode());
            try (InputStream in = request.body()) {
                assertArrayEquals(LeakKeepAliveServer.BODY, in.readAllBytes());
            }
        }
    }

    @AllBackends
    void wininetCyclesLeaveNothingBehind(Backend backend) throws Exception {
        run(backend, "WinINet", LeakCyclesTest::wininet);
    }

    @AllBackends
    void winhttpCyclesLeaveNothingBehind(Backend backend) throws Exception {
        try {
            backend.winhttp();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            Assumptions.abort("backend " + backend.name() + " has no WinHTTP: " + e.getMessage());
        }
        run(backend, "WinHTTP", LeakCyclesTest::winhttp);
    }

    private static void run(Backend backend, String api, Cycle cycle) throws Exception {
        int cycles = cycles(backend, api);
        try (LeakKeepAliveServer server = new LeakKeepAliveServer()) {
            for (int i = 0; i < WARM_UP; i++) {
                cycle.run(backend, server.port());
            }
            LeakGauges start = settle(null);
            long peakFds = start.fds();
            int peakThreads = start.threads();
            long began = System.nanoTime();
            for (int i = 0; i < cycles; i++) {
                cycle.run(backend, server.port());
                if (i % 500 == 0) {
                    LeakGauges g = LeakGauges.now();
                    peakFds = Math.max(peakFds, g.fds());
                    peakThreads = Math.max(peakThreads, g.threads());
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            LeakGauges end = settle(start);
            String figures = String.format("[leaks] %s on %s: %d cycles in %.1f s (%.0f/s), %d server connections;"
                            + " start %s; end %s; peak fds=%s threads=%d", api, backend.name(), cycles, seconds,
                    cycles / seconds, server.connections.get(), start, end, peakFds < 0 ? "n/a" : peakFds, peakThreads);
            System.out.println(figures);
            assertEquals(start.handles(), end.handles(), figures);
            assertTrue(end.threads() <= start.threads() + THREAD_TOLERANCE, figures);
            if (start.fds() < 0) {
                System.out.println("[leaks] descriptors not counted: " + LeakGauges.whyNoFds());
            } else {
                assertTrue(end.fds() <= start.fds() + FD_TOLERANCE, figures);
            }
        }
    }

    /**
     * Waits (at most {@value #SETTLE_SECONDS} s) for the gauges to come within tolerance of
     * {@code start}; with no {@code start}, for two equal readings in a row (a steady baseline).
     */
    private static LeakGauges settle(LeakGauges start) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(SETTLE_SECONDS).toNanos();
        LeakGauges previous = LeakGauges.now();
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            LeakGauges now = LeakGauges.now();
            boolean done = start == null ? now.equals(previous)
                    : now.handles() == start.handles() && now.threads() <= start.threads() + THREAD_TOLERANCE
                    && (start.fds() < 0 || now.fds() <= start.fds() + FD_TOLERANCE);
            if (done) {
                return now;
            }
            previous = now;
        }
        return LeakGauges.now();
    }
}
