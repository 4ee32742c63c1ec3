package io.github.winnet4j.api;

import io.github.winnet4j.marshal.BlockOutputStream;
import io.github.winnet4j.marshal.NativeBuffer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A remote file being written, as an {@link OutputStream} over InternetWriteFile. One fixed native
 * buffer is reused, so memory does not grow with the file. {@link #close()} completes the
 * transfer (InternetCloseHandle waits for the server's final reply) and throws when that fails:
 * a file is only known to be stored once close returned normally.
 */
final class FtpWriteStream extends BlockOutputStream {
    private final FtpFile file;
    private final NativeBuffer buffer = new NativeBuffer();

    FtpWriteStream(FtpFile file) {
        this.file = file;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (file.isClosed()) {
            throw new IOException(file + ": the stream is closed");
        }
        // Bounded: every pass writes at least one byte or throws.
        while (len > 0) {
            int chunk = buffer.writeChunk(b, off, len, file::write,
                    () -> new IOException(file + ": InternetWriteFile wrote nothing"));
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
