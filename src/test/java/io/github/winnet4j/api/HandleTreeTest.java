package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The session → connection → request tree on every backend. */
class HandleTreeTest {

    @AllBackends
    void closingTheSessionClosesItsChildren(Backend backend) throws Exception {
        int before = InternetHandle.openHandles().size();
        InternetSession s = InternetSession.builder().backend(backend).direct().open();
        HttpConnection c = s.connect(Loopback.HOST, 1);
        HttpRequest r1 = c.openRequest("GET", "/1");
        HttpRequest r2 = c.openRequest("GET", "/2");
        assertEquals(before + 4, InternetHandle.openHandles().size());
        s.close();
        assertTrue(s.isClosed() && c.isClosed() && r1.isClosed() && r2.isClosed());
        assertEquals(before, InternetHandle.openHandles().size());
        s.close();
        r1.close();
    }

    @AllBackends
    void closeIsIdempotentAcrossThreads(Backend backend) throws Exception {
        InternetSession s = InternetSession.builder().backend(backend).direct().open();
        HttpConnection c = s.connect(Loopback.HOST, 1);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await(5, TimeUnit.SECONDS);
                    (Math.random() < 0.5 ? c : s).close();
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(10_000);
        }
        s.close();
        assertEquals(List.of(), errors);
        assertTrue(s.isClosed() && c.isClosed());
    }

    @AllBackends
    void closingARequestLeavesItsParentsOpen(Backend backend) throws Exception {
        try (InternetSession s = InternetSession.builder().backend(backend).direct().open();
             HttpConnection c = s.connect(Loopback.HOST, 1)) {
            HttpRequest r = c.openRequest("GET", "/");
            r.close();
            assertTrue(r.isClosed());
            assertFalse(c.isClosed());
            try (HttpRequest again = c.openRequest("GET", "/")) {
                assertFalse(again.isClosed());
            }
        }
    }

    @AllBackends
    void aRequestOutlivesItsDroppedConnectionObject(Backend backend) throws Exception {
        try (okhttp3.mockwebserver.MockWebServer server = Loopback.http();
             InternetSession s = InternetSession.builder().backend(backend).direct().open()) {
            server.enqueue(new okhttp3.mockwebserver.MockResponse().setBody("still here"));
            HttpConnection connection = s.connect(Loopback.HOST, server.getPort());
            java.lang.ref.WeakReference<HttpConnection> gone = new java.lang.ref.WeakReference<>(connection);
            HttpRequest request = connection.openRequest("GET", "/");
            connection = null;
            // Bounded: collect until the connection object is gone, then give its Cleaner time to run.
            for (int i = 0; i < 200 && gone.get() != null; i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertNull(gone.get(), "the connection object should have been collected");
            Thread.sleep(200);
            request.send();
            assertEquals("still here", new String(request.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            request.close();
            // The connection is closed with its last child.
            for (int i = 0; i < 100 && InternetHandle.openHandles().stream().anyMatch(d -> d.startsWith("HttpConnection")); i++) {
                Thread.sleep(10);
            }
            assertTrue(InternetHandle.openHandles().stream().noneMatch(d -> d.startsWith("HttpConnection")),
                    InternetHandle.openHandles().toString());
        }
    }
}
