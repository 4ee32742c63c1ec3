package io.github.winnet4j.api;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.winnet4j.marshal.BufferSize;
import io.github.winnet4j.marshal.LastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WIN32_FIND_DATAW;
import io.github.winnet4j.raw.WinInet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.winnet4j.raw.WinInetConstants.FTP_TRANSFER_TYPE_ASCII;
import static io.github.winnet4j.raw.WinInetConstants.INTERNET_FLAG_RELOAD;

/**
 * A logged-in FTP connection (InternetConnectW with INTERNET_SERVICE_FTP): commands, listings and
 * transfers, one at a time.
 *
 * <pre>{@code
 * try (InternetSession session = InternetSession.open();
 *      FtpSession ftp = session.ftp("127.0.0.1").port(2121).user("alice").password(pw).open()) {
 *     ftp.changeDirectory("/pub");
 *     try (InputStream in = ftp.openRead("notes.txt", TransferType.BINARY)) {
 *         Files.copy(in, Path.of("notes.txt"));
 *     }
 *     ftp.upload(Path.of("report.pdf"), "incoming/report.pdf", TransferType.BINARY);
 * } catch (FtpReplyException e) {
 *     System.err.println(e.replyCode() + " " + e.serverText());   // e.g. 550 ...
 * }
 * }</pre>
 *
 * <p>A session does one thing at a time: while a {@link FtpListing} or a stream from
 * {@link #openRead}, {@link #openWrite} or {@link #commandWithData} is open, other calls fail with
 * ERROR_FTP_TRANSFER_IN_PROGRESS (WinINet's rule, not this class's). Close them first.
 *
 * <p>Failures: a server's refusal is an {@link FtpReplyException} (ERROR_INTERNET_EXTENDED_ERROR,
 * with {@link FtpReplyException#replyCode()} and the server's text). A local file problem in
 * {@link #download} or {@link #upload} is a {@link WinInetException} whose code is the Win32 file
 * error (ERROR_FILE_EXISTS, ERROR_FILE_NOT_FOUND, ERROR_PATH_NOT_FOUND, ERROR_ACCESS_DENIED, …), never
 * ERROR_INTERNET_EXTENDED_ERROR, so the two are told apart by {@link WinInetException#errorCode()}.
 * Remote paths with NUL, CR or LF are refused before native code with
 * {@link IllegalArgumentException}.
 */
public final class FtpSession extends InternetHandle {
    /** FILE_ATTRIBUTE_NORMAL, for the local file of FtpGetFileW. */
    private static final int FILE_ATTRIBUTE_NORMAL = 0x80;
    private static final int GENERIC_READ = 0x80000000;
    private static final int GENERIC_WRITE = 0x40000000;

    final InternetSession session;

    FtpSession(HandleState state, InternetSession session) {
        super(state);
        this.session = session;
    }

    private WinInet api() {
        return state.backend.wininet();
    }

    private WinInetException failure(String call, String context) {
        return FtpFailure.capture(state.backend, call, state.description + " " + context);
    }

    // ---- listings ---------------------------------------------------------------------------

    /** The entries of the current directory. */
    public FtpListing list() throws WinInetException {
        return find(null);
    }

    /**
     * The entries matching {@code pattern}: the last path segment is a name or a wildcard matched
     * in the directory before it. {@code "*.txt"} lists the text files of the current directory,
     * {@code "/pub/*"} the contents of {@code /pub}. A bare directory path ({@code "/pub"}) is
     * read differently by implementations (Wine's wininet finds the entry {@code pub} of
     * {@code /}; the java backend lists the directory's contents): use {@code "/pub/*"}.
     */
    public FtpListing list(String pattern) throws WinInetException {
        return find(FtpArguments.remote(pattern, "pattern"));
    }

