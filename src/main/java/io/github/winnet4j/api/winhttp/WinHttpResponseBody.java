package io.github.winnet4j.api.winhttp;

import com.sun.jna.Memory;
import io.github.winnet4j.raw.WinHttpErrors;

import java.io.IOException;
import java.io.InputStream;

/** The body of a {@link WinHttpRequest} over WinHttpReadData, through one reused native buffer. */
final class WinHttpResponseBody extends InputStream {
    static final int BUFFER_BYTES = 64 * 1024;

    private final WinHttpRequest request;
    private final long declared;
    private final Memory buffer = new Memory(BUFFER_BYTES);
    private long received;
    private boolean eof;
    private boolean closed;

    /** @param declared the Content-Length to hold the body to, or -1 */
    WinHttpResponseBody(WinHttpRequest request, long declared) {
        this.request = request;
        this.declared = declared;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("the body stream of " + request + " is closed");
        }
        if (len == 0) {
            return 0;
        }
        if (eof) {
            return -1;
        }
        if (request.isClosed()) {
            throw new IOException(request + " is closed");
        }
        int n = request.read(buffer, Math.min(len, BUFFER_BYTES));
        if (n == 0) {
            eof = true;
            if (declared >= 0 && received < declared) {
                // A body that broke off early must not pass for a whole one.
                throw new WinHttpException("WinHttpReadData", WinHttpErrors.ERROR_WINHTTP_CONNECTION_ERROR,
                        "ERROR_WINHTTP_CONNECTION_ERROR", "The response ended after " + received + " of the "
                        + declared + " bytes its Content-Length declared.", request.toString());
            }
            return -1;
        }
        received += n;
        buffer.read(0, b, off, n);
        return n;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
