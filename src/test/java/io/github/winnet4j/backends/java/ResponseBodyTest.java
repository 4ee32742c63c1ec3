package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import io.github.winnet4j.raw.WinInetErrors;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response body's two ways of reading: a small declared body that has fully arrived is taken
 * at once, anything else through the pump thread; both give the same bytes and the same failures.
 */
class ResponseBodyTest {

    /** A response stream that records whether it was closed (given back) and may claim more than it has. */
    private static final class Stream extends ByteArrayInputStream {
        final AtomicBoolean closed = new AtomicBoolean();
        final int claimed;

        Stream(byte[] bytes, int claimed) {
            super(bytes);
            this.claimed = claimed;
        }

        @Override
        public synchronized int available() {
            return claimed;
        }

        @Override
        public void close() throws IOException {
            closed.set(true);
            super.close();
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private static byte[] readAll(ResponseBody body, int expected) throws Win32Failure {
        Memory m = new Memory(Math.max(1, expected) + 100);
        int total = 0;
        for (int calls = 0; calls < 1000; calls++) {
            int n = body.read(m, total, 1000);
            if (n == 0) {
                return m.getByteArray(0, total);
            }
            total += n;
        }
        throw new AssertionError("the body did not end within 1000 reads");
    }

    @Test
    void smallBodyThatHasArrivedIsReadWholeAndItsConnectionGivenBack() throws Exception {
        byte[] content = bytes(100);
        Stream in = new Stream(content, 100);
        AtomicBoolean aborted = new AtomicBoolean();
        ResponseBody body = new ResponseBody(in, 100, () -> aborted.set(true), "test-body");

        assertArrayEquals(content, readAll(body, 100));
        assertTrue(in.closed.get(), "a fully read body returns its connection to the pool");
        assertFalse(aborted.get());
        assertEquals(0, body.available());
    }

    @Test
    void emptyDeclaredBodyEndsAtOnce() throws Exception {
        Stream in = new Stream(new byte[0], 0);
        ResponseBody body = new ResponseBody(in, 0, () -> { }, "test-body");

        assertEquals(0, body.read(new Memory(16), 0, 16));
        assertTrue(in.closed.get());
    }

    @Test
    void bodyNotYetArrivedIsPumpedAndGivesTheSameBytes() throws Exception {
        byte[] content = bytes(100);
        Stream in = new Stream(content, 10); // only part has arrived: no shortcut
        ResponseBody body = new ResponseBody(in, 100, () -> { }, "test-body");

        assertArrayEquals(content, readAll(body, 100));
    }

    @Test
    void largerBodyThanOneChunkIsPumped() throws Exception {
        byte[] content = bytes(ResponseBody.CHUNK_BYTES * 2 + 5);
        Stream in = new Stream(content, content.length);
        ResponseBody body = new ResponseBody(in, content.length, () -> { }, "test-body");

        Memory m = new Memory(content.length);
        int total = 0;
        for (int calls = 0; calls < 100 && total < content.length; calls++) {
            total += body.read(m, total, content.length - total);
        }
        assertArrayEquals(content, m.getByteArray(0, content.length));
        assertEquals(0, body.read(m, 0, 1));
    }

    @Test
    void smallBodyShorterThanDeclaredFailsAsAResetAndDropsTheConnection() {
        Stream in = new Stream(bytes(40), 100); // claims the whole body, ends after 40 bytes
        AtomicBoolean aborted = new AtomicBoolean();
        ResponseBody body = new ResponseBody(in, 100, () -> aborted.set(true), "test-body");

        Win32Failure failure = assertThrows(Win32Failure.class, () -> readAll(body, 100));
        assertEquals(WinInetErrors.ERROR_INTERNET_CONNECTION_RESET, failure.code);
        assertTrue(aborted.get());
    }

    @Test
    void failingStreamFailsTheRead() {
        InputStream in = new InputStream() {
            @Override
            public int available() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        AtomicBoolean aborted = new AtomicBoolean();
        ResponseBody body = new ResponseBody(in, 10, () -> aborted.set(true), "test-body");

        assertThrows(Win32Failure.class, () -> body.read(new Memory(16), 0, 16));
        assertTrue(aborted.get());
    }

    @Test
    void cancelledBodyReadsNothing() {
        ResponseBody body = new ResponseBody(new Stream(bytes(100), 100), 100, () -> { }, "test-body");
        body.cancel();

        Win32Failure failure = assertThrows(Win32Failure.class, () -> body.read(new Memory(16), 0, 16));
        assertEquals(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED, failure.code);
    }
}
