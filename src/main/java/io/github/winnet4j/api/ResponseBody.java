package io.github.winnet4j.api;

import com.sun.jna.Memory;
import io.github.winnet4j.marshal.Win32Error;
import io.github.winnet4j.raw.WinInetErrors;

import java.io.IOException;
import java.io.InputStream;

/**
 * The response body of an {@link HttpRequest} as an {@link InputStream} over InternetReadFile.
 * One native buffer is reused for every read, so memory does not grow with the body.
 */
final class ResponseBody extends InputStream {
    static final int BUFFER_BYTES = 64 * 1024;

    private final HttpRequest request;
    private final long declared;
    private final Memory buffer = new Memory(BUFFER_BYTES);
    private long received;
    private boolean eof;
    private boolean closed;

    /** @param declared the Content-Length to hold the body to, or -1 */
    ResponseBody(HttpRequest request, long declared) {
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
                // InternetReadFile may report a body that broke off early as its normal end; a lost
                // tail must not pass for a whole file, so the wrapper holds it to Content-Length.
                throw new WinInetException(new Win32Error("InternetReadFile",
                        WinInetErrors.ERROR_INTERNET_CONNECTION_RESET, "ERROR_INTERNET_CONNECTION_RESET",
                        "The response ended after " + received + " of the " + declared
                                + " bytes its Content-Length declared.", null, 0), request.toString());
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
