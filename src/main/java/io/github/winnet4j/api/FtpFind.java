package io.github.winnet4j.api;

/**
 * An open FtpFindFirstFileW enumeration: a child of its {@link FtpSession}. WinINet allows one per
 * session at a time; while it is open other Ftp* calls on the session fail with
 * ERROR_FTP_TRANSFER_IN_PROGRESS.
 */
final class FtpFind extends InternetHandle {
    FtpFind(HandleState state) {
        super(state);
    }
}