    private FtpListing find(String pattern) throws WinInetException {
        String description = "FtpFind(" + (pattern == null ? "." : pattern) + ") of " + state.description;
        DWORD_PTR context = session.contextFor(description);
        WIN32_FIND_DATAW data = new WIN32_FIND_DATAW();
        HINTERNET h;
        try (HandleUse u = useToOpen()) {
            h = api().FtpFindFirstFileW(u.value(), Utf16.encode(pattern, "pattern"), data,
                    INTERNET_FLAG_RELOAD, context);
        }
        if (h == null) {
            WinInetException e = failure("FtpFindFirstFileW", pattern == null ? "." : pattern);
            if (e.errorCode() == WinError.ERROR_NO_MORE_FILES) {
                return new FtpListing(null, null);
            }
            throw e;
        }
        FtpFind find = new FtpFind(new HandleState(state.backend, h, description, state));
        return new FtpListing(find, FtpFindData.entry(data));
    }

    // ---- transfers --------------------------------------------------------------------------

    /**
     * Downloads {@code remote} to {@code local} (FtpGetFileW). A failed download leaves no partial
     * file behind when there was none before.
     *
     * @param failIfExists refuse (ERROR_FILE_EXISTS) instead of replacing an existing local file
     */
    public void download(String remote, Path local, boolean failIfExists, TransferType type) throws WinInetException {
        FtpArguments.remote(remote, "remote");
        Path target = requireLocal(local, "local");
        requireType(type);
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        Memory r = Utf16.encode(remote, "remote");
        Memory l = Utf16.encode(target.toString(), "local");
        try (HandleUse u = use()) {
            if (!api().FtpGetFileW(u.value(), r, l, failIfExists, FILE_ATTRIBUTE_NORMAL,
                    type.flag | INTERNET_FLAG_RELOAD, Raw.newContext())) {
                WinInetException e = failure("FtpGetFileW", remote + " -> " + target);
                if (!existed) {
                    try {
                        Files.deleteIfExists(target);
                    } catch (IOException | SecurityException cleanup) {
                        e.addSuppressed(cleanup);
                    }
                }
                throw e;
            }
        }
    }

    /** Uploads {@code local} as {@code remote} (FtpPutFileW), replacing a remote file of that name. */
    public void upload(Path local, String remote, TransferType type) throws WinInetException {
        Path source = requireLocal(local, "local");
        FtpArguments.remote(remote, "remote");
        requireType(type);
        try (HandleUse u = use()) {
            if (!api().FtpPutFileW(u.value(), Utf16.encode(source.toString(), "local"), Utf16.encode(remote, "remote"),
                    type.flag, Raw.newContext())) {
                throw failure("FtpPutFileW", source + " -> " + remote);
            }
        }
    }

    /**
     * Opens {@code remote} for reading (FtpOpenFileW, InternetReadFile). Close the stream to end
     * the transfer and free the session.
     */
    public InputStream openRead(String remote, TransferType type) throws WinInetException {
        return new FtpReadStream(open(remote, GENERIC_READ, type.flag | INTERNET_FLAG_RELOAD, type));
    }

    /**
     * Opens {@code remote} for writing (FtpOpenFileW, InternetWriteFile). Closing the stream
     * completes the transfer and throws if the server did not accept the file.
     */
    public OutputStream openWrite(String remote, TransferType type) throws WinInetException {
        return new FtpWriteStream(open(remote, GENERIC_WRITE, type.flag, type));
    }

    private FtpFile open(String remote, int access, int flags, TransferType type) throws WinInetException {
        FtpArguments.remote(remote, "remote");
        requireType(type);
        String description = "FtpFile(" + (access == GENERIC_READ ? "read " : "write ") + remote + ") of "
                + state.description;
        DWORD_PTR context = session.contextFor(description);
        HINTERNET h;
        try (HandleUse u = useToOpen()) {
            h = api().FtpOpenFileW(u.value(), Utf16.encode(remote, "remote"), access, flags, context);
        }
        if (h == null) {
            throw failure("FtpOpenFileW", remote);
        }
        return new FtpFile(new HandleState(state.backend, h, description, state));
    }

