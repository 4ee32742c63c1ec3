package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetErrors;
import org.apache.commons.net.ProtocolCommandEvent;
import org.apache.commons.net.ProtocolCommandListener;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * FTP replies as WinINet reports them. Every reply read on the control connection becomes the
 * calling thread's InternetGetLastResponseInfoW text (code and all lines, each ending in CRLF,
 * as the server sent them) with the reply code as its error value, whether the command succeeded
 * or not; a negative reply (4xx, 5xx) fails the call with ERROR_INTERNET_EXTENDED_ERROR.
 */
final class FtpReplies implements ProtocolCommandListener {
    /** Records each reply on the thread that reads it (the thread making the call). */
    static final FtpReplies RECORDER = new FtpReplies();

    private FtpReplies() {
    }

    @Override
    public void protocolCommandSent(ProtocolCommandEvent event) {
    }

    @Override
    public void protocolReplyReceived(ProtocolCommandEvent event) {
        if (event.getReplyCode() > 0) {
            LastResponseInfo.set(event.getReplyCode(), event.getMessage());
        }
    }

    /** Fails unless the last reply was a positive completion (2xx). */
    static void requireCompletion(FTPClient client) throws Win32Failure {
        if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
            throw negative(client);
        }
    }

    /** Reads the final reply of a transfer and fails unless it is a positive completion. */
    static void requireCompletionAfter(FTPClient client) throws java.io.IOException, Win32Failure {
        if (!client.completePendingCommand()) {
            throw negative(client);
        }
    }

    /** Fails when the last reply was negative (4xx, 5xx). */
    static void requireNotNegative(FTPClient client) throws Win32Failure {
        int code = client.getReplyCode();
        if (code >= 400) {
            throw negative(client);
        }
    }

    /** The failure for the last reply, which was not what the operation needed. */
    static Win32Failure negative(FTPClient client) {
        LastResponseInfo.set(client.getReplyCode(), client.getReplyString());
        return new Win32Failure(WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR);
    }
}
