package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetErrors;
import org.apache.commons.net.MalformedServerReplyException;
import org.apache.commons.net.ftp.FTPConnectionClosedException;

import java.io.IOException;
import java.net.SocketTimeoutException;

/**
 * Network failures of an FTP session as wininet.dll reports them: while connecting as for HTTP
 * ({@link FailureMapping#forExchange}); afterwards a timeout is ERROR_INTERNET_TIMEOUT, a control
 * connection the server dropped (or a reply that is not FTP) is ERROR_FTP_DROPPED, and a broken
 * data connection is mapped as for HTTP bodies. Anything on a handle closed meanwhile is
 * ERROR_INTERNET_OPERATION_CANCELLED.
 */
final class FtpFailures {
    private FtpFailures() {
    }

    /** A failure while connecting and logging in. */
    static Win32Failure connecting(InternetObject object, IOException e) {
        if (object.isClosed()) {
            return new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED, e);
        }
        if (e instanceof FTPConnectionClosedException || e instanceof MalformedServerReplyException) {
            return new Win32Failure(WinInetErrors.ERROR_FTP_DROPPED, e);
        }
        return new Win32Failure(FailureMapping.forExchange(e), e);
    }

    /** A failure on the control or a data connection of an open session. */
    static Win32Failure during(InternetObject object, IOException e) {
        if (object.isClosed()) {
            return new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED, e);
        }
        if (e instanceof SocketTimeoutException) {
            return new Win32Failure(WinInetErrors.ERROR_INTERNET_TIMEOUT, e);
        }
        if (e instanceof FTPConnectionClosedException || e instanceof MalformedServerReplyException) {
            return new Win32Failure(WinInetErrors.ERROR_FTP_DROPPED, e);
        }
        return new Win32Failure(FailureMapping.forStream(e), e);
    }
}
