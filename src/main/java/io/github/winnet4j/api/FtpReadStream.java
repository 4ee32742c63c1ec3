package io.github.winnet4j.api;

import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.HeapTransfer;
import io.github.winnet4j.marshal.ArrayTransfer;
import io.github.winnet4j.marshal.BlockInputStream;
import io.github.winnet4j.marshal.NativeBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * A remote file (or a command's data connection) as an {@link InputStream} over InternetReadFile.
 * One fixed native buffer is reused for every read, so memory does not grow with the file; where
 * the backend takes arrays ({@link io.github.winnet4j.backends.HeapTransfer}) it reads straight into
 * the caller's array instead, at most {@link NativeBuffer#BYTES} a call, as through the buffer.
 * Closing the stream closes the transfer handle, which frees the session for other calls.
 */
final class FtpReadStream extends BlockInputStream {
    private final FtpFile file;
    private final ArrayTransfer.Reader reader;
    private boolean eof;

    FtpReadStream(FtpFile file) {
        this.file = file;
        Optional<HeapTransfer> heap = file.heapTransfer();
        if (heap.isPresent()) {
            HeapTransfer calls = heap.get();
            IntByReference read = new IntByReference();
            reader = ArrayTransfer.capped((b, off, len) -> file.read(calls, read, b, off, len));
        } else {
            reader = ArrayTransfer.overNative(file::read);
        }
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
        int n = reader.read(b, off, len);
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
