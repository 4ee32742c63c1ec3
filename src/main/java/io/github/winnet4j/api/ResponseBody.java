package io.github.winnet4j.api;

import com.sun.jna.Memory;

import java.io.IOException;
import java.io.InputStream;

/**
 * The response body of an {@link HttpRequest} as an {@link InputStream} over InternetReadFile.
 * One native buffer is reused for every read, so memory does not grow with the body.
 */
final class ResponseBody extends InputStream {
    static final int BUFFER_BYTES = 64 * 1024;

    private final HttpRequest request;
    private final Memory buffer = new Memory(BUFFER_BYTES);
    private boolean eof;
    private boolean closed;

    ResponseBody(HttpRequest request) {
        this.request = request;
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
            return -1;
        }
        buffer.read(0, b, off, n);
        return n;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
