package io.github.winnet4j.api;

import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.HeapTransfer;
import io.github.winnet4j.marshal.ArrayTransfer;
import io.github.winnet4j.marshal.BlockOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * A remote file being written, as an {@link OutputStream} over InternetWriteFile. One fixed native
 * buffer is reused, so memory does not grow with the file; where the backend takes arrays
 * ({@link io.github.winnet4j.backends.HeapTransfer}) it writes straight from the caller's array. {@link #close()} completes the
 * transfer (InternetCloseHandle waits for the server's final reply) and throws when that fails:
 * a file is only known to be stored once close returned normally.
 */
final class FtpWriteStream extends BlockOutputStream {
    private final FtpFile file;
    private final ArrayTransfer.Writer writer;

    FtpWriteStream(FtpFile file) {
        this.file = file;
        Optional<HeapTransfer> heap = file.heapTransfer();
        if (heap.isPresent()) {
            HeapTransfer calls = heap.get();
            IntByReference written = new IntByReference();
            writer = (b, off, len) -> file.write(calls, written, b, off, len);
        } else {
            writer = ArrayTransfer.overNative(file::write, this::wroteNothing);
        }
    }

    private IOException wroteNothing() {
        return new IOException(file + ": InternetWriteFile wrote nothing");
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (file.isClosed()) {
            throw new IOException(file + ": the stream is closed");
        }
        // Bounded: every pass writes at least one byte or throws.
        while (len > 0) {
            int chunk = writer.write(b, off, len);
            if (chunk <= 0) {
                throw wroteNothing();
            }
            off += chunk;
            len -= chunk;
        }
    }

    /** Completes the transfer; idempotent. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
