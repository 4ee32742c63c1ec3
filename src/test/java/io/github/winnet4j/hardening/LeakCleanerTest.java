package io.github.winnet4j.hardening;

import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.InternetHandle;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Cleaner safety net: a session, connection and request that are dropped without being closed
 * are closed once they become unreachable, with a warning naming each in the log (captured here
 * through a {@code java.util.logging} handler, where {@code System.Logger} goes by default), and
 * {@link InternetHandle#openHandles()} no longer lists them.
 */
class LeakCleanerTest {
    static final int MAX_GC_ROUNDS = 100;

    @AllBackends
    void abandonedHandlesAreClosedAndReported(Backend backend) throws Exception {
        Logger logger = Logger.getLogger(InternetHandle.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            String agent = "winnet4j-abandoned-" + System.nanoTime();
            List<String> abandoned = abandon(backend, agent);
            assertEquals(3, abandoned.size(), "opened: " + abandoned);
            // Bounded: at most MAX_GC_ROUNDS collections, 50 ms apart (5 s).
            for (int i = 0; i < MAX_GC_ROUNDS && anyOpen(abandoned); i++) {
                System.gc();
                Thread.sleep(50);
            }
            assertFalse(anyOpen(abandoned), "still open after " + MAX_GC_ROUNDS + " collections: "
                    + InternetHandle.openHandles());
            for (String description : abandoned) {
                assertTrue(records.stream().anyMatch(r -> r.getLevel() == Level.WARNING
                                && r.getMessage().contains(description) && r.getMessage().contains("was never closed")),
                        "no warning for " + description + " in " + records.stream().map(LogRecord::getMessage).toList());
            }
        } finally {
            logger.removeHandler(capture);
        }
    }

    /** Opens a session, a connection and a request, and drops them; returns their descriptions. */
    private static List<String> abandon(Backend backend, String agent) throws Exception {
        InternetSession session = InternetSession.builder().backend(backend).direct().agent(agent).open();
        HttpConnection connection = session.connect(Loopback.HOST, 9);
        String path = "/abandoned-" + agent;
        connection.openRequest("GET", path);
        List<String> opened = InternetHandle.openHandles().stream()
                .filter(d -> d.contains(agent) || d.equals("HttpConnection(http://127.0.0.1:9)") || d.contains(path))
                .toList();
        return opened;
    }

    private static boolean anyOpen(List<String> descriptions) {
        List<String> open = InternetHandle.openHandles();
        return descriptions.stream().anyMatch(open::contains);
    }
}
