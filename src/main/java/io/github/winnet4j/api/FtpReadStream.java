package io.github.winnet4j.api;

import io.github.winnet4j.marshal.BlockInputStream;
import io.github.winnet4j.marshal.NativeBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A remote file (or a command's data connection) as an {@link InputStream} over InternetReadFile.
 * One fixed native buffer is reused for every read, so memory does not grow with the file.
 * Closing the stream closes the transfer handle, which frees the session for other calls.
 */
final class FtpReadStream extends BlockInputStream {
    private final FtpFile file;
    private final NativeBuffer buffer = new NativeBuffer();
    private boolean eof;

    FtpReadStream(FtpFile file) {
        this.file = file;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (file.isClosed()) {
            throw new IOException(file + ": the stream is closed");
        }
        if (len == 0) {
            return 0;
        }
        if (eof) {
            return -1;
        }
        int n = buffer.read(b, off, len, file::read);
        if (n == 0) {
            eof = true;
            return -1;
        }
        return n;
    }

    /** Closes the transfer handle; idempotent. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
