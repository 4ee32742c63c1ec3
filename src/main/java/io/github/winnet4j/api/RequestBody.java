package io.github.winnet4j.api;

import com.sun.jna.Memory;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A request body of declared length written through InternetWriteFile. {@link #close()} ends the
 * request (HttpEndRequestW) once exactly the declared number of bytes has been written, and refuses
 * to when it has not: a short body would leave the server waiting.
 */
final class RequestBody extends OutputStream {
    static final int BUFFER_BYTES = 64 * 1024;

    private final HttpRequest request;
    private final long declared;
    private final Memory buffer = new Memory(BUFFER_BYTES);
    private long written;
    private boolean closed;

    RequestBody(HttpRequest request, long declared) {
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
            // Bounded: each successful InternetWriteFile consumes at least one byte or we stop.
            while (done < chunk) {
                int n = request.write(buffer.share(done), chunk - done);
                if (n <= 0) {
                    throw new IOException("InternetWriteFile wrote nothing for " + request);
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
                    + declared + " bytes; the request was not completed");
        }
        request.endStreaming();
    }
}
