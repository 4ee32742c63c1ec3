package io.github.winnet4j.cli;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code --max-time}: when the time is up, closes the session from another thread, which cancels
 * whatever call is blocked under it (WinINet's way to abort), and remembers that it did so the
 * failure that follows is reported as a timeout.
 */
final class Deadline implements AutoCloseable {
    private final Thread timer;
    private final AtomicBoolean expired = new AtomicBoolean();
    private final Duration limit;
    private final long startNanos = System.nanoTime();

    private Deadline(Duration limit, AutoCloseable target) {
        this.limit = limit;
        if (limit == null) {
            timer = null;
            return;
        }
        timer = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            expired.set(true);
            try {
                target.close();
            } catch (Exception ignored) {
                // the main thread reports the timeout
            }
        }, "winnet-max-time");
        timer.setDaemon(true);
        timer.start();
    }

    /** Starts the clock; {@code limit} {@code null} means none. */
    static Deadline start(Duration limit, AutoCloseable target) {
        return new Deadline(limit, target);
    }

    /**
     * Whether the time is up: the timer closed the session, or the limit has passed by now. The
     * second case covers a failure that raced the timer (a receive timeout equal to the limit,
     * reported by some wininet implementations as a broken connection rather than a timeout).
     */
    boolean expired() {
        return expired.get() || (limit != null && System.nanoTime() - startNanos >= limit.toNanos());
    }

    /** The failure to report when the time ran out. */
    CliFailure failure() {
        return new CliFailure(ExitCodes.TIMEOUT, "operation timed out after " + limit.toMillis()
                + " ms (--max-time); the transfer was cancelled");
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.interrupt();
        }
    }
}
