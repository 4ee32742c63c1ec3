package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;
import org.apache.commons.net.ftp.FTPFile;

import java.util.List;

/**
 * The object behind an FtpFindFirstFileW handle: the listing, read whole when the enumeration
 * began, and the position in it. While it is open its session is busy.
 */
final class FtpFindObject extends InternetObject {
    final FtpSessionObject session;
    private final List<FTPFile> entries;
    private int next;

    FtpFindObject(long handle, FtpSessionObject session, List<FTPFile> entries, long context) {
        super(handle, session, context);
        this.session = session;
        this.entries = List.copyOf(entries);
    }

    @Override
    int handleType() {
        return WinInetConstants.INTERNET_HANDLE_TYPE_FTP_FIND;
    }

    /** The next entry, or {@code null} past the last. */
    synchronized FTPFile next() {
        return next < entries.size() ? entries.get(next++) : null;
    }

    @Override
    void release() {
        session.endTransfer(this);
    }
}