    /**
     * The size of {@code remote} in bytes (64-bit): opens it for reading, asks FtpGetFileSize,
     * closes it again without reading.
     */
    public long size(String remote) throws WinInetException {
        try (FtpFile file = open(remote, GENERIC_READ, TransferType.BINARY.flag | INTERNET_FLAG_RELOAD,
                TransferType.BINARY)) {
            IntByReference high = new IntByReference();
            int low;
            int code;
            try (HandleUse u = file.use()) {
                low = api().FtpGetFileSize(u.value(), high);
                code = low == -1 ? state.backend.lastError() : 0;
            }
            if (low == -1) {
                // INVALID_FILE_SIZE is also the low half of a real size; the last error decides.
                if (code != 0) {
                    throw FtpFailure.of(LastError.of(state.backend, "FtpGetFileSize", code), remote);
                }
            }
            return ((long) high.getValue() << 32) | (low & 0xFFFFFFFFL);
        }
    }

    // ---- commands ---------------------------------------------------------------------------

    /** Deletes a remote file (DELE). */
    public void delete(String remote) throws WinInetException {
        try (HandleUse u = use()) {
            if (!api().FtpDeleteFileW(u.value(), Utf16.encode(FtpArguments.remote(remote, "remote"), "remote"))) {
                throw failure("FtpDeleteFileW", remote);
            }
        }
    }

    /** Renames a remote file or directory (RNFR, RNTO). */
    public void rename(String from, String to) throws WinInetException {
        FtpArguments.remote(from, "from");
        FtpArguments.remote(to, "to");
        try (HandleUse u = use()) {
            if (!api().FtpRenameFileW(u.value(), Utf16.encode(from, "from"), Utf16.encode(to, "to"))) {
                throw failure("FtpRenameFileW", from + " -> " + to);
            }
        }
    }

    /** Creates a remote directory (MKD). */
    public void createDirectory(String remote) throws WinInetException {
        try (HandleUse u = use()) {
            if (!api().FtpCreateDirectoryW(u.value(), Utf16.encode(FtpArguments.remote(remote, "remote"), "remote"))) {
                throw failure("FtpCreateDirectoryW", remote);
            }
        }
    }

    /** Removes an (empty) remote directory (RMD). */
    public void removeDirectory(String remote) throws WinInetException {
        try (HandleUse u = use()) {
            if (!api().FtpRemoveDirectoryW(u.value(), Utf16.encode(FtpArguments.remote(remote, "remote"), "remote"))) {
                throw failure("FtpRemoveDirectoryW", remote);
            }
        }
    }

    /** Changes the remote working directory (CWD). */
    public void changeDirectory(String remote) throws WinInetException {
        try (HandleUse u = use()) {
            if (!api().FtpSetCurrentDirectoryW(u.value(), Utf16.encode(FtpArguments.remote(remote, "remote"), "remote"))) {
                throw failure("FtpSetCurrentDirectoryW", remote);
            }
        }
    }

    /** The remote working directory (PWD), e.g. {@code "/pub"}. */
    public String currentDirectory() throws WinInetException {
        BufferSize.Result r;
        try (HandleUse u = use()) {
            r = BufferSize.string(state.backend, "FtpGetCurrentDirectoryW", BufferSize.Unit.CHARS,
                    260, (buf, len) -> api().FtpGetCurrentDirectoryW(u.value(), buf, len));
        }
        if (!r.ok()) {
            throw FtpFailure.of(r.error(), state.description);
        }
        return r.value();
    }

    /**
     * Sends a command that opens no data connection (FtpCommandW) and returns the server's reply
     * text (InternetGetLastResponseInfoW), e.g. {@code command("NOOP")} → {@code "200 ..."}.
     *
     * @throws FtpReplyException when the server answers 4xx or 5xx
     */
    public String command(String command) throws WinInetException {
        FtpArguments.remote(command, "command");
        PointerByReference unused = new PointerByReference();
        try (HandleUse u = use()) {
            if (!api().FtpCommandW(u.value(), false, FTP_TRANSFER_TYPE_ASCII, Utf16.encode(command, "command"),
                    Raw.newContext(), unused)) {
                throw failure("FtpCommandW", command);
            }
        }
        String reply = LastError.responseInfo(state.backend, new IntByReference());
        return reply == null ? "" : reply;
    }

