package io.github.winnet4j.api;

import com.sun.jna.Memory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A remote file (or a command's data connection) as an {@link InputStream} over InternetReadFile.
 * One fixed native buffer is reused for every read, so memory does not grow with the file.
 * Closing the stream closes the transfer handle, which frees the session for other calls.
 */
final class FtpReadStream extends InputStream {
    static final int BUFFER_BYTES = 64 * 1024;

    private final FtpFile file;
    private final Memory buffer = new Memory(BUFFER_BYTES);
    private boolean eof;

    FtpReadStream(FtpFile file) {
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
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
        int n = file.read(buffer, Math.min(len, BUFFER_BYTES));
        if (n == 0) {
            eof = true;
            return -1;
        }
        buffer.read(0, b, off, n);
        return n;
    }

    /** Closes the transfer handle; idempotent. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
