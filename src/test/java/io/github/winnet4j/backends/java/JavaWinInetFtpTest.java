package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WIN32_FIND_DATAW;
import io.github.winnet4j.raw.WinInet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.github.winnet4j.backends.java.RawCalls.wide;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FTP calls of the java backend against an Apache FtpServer on 127.0.0.1. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JavaWinInetFtpTest {
    private static final String UNICODE_NAME = "ünïcødé-名前.txt";
    private static final int PASSIVE = WinInet.INTERNET_FLAG_PASSIVE;

    @TempDir
    Path home;
    @TempDir
    Path local;
    private FtpTestServer server;
    private RawFtp ftp;
    private JavaWinInet w;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(home.resolve("hello.txt"), "hello\nworld\n");
        Files.writeString(home.resolve("b.txt"), "bb");
        Files.writeString(home.resolve("c.dat"), "ccc");
        Files.createDirectory(home.resolve("sub"));
        Files.writeString(home.resolve("sub").resolve("inner.txt"), "inner");
        Files.writeString(home.resolve(UNICODE_NAME), "unicode");
        server = new FtpTestServer(home);
        ftp = new RawFtp();
        w = ftp.w;
    }

    @AfterEach
    void stop() {
        ftp.close();
        LastResponseInfo.clear();
        assertEquals(0, w.openHandleCount(), "closing the session closes everything under it");
        server.close();
    }

    private HINTERNET alice() {
        return ftp.connect(server.port, FtpTestServer.USER, FtpTestServer.PASSWORD, PASSIVE);
    }

    // ---- connecting ---------------------------------------------------------------------------

    @Test
    void namedUserLogsInAndTheLoginReplyIsTheLastResponse() {
        HINTERNET h = alice();
        LastResponseInfo.Info info = ftp.lastResponse();
        assertEquals(230, info.code());
        assertTrue(info.text().startsWith("230"), info.text());
        Memory type = new Memory(4);
        IntByReference length = new IntByReference(4);
        assertTrue(w.InternetQueryOptionW(h, WinInet.INTERNET_OPTION_HANDLE_TYPE, type, length));
        assertEquals(WinInet.INTERNET_HANDLE_TYPE_CONNECT_FTP, type.getInt(0));
    }

    @Test
    void noUserAndNoPasswordIsAnonymous() {
        HINTERNET h = ftp.connect(server.port, null, null, PASSIVE);
        assertEquals(5, ftp.find(h, null).size(), "anonymous sees the home directory (4 files, 1 directory)");
    }

    @Test
    void wrongPasswordIsLoginFailureWithTheServersReply() {
        assertEquals(WinInet.ERROR_INTERNET_LOGIN_FAILURE, ftp.connectFails(server.port, FtpTestServer.USER, "wrong"));
        LastResponseInfo.Info info = ftp.lastResponse();
        assertEquals(530, info.code());
        assertTrue(info.text().startsWith("530"), info.text());
        assertEquals(0, w.openHandleCount() - 1, "only the InternetOpen handle is left");
    }

    @Test
    void passwordWithoutUserIsInvalidParameterBeforeAnyTraffic() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            long start = System.nanoTime();
            assertEquals(WinError.ERROR_INVALID_PARAMETER, ftp.connectFails(silent.getLocalPort(), null, "pw"));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "no greeting was awaited");
        }
    }

    @Test
    void refusedPortIsCannotConnectAndUnknownHostIsNotResolved() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        assertEquals(WinInet.ERROR_INTERNET_CANNOT_CONNECT, ftp.connectFails(port, null, null));
        HINTERNET h = w.InternetConnectW(ftp.session, wide("nothing.invalid"), (short) 21, null, null,
                WinInet.INTERNET_SERVICE_FTP, 0, new DWORD_PTR(0));
        assertNull(h);
        assertEquals(WinInet.ERROR_INTERNET_NAME_NOT_RESOLVED, JavaLastError.get());
    }

    @Test
    void ftpCallsOnAnHttpConnectionAreIncorrectHandleType() {
        HINTERNET http = ftp.raw.connect(ftp.session, "127.0.0.1", server.port);
        ftp.expectFailure(w.FtpCreateDirectoryW(http, wide("x")), WinInet.ERROR_INTERNET_INCORRECT_HANDLE_TYPE);
        ftp.expectFailure(w.FtpDeleteFileW(http, null), WinInet.ERROR_INTERNET_INCORRECT_HANDLE_TYPE);
    }

    // ---- enumeration --------------------------------------------------------------------------

    @Test
    void findListsNamesSizesAttributesAndTimes() throws IOException {
        Files.setLastModifiedTime(home.resolve("b.txt"), java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
        List<WIN32_FIND_DATAW> all = ftp.find(alice(), null);
        assertEquals(List.of("b.txt", "c.dat", "hello.txt", "sub", UNICODE_NAME),
                all.stream().map(RawFtp::name).sorted().collect(Collectors.toList()));
        WIN32_FIND_DATAW b = byName(all, "b.txt");
        assertEquals(2, RawFtp.size(b));
        assertEquals(0x80, b.dwFileAttributes, "FILE_ATTRIBUTE_NORMAL");
        long fileTime = (Integer.toUnsignedLong(b.ftLastWriteTime.dwHighDateTime) << 32)
                | Integer.toUnsignedLong(b.ftLastWriteTime.dwLowDateTime);
        assertEquals(1_600_000_000_000L * 10_000 + 116_444_736_000_000_000L, fileTime);
        assertEquals(0x10, byName(all, "sub").dwFileAttributes & 0x10, "FILE_ATTRIBUTE_DIRECTORY");
    }

    @Test
    void findMatchesWildcardsSubdirectoriesAndSingleFiles() {
        HINTERNET h = alice();
        assertEquals(List.of("b.txt", "hello.txt", UNICODE_NAME), names(ftp.find(h, "*.txt")));
        assertEquals(List.of("inner.txt"), names(ftp.find(h, "sub/*.txt")));
        assertEquals(List.of("inner.txt"), names(ftp.find(h, "sub")));
        assertEquals(List.of("c.dat"), names(ftp.find(h, "c.dat")));
        assertEquals(5, ftp.find(h, "*.*").size(), "*.* matches every name, as on Windows");
        assertEquals(List.of(), ftp.find(h, "*.none"), "no match: ERROR_NO_MORE_FILES");
        assertEquals(List.of(UNICODE_NAME), names(ftp.find(h, "ünï*")));
    }

    @Test
    void sizesAbove4GiBAreSplitHighAndLow() throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(home.resolve("big.bin").toFile(), "rw")) {
            sparse.setLength(5L << 30);
        }
        WIN32_FIND_DATAW big = ftp.find(alice(), "big.bin").get(0);
        assertEquals(1, big.nFileSizeHigh);
        assertEquals(1 << 30, big.nFileSizeLow);
    }

    @Test
    void oneEnumerationPerSessionAtATime() {
        HINTERNET h = alice();
        WIN32_FIND_DATAW data = new WIN32_FIND_DATAW();
        HINTERNET find = w.FtpFindFirstFileW(h, null, data, 0, new DWORD_PTR(0));
        assertNotNull(find);
        assertNull(w.FtpFindFirstFileW(h, null, new WIN32_FIND_DATAW(), 0, new DWORD_PTR(0)));
        assertEquals(WinInet.ERROR_FTP_TRANSFER_IN_PROGRESS, JavaLastError.get());
        ftp.expectFailure(w.FtpGetFileW(h, wide("b.txt"), wide(local.resolve("b").toString()), false, 0, 0,
                new DWORD_PTR(0)), WinInet.ERROR_FTP_TRANSFER_IN_PROGRESS);
        ftp.expectFailure(w.FtpDeleteFileW(h, wide("b.txt")), WinInet.ERROR_FTP_TRANSFER_IN_PROGRESS);
        assertFalse(Files.exists(local.resolve("b")));
        ftp.raw.close(find);
        assertEquals(5, ftp.find(h, null).size(), "closing the find handle ends the enumeration");
    }

    @Test
    void findNextPastTheEndIsNoMoreFilesAndAMissingDirectoryIsTheServersReply() {
        HINTERNET h = alice();
        HINTERNET find = w.FtpFindFirstFileW(h, wide("c.dat"), new WIN32_FIND_DATAW(), 0, new DWORD_PTR(0));
        WIN32_FIND_DATAW next = new WIN32_FIND_DATAW();
        ftp.expectFailure(w.InternetFindNextFileW(find, next.getPointer()), WinError.ERROR_NO_MORE_FILES);
        ftp.expectFailure(w.InternetFindNextFileW(find, next.getPointer()), WinError.ERROR_NO_MORE_FILES);
        ftp.raw.close(find);
        assertNull(w.FtpFindFirstFileW(h, wide("missing-dir/x"), new WIN32_FIND_DATAW(), 0, new DWORD_PTR(0)));
        assertEquals(WinInet.ERROR_INTERNET_EXTENDED_ERROR, JavaLastError.get());
        assertTrue(ftp.lastResponse().code() >= 500, "Apache FtpServer answers MLSD of a missing directory with 501");
    }

    // ---- whole-file transfers -----------------------------------------------------------------

    @Test
    void getFileDownloadsAndHonoursFailIfExists() throws IOException {
        HINTERNET h = alice();
        Path target = local.resolve("hello.txt");
        assertTrue(w.FtpGetFileW(h, wide("hello.txt"), wide(target.toString()), true, 0,
                WinInet.FTP_TRANSFER_TYPE_BINARY, new DWORD_PTR(0)), () -> "FtpGetFileW: " + JavaLastError.get());
        assertEquals("hello\nworld\n", Files.readString(target));
        assertEquals(226, ftp.lastResponse().code(), "the transfer's final reply is the last response");
        ftp.expectFailure(w.FtpGetFileW(h, wide("b.txt"), wide(target.toString()), true, 0, 0, new DWORD_PTR(0)),
                WinError.ERROR_FILE_EXISTS);
        assertTrue(w.FtpGetFileW(h, wide("b.txt"), wide(target.toString()), false, 0, 0, new DWORD_PTR(0)));
        assertEquals("bb", Files.readString(target));
    }

    @Test
    void asciiTransfersLetTheServerConvertLineEnds() throws IOException {
        HINTERNET h = alice();
        Path target = local.resolve("ascii.txt");
        assertTrue(w.FtpGetFileW(h, wide("hello.txt"), wide(target.toString()), false, 0,
                WinInet.FTP_TRANSFER_TYPE_ASCII, new DWORD_PTR(0)));
        assertEquals("hello\r\nworld\r\n", Files.readString(target));
    }

    @Test
    void aRefusedDownloadLeavesNoLocalFileAndReportsThe550() throws IOException {
        HINTERNET h = alice();
        Path target = local.resolve("never.txt");
        ftp.expectFailure(w.FtpGetFileW(h, wide("missing.txt"), wide(target.toString()), false, 0, 0,
                new DWORD_PTR(0)), WinInet.ERROR_INTERNET_EXTENDED_ERROR);
        LastResponseInfo.Info info = ftp.lastResponse();
        assertEquals(550, info.code());
        assertTrue(info.text().startsWith("550"), info.text());
        try (Stream<Path> left = Files.list(local)) {
            assertEquals(0, left.count(), "neither the target nor a temporary file remains");
        }
    }

    @Test
    void localFailuresAreWin32CodesNotServerReplies() {
        HINTERNET h = alice();
        ftp.expectFailure(w.FtpGetFileW(h, wide("b.txt"), wide(local.resolve("no/such/dir/b.txt").toString()), false,
                0, 0, new DWORD_PTR(0)), WinError.ERROR_PATH_NOT_FOUND);
        ftp.expectFailure(w.FtpPutFileW(h, wide(local.resolve("missing.bin").toString()), wide("x.bin"), 0,
                new DWORD_PTR(0)), WinError.ERROR_FILE_NOT_FOUND);
        ftp.expectFailure(w.FtpGetFileW(h, wide("b.txt"), wide(local.toString()), false, 0, 0, new DWORD_PTR(0)),
                WinError.ERROR_ACCESS_DENIED);
        ftp.expectFailure(w.FtpGetFileW(h, null, wide("x"), false, 0, 0, new DWORD_PTR(0)),
                WinError.ERROR_INVALID_PARAMETER);
        ftp.expectFailure(w.FtpGetFileW(h, wide("b.txt"), wide("x"), false, 0, 5, new DWORD_PTR(0)),
                WinError.ERROR_INVALID_PARAMETER);
    }

    @Test
    void putFileUploadsAndARefusedUploadIsTheServersReply() throws IOException {
        Path source = local.resolve("up.bin");
        byte[] bytes = new byte[300_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(source, bytes);
        HINTERNET h = alice();
        assertTrue(w.FtpPutFileW(h, wide(source.toString()), wide("up.bin"), WinInet.FTP_TRANSFER_TYPE_BINARY,
                new DWORD_PTR(0)), () -> "FtpPutFileW: " + JavaLastError.get());
        assertArrayEquals(bytes, Files.readAllBytes(home.resolve("up.bin")));

        HINTERNET anonymous = ftp.connect(server.port, null, null, PASSIVE);
        ftp.expectFailure(w.FtpPutFileW(anonymous, wide(source.toString()), wide("anon.bin"), 0, new DWORD_PTR(0)),
                WinInet.ERROR_INTERNET_EXTENDED_ERROR);
        assertEquals(550, ftp.lastResponse().code());
        assertFalse(Files.exists(home.resolve("anon.bin")));
    }

    @Test
    void nonAsciiNamesTravelAsUtf8BothWaysAndThroughTheExCalls() throws IOException {
        HINTERNET h = alice();
        Path target = local.resolve("ü.txt");
        assertTrue(w.FtpGetFileW(h, wide(UNICODE_NAME), wide(target.toString()), false, 0, 0, new DWORD_PTR(0)));
        assertEquals("unicode", Files.readString(target));
        assertTrue(w.FtpPutFileW(h, wide(target.toString()), wide("コピー.txt"), 0, new DWORD_PTR(0)));
        assertEquals("unicode", Files.readString(home.resolve("コピー.txt")));

        Memory remote = utf8("ëx-名.txt");
        assertTrue(w.FtpPutFileEx(h, wide(target.toString()), remote, 0, new DWORD_PTR(0)),
                () -> "FtpPutFileEx: " + JavaLastError.get());
        assertEquals("unicode", Files.readString(home.resolve("ëx-名.txt")));
        Path again = local.resolve("again.txt");
        assertTrue(w.FtpGetFileEx(h, remote, wide(again.toString()), true, 0, 0, new DWORD_PTR(0)));
        assertEquals("unicode", Files.readString(again));
    }

    // ---- single commands ----------------------------------------------------------------------

    @Test
    void directoriesRenameAndDelete() {
        HINTERNET h = alice();
        assertTrue(w.FtpCreateDirectoryW(h, wide("made")));
        assertTrue(Files.isDirectory(home.resolve("made")));
        assertEquals(257, ftp.lastResponse().code(), "successful commands update the last response");
        assertTrue(w.FtpSetCurrentDirectoryW(h, wide("made")));
        assertEquals("/made", currentDirectory(h));
        assertTrue(w.FtpSetCurrentDirectoryW(h, wide("/")));
        assertTrue(w.FtpRemoveDirectoryW(h, wide("made")));
        assertFalse(Files.exists(home.resolve("made")));
        assertTrue(w.FtpRenameFileW(h, wide("b.txt"), wide("renamed-名.txt")));
        assertTrue(Files.exists(home.resolve("renamed-名.txt")));
        assertTrue(w.FtpDeleteFileW(h, wide("renamed-名.txt")));
        assertFalse(Files.exists(home.resolve("renamed-名.txt")));
    }

    @Test
    void refusedCommandsAreExtendedErrorsWithTheReplyText() {
        HINTERNET h = alice();
        ftp.expectFailure(w.FtpDeleteFileW(h, wide("missing.txt")), WinInet.ERROR_INTERNET_EXTENDED_ERROR);
        LastResponseInfo.Info info = ftp.lastResponse();
        assertEquals(450, info.code(), "Apache FtpServer refuses DELE of a missing file with 450");
        assertTrue(info.text().startsWith("450 ") && info.text().endsWith("\r\n"), info.text());
        ftp.expectFailure(w.FtpSetCurrentDirectoryW(h, wide("missing")), WinInet.ERROR_INTERNET_EXTENDED_ERROR);
        ftp.expectFailure(w.FtpRemoveDirectoryW(h, wide("missing")), WinInet.ERROR_INTERNET_EXTENDED_ERROR);
        ftp.expectFailure(w.FtpRenameFileW(h, wide("missing"), wide("x")), WinInet.ERROR_INTERNET_EXTENDED_ERROR);
        ftp.expectFailure(w.FtpDeleteFileW(h, null), WinError.ERROR_INVALID_PARAMETER);
        ftp.expectFailure(w.FtpDeleteFileW(h, wide("a\r\nDELE b.txt")), WinError.ERROR_INVALID_PARAMETER);
    }

    @Test
    void currentDirectoryFollowsTheCharacterLengthContract() {
        HINTERNET h = alice();
        assertTrue(w.FtpSetCurrentDirectoryW(h, wide("sub")));
        IntByReference length = new IntByReference(3);
        Memory small = new Memory(6);
        ftp.expectFailure(w.FtpGetCurrentDirectoryW(h, small, length), WinError.ERROR_INSUFFICIENT_BUFFER);
        assertEquals("/sub".length() + 1, length.getValue(), "characters required, with the NUL");
        Memory buffer = new Memory((long) length.getValue() * 2);
        assertTrue(w.FtpGetCurrentDirectoryW(h, buffer, length));
        assertEquals(4, length.getValue(), "characters written, without the NUL");
        assertEquals("/sub", Utf16.decode(buffer));
    }

    @Test
    void commandsWithAndWithoutData() {
        HINTERNET h = alice();
        PointerByReference handle = new PointerByReference();
        assertTrue(w.FtpCommandW(h, false, 0, wide("NOOP"), new DWORD_PTR(0), handle));
        assertNull(handle.getValue());
        assertEquals(200, ftp.lastResponse().code());
        ftp.expectFailure(w.FtpCommandW(h, false, 0, wide("XYZZY"), new DWORD_PTR(0), handle),
                WinInet.ERROR_INTERNET_EXTENDED_ERROR);
        assertTrue(ftp.lastResponse().code() >= 500);

        assertTrue(w.FtpCommandW(h, true, WinInet.FTP_TRANSFER_TYPE_ASCII, wide("NLST"), new DWORD_PTR(0), handle),
                () -> "FtpCommandW: " + JavaLastError.get());
        HINTERNET data = HINTERNET.of(com.sun.jna.Pointer.nativeValue(handle.getValue()));
        ftp.expectFailure(w.FtpDeleteFileW(h, wide("b.txt")), WinInet.ERROR_FTP_TRANSFER_IN_PROGRESS);
        String listing = new String(ftp.raw.readAll(data), StandardCharsets.UTF_8);
        assertTrue(listing.contains("hello.txt") && listing.contains(UNICODE_NAME), listing);
        ftp.raw.close(data);
        assertTrue(w.FtpDeleteFileW(h, wide("b.txt")), "the session is free again");
    }

    private String currentDirectory(HINTERNET h) {
        IntByReference length = new IntByReference(260);
        Memory buffer = new Memory(520);
        assertTrue(w.FtpGetCurrentDirectoryW(h, buffer, length));
        return Utf16.decodeExact(buffer, length.getValue());
    }

    private static Memory utf8(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        Memory m = new Memory(bytes.length + 1);
        m.write(0, bytes, 0, bytes.length);
        m.setByte(bytes.length, (byte) 0);
        return m;
    }

    private static List<String> names(List<WIN32_FIND_DATAW> entries) {
        return entries.stream().map(RawFtp::name).sorted().collect(Collectors.toList());
    }

    private static WIN32_FIND_DATAW byName(List<WIN32_FIND_DATAW> entries, String name) {
        return entries.stream().filter(e -> RawFtp.name(e).equals(name)).findFirst().orElseThrow();
    }
}
