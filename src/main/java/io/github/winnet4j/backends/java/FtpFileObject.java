package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.Socket;

/**
 * The object behind an FtpOpenFileW handle (and FtpCommandW's data handle, and InternetOpenUrlW
 * for ftp://): one open data connection, read with InternetReadFile or written with
 * InternetWriteFile through a fixed 64 KiB buffer (or straight from and into a caller's array, see
 * {@link TransferBuffer}), so memory stays bounded whatever the size.
 * While it is open its session is busy; closing it completes the transfer
 * ({@link FtpTransfers#finish}). Reads and writes are serialised on {@link #lock}; close
 * ({@link #release()}) never takes it and closes the socket, which ends a blocked read or write.
 */
final class FtpFileObject extends InternetObject {
    static final int CHUNK_BYTES = 64 * 1024;

    final FtpSessionObject session;
    final boolean writing;
    /** The file's size from SIZE before the transfer, or -1. */
    final long size;
    /** The SIZE reply when it failed, replayed by FtpGetFileSize. */
    final LastResponseInfo.Info sizeFailure;
    final Object lock = new Object();

    private final Socket socket;
    private final PushbackInputStream in;
    private final OutputStream out;
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private volatile long transferred;
    private volatile boolean ended;

    FtpFileObject(long handle, FtpSessionObject session, Socket socket, boolean writing, long size,
                  LastResponseInfo.Info sizeFailure, long context) throws IOException {
        super(handle, session, context);
        this.session = session;
        this.socket = socket;
        this.writing = writing;
        this.size = size;
        this.sizeFailure = sizeFailure;
        this.in = writing ? null : new PushbackInputStream(socket.getInputStream(), 1);
        this.out = writing ? socket.getOutputStream() : null;
    }

    @Override
    int handleType() {
        return WinInetConstants.INTERNET_HANDLE_TYPE_FTP_FILE;
    }

    /** Bytes read or written so far. */
    long transferred() {
        return transferred;
    }

    /** Whether a read reached the end of the data. */
    boolean ended() {
        return ended;
    }

    /** Reads until {@code length} bytes or the end of the data; 0 at the end. */
    int read(TransferBuffer buffer, int length) throws Win32Failure {
        if (writing) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_STATE);
        }
        synchronized (lock) {
            int total = 0;
            try {
                while (total < length && !ended) {
                    int n = buffer.readFrom(in, total, length - total, chunk);
                    if (n < 0) {
                        ended = true;
                        break;
                    }
                    total += n;
                    transferred += n;
                }
            } catch (IOException e) {
                throw FtpFailures.during(this, e);
            }
            if (isClosed()) {
                throw new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED);
            }
            return total;
        }
    }

    /** Writes {@code length} bytes. */
    void write(TransferBuffer buffer, int length) throws Win32Failure {
        if (!writing) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_STATE);
        }
        synchronized (lock) {
            try {
                buffer.writeTo(out, Integer.toUnsignedLong(length), chunk);
                transferred += Integer.toUnsignedLong(length);
            } catch (IOException e) {
                throw FtpFailures.during(this, e);
            }
            if (isClosed()) {
                throw new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED);
            }
        }
    }

    /**
     * Bytes readable without blocking; when none have arrived yet, waits for the first, so that
     * 0 means the end of the data (the WinINet contract).
     */
    int available() throws Win32Failure {
        if (writing) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_STATE);
        }
        synchronized (lock) {
            try {
                if (ended) {
                    return 0;
                }
                int n = in.available();
                if (n > 0) {
                    return n;
                }
                int first = in.read();
                if (first < 0) {
                    ended = true;
                    return 0;
                }
                in.unread(first);
                return Math.max(1, in.available());
            } catch (IOException e) {
                throw FtpFailures.during(this, e);
            }
        }
    }

    @Override
    void release() {
        FtpSessionObject.closeQuietly(socket);
    }
}
