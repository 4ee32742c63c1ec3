package io.github.winnet4j.api.winhttp;

import com.sun.jna.Pointer;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.raw.WinInet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.winnet4j.raw.WinHttpConstants.WINHTTP_OPTION_CONNECT_TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The WinHTTP twin of {@code api.StaleHandleValueTest}: a fake winhttp.dll that recycles handle
 * values and resolves a value only when a call enters it. A query on a session is held before the
 * DLL; the session is closed; a new session (WinHttpOpen, which would get the same value) waits
 * until the held call has returned, and the held call never reaches the new session.
 */
@Timeout(30)
class WinHttpStaleHandleValueTest {
    private static final int ERROR_INVALID_HANDLE = 6;

    private final WinHttp api = mock(WinHttp.class);
    private final AtomicInteger lastError = new AtomicInteger();
    private final Backend backend = new ScriptedBackend();
    private final Map<Long, String> table = new ConcurrentHashMap<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch fetched = new CountDownLatch(1);
    private final CountDownLatch enter = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private int sessions;

    @BeforeEach
    void fakeDll() {
        when(api.WinHttpOpen(any(), anyInt(), any(), any(), anyInt())).thenAnswer(inv -> {
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
        when(api.WinHttpSetOption(any(), anyInt(), any(), anyInt())).thenReturn(true);
        when(api.WinHttpCloseHandle(any())).thenAnswer(inv -> {
            long value = inv.<HINTERNET>getArgument(0).value();
            events.add("close " + table.remove(value) + " = " + value);
            return true;
        });
        when(api.WinHttpQueryOption(any(), anyInt(), any(), any())).thenAnswer(inv -> {
            fetched.countDown();
            assertTrue(enter.await(20, TimeUnit.SECONDS), "the test never let the call enter");
            long value = inv.<HINTERNET>getArgument(0).value();
            String object = table.get(value);
            events.add("query " + value + " reached " + object);
            if (object == null) {
                lastError.set(ERROR_INVALID_HANDLE);
                return false;
            }
            inv.<Pointer>getArgument(2).setInt(0, 42);
            return true;
        });
    }

    @AfterEach
    void stopThreads() {
        enter.countDown();
        threads.shutdownNow();
    }

    @Test
    void aQueryHeldBeforeTheDllNeverReachesTheSessionThatGetsItsValue() throws Exception {
        WinHttpSession a = WinHttpSession.builder().backend(backend).open();
        CompletableFuture<Throwable> query = CompletableFuture.supplyAsync(() -> {
            try {
                a.queryOption(WINHTTP_OPTION_CONNECT_TIMEOUT);
                return null;
            } catch (WinHttpException | RuntimeException e) {
                return e;
            }
        }, threads);
        assertTrue(fetched.await(10, TimeUnit.SECONDS), "the query took the value");
        a.close();

        CompletableFuture<WinHttpSession> c = CompletableFuture.supplyAsync(() -> {
            try {
                return WinHttpSession.builder().backend(backend).open();
            } catch (WinHttpException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
        Thread.sleep(300);
        assertFalse(c.isDone(), "no session is opened while a value drains: " + events);

        enter.countDown();
        Throwable failure = query.get(10, TimeUnit.SECONDS);
        try (WinHttpSession opened = c.get(10, TimeUnit.SECONDS)) {
            WinHttpException e = assertInstanceOf(WinHttpException.class, failure, "the late call failed");
            assertEquals(ERROR_INVALID_HANDLE, e.errorCode());
            assertEquals(List.of("open session1 = 4", "close session1 = 4", "query 4 reached null",
                    "open session2 = 4"), events, "the value was recycled only after the late call returned");
            assertFalse(opened.isClosed());
        }
    }

    /** Only WinHTTP, over the fake above. */
    private final class ScriptedBackend implements Backend {
        @Override
        public String name() {
            return "scripted-winhttp";
        }

        @Override
        public WinInet wininet() {
            throw new UnsupportedOperationException("the scripted backend has WinHTTP only");
        }

        @Override
        public WinHttp winhttp() {
            return api;
        }

        @Override
        public int lastError() {
            return lastError.get();
        }

        @Override
        public Optional<String> message(int code) {
            return Optional.of("message " + code);
        }

        @Override
        public Optional<String> winHttpMessage(int code) {
            return Optional.of("message " + code);
        }

        @Override
        public void globalFree(Pointer p) {
        }
    }
}
