package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WIN32_FIND_DATAW;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;
import org.apache.commons.net.ftp.FTPFile;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Ftp* entry points of {@link JavaWinInet}: argument checks in WinINet's order (missing
 * strings first, then the handle and its type, then the flags), then {@link FtpEngine},
 * {@link FtpTransfers} or {@link FtpListing}. Every method throws {@link Win32Failure} with the
 * code the entry point stores as the last error.
 */
final class FtpCalls {
    /** FTP_CONDITION_MASK: the low bits of dwFlags that must name a transfer type. */
    private static final int CONDITION_MASK = 0x7;
    static final int GENERIC_READ = 0x80000000;
    static final int GENERIC_WRITE = 0x40000000;

    private final HandleTable table;

    FtpCalls(HandleTable table) {
        this.table = table;
    }

    /**
     * InternetConnectW for INTERNET_SERVICE_FTP: connects and logs in before returning. Neither
     * user nor password: "anonymous" with {@link FtpEngine#ANONYMOUS_PASSWORD}; a user without a
     * password: an empty password; a password without a user: ERROR_INVALID_PARAMETER, before any
     * traffic.
     */
    FtpSessionObject connect(SessionObject session, String server, int port, String user, String password,
                             int flags, long context, boolean implicit) throws Win32Failure {
        if (user == null && password != null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        if (user == null) {
            user = FtpEngine.ANONYMOUS_USER;
            password = FtpEngine.ANONYMOUS_PASSWORD;
        } else if (password == null) {
            password = "";
        }
        requireLine(user);
        requireLine(password);
        boolean passive = ((flags | session.flags) & WinInetConstants.INTERNET_FLAG_PASSIVE) != 0;
        FtpSessionObject s = new FtpSessionObject(table.allocate(), session, server,
                port == 0 ? WinInetConstants.INTERNET_DEFAULT_FTP_PORT : port, passive, context, implicit);
        table.register(s);
        if (!implicit) {
            StatusNotifier.notifyHandle(s, WinInetConstants.INTERNET_STATUS_HANDLE_CREATED);
        }
        try {
            FtpEngine.connect(s, user, password);
            return s;
        } catch (Win32Failure f) {
            discard(s);
            throw f;
        }
    }

    /** Closes an object that never reached the caller. */
    void discard(InternetObject object) {
        for (InternetObject o : object.markClosed()) {
            table.remove(o);
            o.release();
        }
    }

    HINTERNET findFirst(HINTERNET h, Pointer searchFile, WIN32_FIND_DATAW data, long context) throws Win32Failure {
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        String pattern = Utf16.decode(searchFile);
        if (pattern != null) {
            requireLine(pattern);
        }
        FtpFindObject find = FtpEngine.run(s, c -> {
            List<FTPFile> entries = FtpListing.list(s, pattern);
            if (entries.isEmpty()) {
                throw new Win32Failure(WinError.ERROR_NO_MORE_FILES);
            }
            FtpFindObject f = new FtpFindObject(table.allocate(), s, entries, context);
            s.beginTransfer(f);
            return f;
        });
        table.register(find);
        FTPFile first = find.next();
        if (data != null) {
            FtpFindData.fill(data, first);
        }
        StatusNotifier.notifyHandle(find, WinInetConstants.INTERNET_STATUS_HANDLE_CREATED);
        return HINTERNET.of(find.handle);
    }

    void findNext(HINTERNET h, Pointer data) throws Win32Failure {
        FtpFindObject find = table.require(h, FtpFindObject.class);
        if (data == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        FTPFile next = find.next();
        if (next == null) {
            throw new Win32Failure(WinError.ERROR_NO_MORE_FILES);
        }
        FtpFindData.fill(data, next);
    }

    /** FtpGetFileW and (with a UTF-8 remote name) FtpGetFileEx. */
    void get(HINTERNET h, String remote, String local, boolean failIfExists, int flags) throws Win32Failure {
        if (remote == null || local == null || remote.isEmpty() || local.isEmpty()) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        requireFlags(flags);
        requireLine(remote);
        FtpTransfers.get(s, remote, localPath(local), failIfExists, flags);
    }

    /** FtpPutFileW and (with a UTF-8 remote name) FtpPutFileEx. */
    void put(HINTERNET h, String local, String remote, int flags) throws Win32Failure {
        if (remote == null || local == null || remote.isEmpty() || local.isEmpty()) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        requireFlags(flags);
        requireLine(remote);
        FtpTransfers.put(s, localPath(local), remote, flags);
    }

    HINTERNET open(HINTERNET h, Pointer fileName, int access, int flags, long context) throws Win32Failure {
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        String name = requireName(fileName);
        if (access != GENERIC_READ && access != GENERIC_WRITE) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        requireFlags(flags);
        FtpFileObject file = FtpTransfers.open(s, table.allocate(), name, access == GENERIC_WRITE, flags, context);
        table.register(file);
        StatusNotifier.notifyHandle(file, WinInetConstants.INTERNET_STATUS_HANDLE_CREATED);
        return HINTERNET.of(file.handle);
    }

    void delete(HINTERNET h, Pointer name) throws Win32Failure {
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        String n = requireName(name);
        FtpEngine.simple(s, c -> c.deleteFile(n));
    }

    void rename(HINTERNET h, Pointer existing, Pointer replacement) throws Win32Failure {
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        String from = requireName(existing);
        String to = requireName(replacement);
        FtpEngine.simple(s, c -> c.rename(from, to));
    }

    void createDirectory(HINTERNET h, Pointer name) throws Win32Failure {
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        String n = requireName(name);
        FtpEngine.simple(s, c -> c.makeDirectory(n));
    }

    void removeDirectory(HINTERNET h, Pointer name) throws Win32Failure {
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        String n = requireName(name);
        FtpEngine.simple(s, c -> c.removeDirectory(n));
    }

    void setCurrentDirectory(HINTERNET h, Pointer name) throws Win32Failure {
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        String n = requireName(name);
        FtpEngine.simple(s, c -> c.changeWorkingDirectory(n));
    }

    /** Lengths in characters: on success without the NUL; ERROR_INSUFFICIENT_BUFFER with it. */
    void getCurrentDirectory(HINTERNET h, Pointer buffer, IntByReference length) throws Win32Failure {
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        if (length == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        OutputBuffers.stringInChars(buffer, length, FtpEngine.currentDirectory(s));
    }

    void command(HINTERNET h, boolean expectResponse, int flags, Pointer command, long context,
                 PointerByReference result) throws Win32Failure {
        if (result != null) {
            result.setValue(null);
        }
        FtpSessionObject s = table.require(h, FtpSessionObject.class);
        String line = requireName(command);
        requireFlags(flags);
        if (!expectResponse) {
            FtpEngine.command(s, line);
            return;
        }
        if (result == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        FtpFileObject file = FtpTransfers.command(s, table.allocate(), line, flags, context);
        table.register(file);
        StatusNotifier.notifyHandle(file, WinInetConstants.INTERNET_STATUS_HANDLE_CREATED);
        result.setValue(new Pointer(file.handle));
    }

    /**
     * FtpGetFileSize: for a download the size from SIZE (sent when the file was opened, since the
     * control connection is busy during the transfer); for an upload the bytes written so far.
     */
    long size(HINTERNET h) throws Win32Failure {
        FtpFileObject file = table.require(h, FtpFileObject.class);
        if (file.writing) {
            return file.transferred();
        }
        if (file.size < 0) {
            if (file.sizeFailure != null) {
                LastResponseInfo.set(file.sizeFailure.code(), file.sizeFailure.text());
                throw new Win32Failure(WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR);
            }
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INVALID_OPERATION);
        }
        return file.size;
    }

    /**
     * InternetOpenUrlW for ftp://: logs in (user and password from the URL, else anonymous) and
     * opens the file for reading (";type=a" selects ASCII). A directory URL (empty path or one
     * ending in "/") fails with ERROR_INTERNET_INVALID_OPERATION: this backend produces no listing.
     */
    FtpFileObject openUrl(SessionObject session, URI uri, int flags, long context) throws Win32Failure {
        if (uri.getHost() == null) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INVALID_URL);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        int type = WinInetConstants.FTP_TRANSFER_TYPE_BINARY;
        int semicolon = path.lastIndexOf(';');
        if (semicolon >= 0) {
            String parameter = path.substring(semicolon + 1).toLowerCase(Locale.ROOT);
            if (parameter.equals("type=a")) {
                type = WinInetConstants.FTP_TRANSFER_TYPE_ASCII;
            }
            path = path.substring(0, semicolon);
        }
        if (path.isEmpty() || path.endsWith("/")) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INVALID_OPERATION);
        }
        requireLine(path);
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            int colon = uri.getUserInfo().indexOf(':');
            user = colon < 0 ? uri.getUserInfo() : uri.getUserInfo().substring(0, colon);
            password = colon < 0 ? null : uri.getUserInfo().substring(colon + 1);
        }
        FtpSessionObject s = connect(session, uri.getHost(), Math.max(uri.getPort(), 0), user, password, flags,
                context, true);
        try {
            FtpFileObject file = FtpTransfers.open(s, table.allocate(), path, false, type, context);
            table.register(file);
            return file;
        } catch (Win32Failure f) {
            discard(s);
            throw f;
        }
    }

    /** Decodes FtpGetFileEx's and FtpPutFileEx's LPCSTR remote name, which carries UTF-8. */
    static String utf8(Pointer p) {
        return p == null ? null : p.getString(0, StandardCharsets.UTF_8.name());
    }

    private static String requireName(Pointer p) throws Win32Failure {
        String s = Utf16.decode(p);
        if (s == null || s.isEmpty()) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        requireLine(s);
        return s;
    }

    /** Refuses CR and LF, which would end the command line and start another. */
    private static void requireLine(String s) throws Win32Failure {
        if (s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
    }

    private static void requireFlags(int flags) throws Win32Failure {
        if ((flags & CONDITION_MASK) > WinInetConstants.FTP_TRANSFER_TYPE_BINARY) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
    }

    private static Path localPath(String local) throws Win32Failure {
        try {
            return Path.of(local);
        } catch (InvalidPathException e) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER, e);
        }
    }
}
