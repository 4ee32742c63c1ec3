package io.github.winnet4j.marshal;

import java.io.IOException;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A response body read through a native read call (InternetReadFile, WinHttpReadData) into one
 * reused native buffer, so memory does not grow with the body, or straight into the caller's array
 * where the backend takes arrays ({@link #overArrays}). A read call may report a body that
 * broke off early as its normal end; where a Content-Length is declared, a body that ends short
 * is therefore an error, not an end: a lost tail must not pass for a whole body. The WinINet and
 * WinHTTP request wrappers supply the calls and their own exception for the short body.
 */
public final class BodyInputStream extends BlockInputStream {
    /** The failure for a body that ended after {@code received} of its {@code declared} bytes. */
    @FunctionalInterface
    public interface ShortBody {
        IOException failure(long received, long declared);
    }

    private final Object request;
    private final long declared;
    private final ArrayTransfer.Reader reader;
    private final BooleanSupplier requestClosed;
    private final ShortBody shortBody;
    private long received;
    private boolean eof;
    private boolean closed;

    /**
     * @param request       the request, named in messages (its current {@code toString()})
     * @param declared      the Content-Length to hold the body to, or -1
     * @param reader        the read call
     * @param requestClosed whether the request handle is closed (reads then fail)
     * @param shortBody     the failure for a body shorter than {@code declared}
     */
    public BodyInputStream(Object request, long declared, NativeBuffer.Reader reader,
                           BooleanSupplier requestClosed, ShortBody shortBody) {
        this(request, declared, ArrayTransfer.overNative(reader), requestClosed, shortBody);
    }

    private BodyInputStream(Object request, long declared, ArrayTransfer.Reader reader,
                            BooleanSupplier requestClosed, ShortBody shortBody) {
        this.request = request;
        this.declared = declared;
        this.reader = reader;
        this.requestClosed = requestClosed;
        this.shortBody = shortBody;
    }

    /**
     * As the constructor, with a read call that takes the caller's array itself (no native buffer);
     * each call asks for at most {@link NativeBuffer#BYTES}, as through the native buffer.
     */
    public static BodyInputStream overArrays(Object request, long declared, ArrayTransfer.Reader reader,
                                             BooleanSupplier requestClosed, ShortBody shortBody) {
        return new BodyInputStream(request, declared, ArrayTransfer.capped(reader), requestClosed, shortBody);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("the body stream of " + request + " is closed");
        }
        if (len == 0) {
            return 0;
        }
        if (eof) {
            return -1;
        }
        if (requestClosed.getAsBoolean()) {
            throw new IOException(request + " is closed");
        }
        int n = reader.read(b, off, len);
        if (n == 0) {
            eof = true;
            if (declared >= 0 && received < declared) {
                throw shortBody.failure(received, declared);
            }
            return -1;
        }
        received += n;
        return n;
    }

    /** Ends this stream only; the request stays open. */
    @Override
    public synchronized void close() {
        closed = true;
    }
}
