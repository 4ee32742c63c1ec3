package io.github.winnet4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the heap in use every few milliseconds while a transfer runs and keeps the peak: the
 * figure behind "memory use does not grow with the length".
 */
final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        peak = used();
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private void sample() {
        while (running) {
            long now = used();
            if (now > peak) {
                peak = now;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakBytes() {
        return peak;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
