package io.github.winnet4j.api.winhttp;

import com.sun.jna.Memory;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A request body of declared length written through WinHttpWriteData. {@link #close()} refuses to
 * finish a body shorter than declared: the server would keep waiting for the rest.
 */
final class WinHttpRequestBody extends OutputStream {
    static final int BUFFER_BYTES = 64 * 1024;

    private final WinHttpRequest request;
    private final long declared;
    private final Memory buffer = new Memory(BUFFER_BYTES);
    private long written;
    private boolean closed;

    WinHttpRequestBody(WinHttpRequest request, long declared) {
        this.request = request;
        this.declared = declared;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("the request body of " + request + " is closed");
        }
        if (written + len > declared) {
            throw new IOException("the request body of " + request + " would exceed its declared length of "
                    + declared + " bytes (" + written + " written, " + len + " more offered)");
        }
        while (len > 0) {
            int chunk = Math.min(len, BUFFER_BYTES);
            buffer.write(0, b, off, chunk);
            int done = 0;
            // Bounded: every WinHttpWriteData consumes at least one byte or the loop stops.
            while (done < chunk) {
                int n = request.write(buffer.share(done), chunk - done);
                if (n <= 0) {
                    throw new IOException("WinHttpWriteData wrote nothing for " + request);
                }
                done += n;
            }
            written += chunk;
            off += chunk;
            len -= chunk;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (written != declared) {
            throw new IOException("the request body of " + request + " has " + written + " of its declared "
                    + declared + " bytes; the request cannot be completed");
        }
        request.endStreaming();
    }
}
