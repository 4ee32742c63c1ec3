package io.github.winnet4j.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs one task on many threads at once, released together by a barrier, and waits a bounded time
 * for all of them: a hang is a failure that names the threads still running, never a stuck build.
 */
final class Parallel {
    /** One thread's work; {@code index} is the thread's number, 0 to threads − 1. */
    interface Task<T> {
        T run(int index) throws Exception;
    }

    private Parallel() {
    }

    static <T> List<T> run(int threads, long timeoutSeconds, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.run(index);
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            List<T> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                long left = deadline - System.nanoTime();
                try {
                    results.add(futures.get(i).get(Math.max(left, 1), TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    fail("thread " + i + " of " + threads + " still running after " + timeoutSeconds + " s");
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
