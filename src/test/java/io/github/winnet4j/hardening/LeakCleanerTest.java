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
        try (InternetSession kept = InternetSession.builder().backend(backend).direct().agent("winnet4j-kept").open()) {
            // A connection and its request dropped under a session still in use.
            String tag = "winnet4j-abandoned-" + System.nanoTime();
            List<String> children = abandonChildren(kept, tag);
            assertEquals(2, children.size(), "opened: " + children);
            collectUntilClosed(children);
            assertWarned(records, children.get(0));
            // A whole tree dropped: session, connection, request.
            List<String> tree = abandonTree(backend, tag + "-tree");
            assertEquals(3, tree.size(), "opened: " + tree);
            collectUntilClosed(tree);
            assertWarned(records, tree.get(0));
            assertFalse(kept.isClosed(), "the session in use was closed with its abandoned children");
        } finally {
            logger.removeHandler(capture);
        }
    }

    /**
     * Collects until none of {@code descriptions} is open. Which of them the Cleaner reaches first
     * is the collector's choice; a parent's close closes its children, so only the topmost dropped
     * handle is sure to be reported by its own warning.
     */
    private static void collectUntilClosed(List<String> descriptions) throws InterruptedException {
        // Bounded: at most MAX_GC_ROUNDS collections, 50 ms apart (5 s).
        for (int i = 0; i < MAX_GC_ROUNDS && anyOpen(descriptions); i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertFalse(anyOpen(descriptions), "still open after " + MAX_GC_ROUNDS + " collections: "
                + InternetHandle.openHandles());
    }

    private static void assertWarned(List<LogRecord> records, String description) {
        assertTrue(records.stream().anyMatch(r -> r.getLevel() == Level.WARNING
                        && r.getMessage().contains(description) && r.getMessage().contains("was never closed")),
                "no warning for " + description + " in " + records.stream().map(LogRecord::getMessage).toList());
    }

    /** Opens a connection and a request under {@code session} and drops them; their descriptions, topmost first. */
    private static List<String> abandonChildren(InternetSession session, String tag) throws Exception {
        HttpConnection connection = session.connection(Loopback.HOST).port(9).user(tag).open();
        connection.openRequest("GET", "/" + tag);
        return InternetHandle.openHandles().stream()
                .filter(d -> d.startsWith("HttpConnection(") && d.equals(connection.toString()) || d.contains("/" + tag + ")"))
                .sorted((a, b) -> a.startsWith("HttpConnection") ? -1 : b.startsWith("HttpConnection") ? 1 : 0)
                .toList();
    }

    /** Opens a session, a connection and a request and drops them; their descriptions, the session first. */
    private static List<String> abandonTree(Backend backend, String tag) throws Exception {
        InternetSession session = InternetSession.builder().backend(backend).direct().agent(tag).open();
        String sessionDescription = session.toString();
        List<String> children = abandonChildren(session, tag);
        List<String> all = new java.util.ArrayList<>();
        all.add(sessionDescription);
        all.addAll(children);
        return all;
    }

    private static boolean anyOpen(List<String> descriptions) {
        List<String> open = InternetHandle.openHandles();
        return descriptions.stream().anyMatch(open::contains);
    }
}
