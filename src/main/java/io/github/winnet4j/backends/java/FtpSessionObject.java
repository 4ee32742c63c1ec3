package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The object behind an InternetConnectW handle for FTP: a logged-in control connection.
 *
 * <p>One thing at a time per session, as with WinINet: a command holds {@link #enter()} for its
 * duration, and an open find, file or command handle is the session's {@link #transfer} until it
 * is closed. Meanwhile every other operation fails at once with ERROR_FTP_TRANSFER_IN_PROGRESS
 * (nothing ever waits for the session). Closing the session ({@link #release()}) closes the
 * control socket and any data connection in use, which ends a blocked operation on another
 * thread with ERROR_INTERNET_OPERATION_CANCELLED.
 */
final class FtpSessionObject extends InternetObject {
    final SessionObject session;
    final String host;
    final int port;
    final boolean passive;
    /** True for the session InternetOpenUrlW creates behind its file handle (no handle returned). */
    final boolean implicit;
    final FtpControlClient client = new FtpControlClient();

    private final ReentrantLock lock = new ReentrantLock();
    /** The open find, file or command handle that keeps the session busy, or {@code null}. */
    private volatile InternetObject transfer;
    /** The data stream of a blocking transfer in progress (FtpGetFileW, FtpPutFileW, a listing). */
    private volatile Closeable activeData;
    /** Whether the server announced MLST in its FEAT reply (listings then use MLSD). */
    volatile boolean mlst;

    FtpSessionObject(long handle, SessionObject session, String host, int port, boolean passive, long context,
                     boolean implicit) {
        super(handle, session, context);
        this.session = session;
        this.host = host;
        this.port = port;
        this.passive = passive;
        this.implicit = implicit;
        client.addProtocolCommandListener(FtpReplies.RECORDER);
    }

    @Override
    int handleType() {
        return WinInetConstants.INTERNET_HANDLE_TYPE_CONNECT_FTP;
    }

    /**
     * Takes the session for one operation.
     *
     * @throws Win32Failure ERROR_FTP_TRANSFER_IN_PROGRESS when another operation or an open
     *                      find/file handle has it
     */
    void enter() throws Win32Failure {
        if (!lock.tryLock()) {
            throw new Win32Failure(WinInetErrors.ERROR_FTP_TRANSFER_IN_PROGRESS);
        }
        if (transfer != null) {
            lock.unlock();
            throw new Win32Failure(WinInetErrors.ERROR_FTP_TRANSFER_IN_PROGRESS);
        }
    }

    /** Takes the session to finish an open file handle's transfer, waiting for a command in flight. */
    void enterToFinish() {
        lock.lock();
    }

    void exit() {
        lock.unlock();
    }

    /** Makes {@code handle} the session's transfer (call while entered). */
    void beginTransfer(InternetObject handle) {
        transfer = handle;
    }

    /** Ends {@code handle}'s hold on the session. */
    void endTransfer(InternetObject handle) {
        if (transfer == handle) {
            transfer = null;
        }
    }

    void setActiveData(Closeable data) {
        activeData = data;
    }

    @Override
    void release() {
        closeQuietly(activeData);
        boolean idle = lock.tryLock();
        try {
            client.abortControl(idle && transfer == null);
        } finally {
            if (idle) {
                lock.unlock();
            }
        }
    }

    static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            // Closing to cancel: nothing to report.
        }
    }
}
