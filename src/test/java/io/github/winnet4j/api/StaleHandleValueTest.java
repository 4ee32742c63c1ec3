package io.github.winnet4j.api;

import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.testing.MockBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.github.winnet4j.raw.WinInetConstants.INTERNET_OPTION_CONNECT_TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;

/**
 * The stale-value window of HANDLES.md, provoked deterministically: a fake WinINet that recycles
 * handle values as Windows does (the lowest free value, freed by InternetCloseHandle at once) and
 * resolves a value only when a call enters it. Thread A takes a session's value and is held just
 * before the DLL resolves it; the test thread closes the session; thread C opens a new session,
 * which would get the same value.
 */
@Timeout(30)
class StaleHandleValueTest {
    private static final int ERROR_INVALID_HANDLE = 6;

    private final MockBackend backend = new MockBackend();
    /** The fake DLL's handle table: value → the name of the object it names now. */
    private final Map<Long, String> table = new ConcurrentHashMap<>();
    /** What the calls of the fake did, in order. */
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch fetched = new CountDownLatch(1);
    private final CountDownLatch enter = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private int sessions;

    @BeforeEach
    void fakeDll() {
        when(backend.api.InternetOpenW(any(), anyInt(), any(), any(), anyInt())).thenAnswer(inv -> {
            synchronized (table) {
                String name = "session" + ++sessions;
                long value = 4;
                while (table.containsKey(value)) {
                    value += 4;
                }
                table.put(value, name);
                events.add("open " + name + " = " + value);
                return HINTERNET.of(value);
            }
        });
        when(backend.api.InternetCloseHandle(any())).thenAnswer(inv -> {
            long value = inv.<HINTERNET>getArgument(0).value();
            events.add("close " + table.remove(value) + " = " + value);
            return true;
        });
        when(backend.api.InternetQueryOptionW(any(), anyInt(), any(), any())).thenAnswer(inv -> {
            // Held between taking the value and entering the DLL, where the value is resolved.
            fetched.countDown();
            assertTrue(enter.await(20, TimeUnit.SECONDS), "the test never let the call enter");
            long value = inv.<HINTERNET>getArgument(0).value();
            String object = table.get(value);
            events.add("query " + value + " reached " + object);
            if (object == null) {
                backend.lastError.set(ERROR_INVALID_HANDLE);
                return false;
            }
            inv.<com.sun.jna.Pointer>getArgument(2).setInt(0, 42);
            return true;
        });
    }

    @AfterEach
    void stopThreads() {
        enter.countDown();
        threads.shutdownNow();
    }

    @Test
    void aCallHeldBeforeTheDllNeverReachesTheHandleThatGetsItsValue() throws Exception {
        int before = HandleDrain.pending();
        InternetSession a = InternetSession.builder().backend(backend).open();
        CompletableFuture<Throwable> query = CompletableFuture.supplyAsync(() -> outcome(a), threads);
        assertTrue(fetched.await(10, TimeUnit.SECONDS), "the query took the value");

        a.close(); // at once: the close never waits for the held call
        assertEquals(before + 1, HandleDrain.pending(), "the value drains while the call holds it");

        CompletableFuture<InternetSession> c = CompletableFuture.supplyAsync(this::openQuietly, threads);
        Thread.sleep(300);
        assertFalse(c.isDone(), "a new handle is not opened while a value drains: " + events);

        enter.countDown();
        Throwable failure = query.get(10, TimeUnit.SECONDS);
        try (InternetSession opened = c.get(10, TimeUnit.SECONDS)) {
            assertInstanceOf(WinInetException.class, failure, "the late call failed");
            assertEquals(ERROR_INVALID_HANDLE, ((WinInetException) failure).errorCode());
            assertEquals(List.of("open session1 = 4", "close session1 = 4", "query 4 reached null",
                    "open session2 = 4"), events, "the value was recycled only after the late call returned");
            assertFalse(opened.isClosed());
        }
        assertEquals(0, HandleDrain.pending(), "the value stopped draining when the call returned");
    }

    @Test
    void aCallStartedAfterTheCloseFailsWithoutTheDll() throws Exception {
        InternetSession a = InternetSession.builder().backend(backend).open();
        a.close();
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> a.queryOption(INTERNET_OPTION_CONNECT_TIMEOUT));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertEquals(List.of("open session1 = 4", "close session1 = 4"), events);
        assertEquals(0, HandleDrain.pending(), "a refused call leaves nothing draining");
    }

    @Test
    void openingWaitsForADrainingValueAtMostTheBound() throws Exception {
        InternetSession a = InternetSession.builder().backend(backend).open();
        CompletableFuture<Throwable> query = CompletableFuture.supplyAsync(() -> outcome(a), threads);
        assertTrue(fetched.await(10, TimeUnit.SECONDS), "the query took the value");
        a.close();

        // The held call never returns in time (as under Wine 8, where a close does not end a
        // blocked call): the open goes ahead after the bound.
        long start = System.nanoTime();
        try (InternetSession opened = InternetSession.builder().backend(backend).open()) {
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long boundMillis = TimeUnit.NANOSECONDS.toMillis(HandleDrain.BOUND_NANOS);
            assertTrue(waitedMillis >= boundMillis - 50 && waitedMillis < boundMillis + 5_000,
                    "waited " + waitedMillis + " ms for a bound of " + boundMillis + " ms");
            assertEquals(0, HandleDrain.pending(), "the open gave the draining value up");
            assertFalse(opened.isClosed());
        }
        long again = System.nanoTime();
        try (InternetSession next = InternetSession.builder().backend(backend).open()) {
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - again) < 1_000,
                    "a value given up holds up no later open");
        }
        enter.countDown();
        assertInstanceOf(WinInetException.class, query.get(10, TimeUnit.SECONDS));
        assertEquals(0, HandleDrain.pending(), "the late return after the give-up counts nothing");
    }

    private static Throwable outcome(InternetSession s) {
        try {
            s.queryOption(INTERNET_OPTION_CONNECT_TIMEOUT);
            return null;
        } catch (WinInetException | RuntimeException e) {
            return e;
        }
    }

    private InternetSession openQuietly() {
        try {
            return InternetSession.builder().backend(backend).open();
        } catch (WinInetException e) {
            throw new IllegalStateException(e);
        }
    }
}
