package io.github.winnet4j.api;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The closed handles whose values are still held by calls ("draining"), and the wait of every
 * handle-opening call until there are none.
 *
 * <p>Windows recycles handle values: a value closed under a call that fetched it but has not yet
 * entered the DLL could be handed to a new handle, and the late call would act on it. Only a
 * handle-opening call hands values out, so those calls wait while a value drains. A draining call
 * ends quickly (the close cancelled it inside the DLL, or it fails at entry); where the DLL does not
 * cancel it (Wine 8), it is blocked inside the DLL, which resolved the value at entry, so after
 * {@link #BOUND_NANOS} the wait gives that handle up with a warning.
 *
 * <p>The common path, no draining value, costs one volatile read per opened handle.
 */
final class HandleDrain {
    /** How long an opening call waits for a draining value, counted from its close. */
    static final long BOUND_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final System.Logger LOG = System.getLogger(InternetHandle.class.getName());
    /** Handles draining and still waited for; the number the fast path reads. */
    private static final AtomicInteger PENDING = new AtomicInteger();
    /** Each draining handle and when it began to drain ({@link System#nanoTime()}). */
    private static final Map<HandleState, Long> SINCE = new ConcurrentHashMap<>();
    private static final Object LOCK = new Object();

    private HandleDrain() {
    }

    /** {@code state} was closed while calls held its value. */
    static void begin(HandleState state) {
        if (SINCE.putIfAbsent(state, System.nanoTime()) == null) {
            PENDING.incrementAndGet();
        }
    }

    /** The last call holding {@code state}'s value returned (or the close that began it did not happen). */
    static void end(HandleState state) {
        if (SINCE.remove(state) != null && PENDING.decrementAndGet() == 0) {
            synchronized (LOCK) {
                LOCK.notifyAll();
            }
        }
    }

    /** Called before every handle-opening call: returns at once unless a value is draining. */
    static void awaitNone() {
        if (PENDING.get() != 0) {
            awaitSlowly();
        }
    }

    /** How many handles are draining and waited for now, for tests and diagnostics. */
    static int pending() {
        return PENDING.get();
    }

    private static void awaitSlowly() {
        long start = System.nanoTime();
        boolean interrupted = false;
        synchronized (LOCK) {
            while (PENDING.get() != 0) {
                long now = System.nanoTime();
                long next = giveUpOverdue(now);
                if (PENDING.get() == 0) {
                    break;
                }
                if (now - start >= BOUND_NANOS) {
                    LOG.log(System.Logger.Level.WARNING, "winnet4j: opening a handle after waiting "
                            + TimeUnit.NANOSECONDS.toMillis(now - start) + " ms for calls on closed handles "
                            + SINCE.keySet() + " to return");
                    break;
                }
                long left = Math.min(next - now, start + BOUND_NANOS - now);
                try {
                    LOCK.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops waiting for handles draining longer than the bound; returns when the next one is due. */
    private static long giveUpOverdue(long now) {
        long next = now + BOUND_NANOS;
        for (Iterator<Map.Entry<HandleState, Long>> it = SINCE.entrySet().iterator(); it.hasNext();) {
            Map.Entry<HandleState, Long> e = it.next();
            long due = e.getValue() + BOUND_NANOS;
            if (due - now <= 0) {
                if (SINCE.remove(e.getKey(), e.getValue())) {
                    PENDING.decrementAndGet();
                    LOG.log(System.Logger.Level.WARNING, "winnet4j: " + e.getKey().description
                            + " was closed " + TimeUnit.NANOSECONDS.toMillis(now - e.getValue())
                            + " ms ago and calls on it have not returned (the DLL did not cancel them);"
                            + " new handles no longer wait for them");
                }
            } else if (due - next < 0) {
                next = due;
            }
        }
        return next;
    }
}