    /**
     * Sends a command that answers over a data connection, such as {@code "NLST"} (FtpCommandW with
     * fExpectResponse), and returns that data as a stream (ASCII type). Close the stream to free
     * the session.
     */
    public InputStream commandWithData(String command) throws WinInetException {
        FtpArguments.remote(command, "command");
        String description = "FtpFile(command " + command + ") of " + state.description;
        DWORD_PTR context = session.contextFor(description);
        PointerByReference data = new PointerByReference();
        try (HandleUse u = useToOpen()) {
            if (!api().FtpCommandW(u.value(), true, FTP_TRANSFER_TYPE_ASCII, Utf16.encode(command, "command"),
                    context, data)) {
                throw failure("FtpCommandW", command);
            }
        }
        Pointer p = data.getValue();
        if (p == null) {
            throw new IllegalStateException("FtpCommandW succeeded but returned no data handle for " + command);
        }
        return new FtpReadStream(new FtpFile(new HandleState(state.backend, HINTERNET.of(Pointer.nativeValue(p)),
                description, state)));
    }

    // ---- safe downloads ---------------------------------------------------------------------

    /**
     * Downloads the file {@code entry} (from a listing of the current directory) into
     * {@code targetDirectory}, under its listed name, only when that name is a plain file name: a
     * name the server chose must never write outside the directory. Never replaces an existing
     * file.
     *
     * @return the local file written
     * @throws UnsafeFileNameException if the name is not a plain file name (nothing is written)
     * @throws IllegalArgumentException if the entry is a directory
     */
    public Path downloadTo(FtpEntry entry, Path targetDirectory, TransferType type) throws IOException {
        return downloadAs(entry, entry.name(), targetDirectory, type);
    }

    private Path downloadAs(FtpEntry entry, String remote, Path targetDirectory, TransferType type) throws IOException {
        if (entry.directory()) {
            throw new IllegalArgumentException(entry.name() + " is a directory");
        }
        Path local = LocalNames.resolve(requireLocal(targetDirectory, "targetDirectory"), entry.name());
        download(remote, local, true, type);
        return local;
    }

    /**
     * Downloads every file (not the subdirectories) of the remote {@code directory} into
     * {@code targetDirectory}, never replacing an existing file. Every listed name is checked
     * before anything is downloaded: if one is not a plain file name ({@code ../x},
     * {@code /etc/passwd}, {@code a/b}, {@code C:x}, control characters, …) nothing is downloaded
     * at all.
     *
     * @param directory the remote directory, or {@code null} for the current one
     * @return the local files written, in the listing's order
     * @throws UnsafeFileNameException naming the first refused name
     */
    public List<Path> downloadAll(String directory, Path targetDirectory, TransferType type) throws IOException {
        Path target = requireLocal(targetDirectory, "targetDirectory");
        List<FtpEntry> entries;
        String pattern = directory == null ? null : directory.endsWith("/") ? directory + "*" : directory + "/*";
        try (FtpListing listing = pattern == null ? list() : list(pattern)) {
            entries = listing.toList();
        }
        List<FtpEntry> files = new ArrayList<>();
        for (FtpEntry e : entries) {
            if (!e.directory()) {
                LocalNames.resolve(target, e.name());
                files.add(e);
            }
        }
        List<Path> written = new ArrayList<>();
        for (FtpEntry e : files) {
            String remote = directory == null ? e.name()
                    : directory.endsWith("/") ? directory + e.name() : directory + "/" + e.name();
            written.add(downloadAs(e, remote, target, type));
        }
        return written;
    }

    private static Path requireLocal(Path path, String argument) {
        if (path == null) {
            throw new IllegalArgumentException(argument + " is null");
        }
        Path p = path.toAbsolutePath();
        Utf16.encode(p.toString(), argument);
        return p;
    }

    private static void requireType(TransferType type) {
        if (type == null) {
            throw new IllegalArgumentException("type is null");
        }
    }
}
