package io.github.winnet4j.marshal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A request body of declared length written through a native write call (InternetWriteFile,
 * WinHttpWriteData) from one reused native buffer, so memory does not grow with the body, or
 * straight from the caller's array where the backend takes arrays ({@link #overArrays}). It
 * refuses bytes beyond the declared length, and {@link #close()} refuses to finish a shorter body:
 * the server would keep waiting for the rest. The WinINet and WinHTTP request wrappers supply the
 * calls; applications only ever see an {@link OutputStream}.
 */
public final class DeclaredLengthOutputStream extends BlockOutputStream {
    /** Completes the request once every declared byte has been written. */
    @FunctionalInterface
    public interface Completion {
        void complete() throws IOException;
    }

    private final Object request;
    private final long declared;
    private final String writeCall;
    private final ArrayTransfer.Writer writer;
    private final Completion completion;
    private final String incomplete;
    private long written;
    private boolean closed;

    /**
     * @param request    the request, named in messages (its current {@code toString()})
     * @param declared   the body length announced to the server
     * @param writeCall  the write entry point, named when it writes nothing
     * @param writer     the write call
     * @param completion what {@link #close()} does after exactly {@code declared} bytes
     * @param incomplete what a short body means for the request, ending that message
     */
    public DeclaredLengthOutputStream(Object request, long declared, String writeCall, NativeBuffer.Writer writer,
                                      Completion completion, String incomplete) {
        this(request, declared, writeCall, ArrayTransfer.overNative(writer,
                () -> new IOException(writeCall + " wrote nothing for " + request)), completion, incomplete);
    }

    private DeclaredLengthOutputStream(Object request, long declared, String writeCall, ArrayTransfer.Writer writer,
                                       Completion completion, String incomplete) {
        this.request = request;
        this.declared = declared;
        this.writeCall = writeCall;
        this.writer = writer;
        this.completion = completion;
        this.incomplete = incomplete;
    }

    /** As the constructor, with a write call that takes the caller's array itself (no native buffer). */
    public static DeclaredLengthOutputStream overArrays(Object request, long declared, String writeCall,
                                                        ArrayTransfer.Writer writer, Completion completion,
                                                        String incomplete) {
        return new DeclaredLengthOutputStream(request, declared, writeCall, writer, completion, incomplete);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("the request body of " + request + " is closed");
        }
        if (written + len > declared) {
            throw new IOException("the request body of " + request + " would exceed its declared length of "
                    + declared + " bytes (" + written + " written, " + len + " more offered)");
        }
        // Bounded: every pass takes at least one byte or throws.
        while (len > 0) {
            int chunk = writer.write(b, off, len);
            if (chunk <= 0) {
                throw new IOException(writeCall + " wrote nothing for " + request);
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
                    + declared + " bytes; " + incomplete);
        }
        completion.complete();
    }
}
