package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.LastError;
import io.github.winnet4j.marshal.Win32Error;
import io.github.winnet4j.raw.WinInetErrors;

/** The exception for an Ftp* call that just failed: an {@link FtpReplyException} for a server reply. */
final class FtpFailure {
    private FtpFailure() {
    }

    /** Reads the last error (and, for a reply, the server's text) at once, on this thread. */
    static WinInetException capture(Backend backend, String call, String context) {
        return of(LastError.capture(backend, call), context);
    }

    static WinInetException of(Win32Error error, String context) {
        if (error.code() == WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR) {
            return new FtpReplyException(error, context);
        }
        return new WinInetException(error, context);
    }
}
