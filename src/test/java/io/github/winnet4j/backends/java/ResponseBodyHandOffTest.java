package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response body reads what has arrived itself and hands only reads that would block to the
 * pump: the bytes come in order whichever way they were read, and a close from another thread
 * still ends a read that waits for the network.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ResponseBodyHandOffTest {

    /** A response stream fed by the test: bytes {@link #arrive} as the network would deliver them. */
    private static final class Network extends InputStream {
        private final byte[] bytes;
        private int arrived;
        private int position;
        private boolean ended;
        final AtomicInteger blockingReads = new AtomicInteger();

        Network(byte[] bytes) {
            this.bytes = bytes;
        }

        synchronized void arrive(int n) {
            arrived = Math.min(bytes.length, arrived + n);
            notifyAll();
        }

        synchronized void end() {
            ended = true;
            notifyAll();
        }

        @Override
        public synchronized int available() {
            return arrived - position;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            if (arrived == position && !ended) {
                blockingReads.incrementAndGet();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (arrived == position && !ended && System.nanoTime() < deadline) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            if (arrived == position) {
                return -1;
            }
            int n = Math.min(len, arrived - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    @Test
    void bytesThatHaveArrivedAreReadWithoutThePumpAndTheRestThroughIt() throws Exception {
        byte[] content = bytes(200_000);
        Network in = new Network(content);
        in.arrive(150_000);
        ResponseBody body = new ResponseBody(in, content.length, () -> { }, "test-body");
        byte[] into = new byte[content.length];

        assertEquals(100_000, body.read(TransferBuffer.of(into, 0), 100_000));
        assertEquals(0, in.blockingReads.get(), "arrived bytes need no blocking read");

        CompletableFuture<Integer> rest = CompletableFuture.supplyAsync(() -> {
            try {
                return body.read(TransferBuffer.of(into, 100_000), 100_000);
            } catch (Win32Failure f) {
                throw new IllegalStateException(f);
            }
        });
        Thread.sleep(100);
        in.arrive(50_000);
        in.end();

        assertEquals(100_000, rest.get(5, TimeUnit.SECONDS));
        assertArrayEquals(content, into);
        assertEquals(0, body.read(TransferBuffer.of(into, 0), 10));
        assertTrue(in.blockingReads.get() >= 1, "the missing bytes were waited for by the pump");
    }

    @Test
    void cancelEndsAReadWaitingForTheNetworkAndTheConnectionIsDroppedOnce() throws Exception {
        Network in = new Network(bytes(1000));
        in.arrive(10);
        AtomicInteger aborts = new AtomicInteger();
        ResponseBody body = new ResponseBody(in, 1000, aborts::incrementAndGet, "test-body");

        CompletableFuture<Integer> reading = CompletableFuture.supplyAsync(() -> {
            try {
                body.read(TransferBuffer.of(new byte[1000], 0), 1000);
                return 0;
            } catch (Win32Failure f) {
                return f.code;
            }
        });
        Thread.sleep(200);
        assertFalse(reading.isDone());
        body.cancel();

        assertEquals(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED, reading.get(2, TimeUnit.SECONDS));
        in.end(); // the pump's blocked read returns; the pump then drops the connection
        for (int i = 0; i < 100 && aborts.get() == 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(1, aborts.get());
        assertThrows(Win32Failure.class, () -> body.read(TransferBuffer.of(new byte[1], 0), 1));
    }

    @Test
    void cancelOfAnIdleBodyDropsTheConnectionAtOnce() throws Exception {
        Network in = new Network(bytes(200_000));
        in.arrive(100_000);
        AtomicInteger aborts = new AtomicInteger();
        ResponseBody body = new ResponseBody(in, 200_000, aborts::incrementAndGet, "test-body");
        assertEquals(1000, body.read(TransferBuffer.of(new byte[1000], 0), 1000));

        body.cancel();

        assertEquals(1, aborts.get());
        Win32Failure failure = assertThrows(Win32Failure.class, () -> body.read(TransferBuffer.of(new byte[1], 0), 1));
        assertEquals(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED, failure.code);
    }
}
