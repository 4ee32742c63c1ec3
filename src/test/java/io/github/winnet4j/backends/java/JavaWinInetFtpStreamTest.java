package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import static io.github.winnet4j.backends.java.RawCalls.wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FtpOpenFileW streaming, FtpGetFileSize, ftp:// URLs and handle closing, against Apache FtpServer. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JavaWinInetFtpStreamTest {
    private static final long LARGE = 64L << 20;
    /** Heap growth allowed while 64 MiB stream through (the server runs in this JVM too). */
    private static final long HEAP_ALLOWANCE = 24L << 20;

    @TempDir
    Path home;
    private FtpTestServer server;
    private RawFtp ftp;
    private JavaWinInet w;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(home.resolve("small.txt"), "small file");
        server = new FtpTestServer(home);
        ftp = new RawFtp();
        w = ftp.w;
    }

    @AfterEach
    void stop() {
        ftp.close();
        LastResponseInfo.clear();
        assertEquals(0, w.openHandleCount());
        server.close();
    }

    private HINTERNET alice(int flags) {
        return ftp.connect(server.port, FtpTestServer.USER, FtpTestServer.PASSWORD, flags);
    }

    private HINTERNET open(HINTERNET h, String name, int access) {
        HINTERNET file = w.FtpOpenFileW(h, wide(name), access, WinInet.FTP_TRANSFER_TYPE_BINARY, new DWORD_PTR(0));
        assertNotNull(file, () -> "FtpOpenFileW failed: " + JavaLastError.get());
        return file;
    }

    @Test
    void largeFileStreamsBothWaysWithBoundedMemory() throws IOException {
        HINTERNET h = alice(WinInet.INTERNET_FLAG_PASSIVE);
        long baseline = usedHeap();
        long peak = 0;
        HINTERNET up = open(h, "large.bin", FtpCalls.GENERIC_WRITE);
        ftp.expectFailure(w.FtpDeleteFileW(h, wide("small.txt")), WinInet.ERROR_FTP_TRANSFER_IN_PROGRESS);
        Memory chunk = new Memory(1 << 20);
        CRC32 sent = new CRC32();
        byte[] bytes = new byte[(int) chunk.size()];
        IntByReference written = new IntByReference();
        for (long done = 0; done < LARGE; done += bytes.length) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) ((done + i) * 7 >>> 3);
            }
            sent.update(bytes);
            chunk.write(0, bytes, 0, bytes.length);
            assertTrue(w.InternetWriteFile(up, chunk, bytes.length, written), () -> "write: " + JavaLastError.get());
            assertEquals(bytes.length, written.getValue());
            if (done == LARGE / 2) {
                peak = Math.max(peak, usedHeap() - baseline);
            }
        }
        ftp.raw.close(up);
        assertEquals(LARGE, Files.size(home.resolve("large.bin")));
        assertEquals(sent.getValue(), crc(home.resolve("large.bin")));

        HINTERNET down = open(h, "large.bin", FtpCalls.GENERIC_READ);
        IntByReference high = new IntByReference(-1);
        assertEquals((int) LARGE, w.FtpGetFileSize(down, high));
        assertEquals(0, high.getValue());
        CRC32 received = new CRC32();
        long total = 0;
        IntByReference read = new IntByReference();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(w.InternetReadFile(down, chunk, (int) chunk.size(), read), () -> "read: " + JavaLastError.get());
            if (read.getValue() == 0) {
                break;
            }
            received.update(chunk.getByteArray(0, read.getValue()));
            total += read.getValue();
            if (total == LARGE / 2) {
                peak = Math.max(peak, usedHeap() - baseline);
            }
        }
        ftp.raw.close(down);
        assertEquals(LARGE, total);
        assertEquals(sent.getValue(), received.getValue());
        assertTrue(peak < HEAP_ALLOWANCE, "heap grew by " + (peak >> 20) + " MiB while streaming");
    }

    @Test
    void readHandleGivesSizeAndEndsWithZeroBytes() {
        HINTERNET h = alice(0);
        HINTERNET file = open(h, "small.txt", FtpCalls.GENERIC_READ);
        assertEquals(10, w.FtpGetFileSize(file, null));
        IntByReference available = new IntByReference();
        assertTrue(w.InternetQueryDataAvailable(file, available, 0, new DWORD_PTR(0)));
        assertTrue(available.getValue() > 0);
        assertEquals("small file", new String(ftp.raw.readAll(file), StandardCharsets.US_ASCII));
        assertTrue(w.InternetQueryDataAvailable(file, available, 0, new DWORD_PTR(0)));
        assertEquals(0, available.getValue());
        ftp.raw.close(file);
        assertTrue(w.FtpDeleteFileW(h, wide("small.txt")), "closing the file handle frees the session");
    }

    @Test
    void sizesAbove4GiBComeBackInTwoPartsAndAnAbandonedDownloadClosesQuietly() throws IOException {
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(home.resolve("big.bin").toFile(), "rw")) {
            sparse.setLength(5L << 30);
        }
        HINTERNET h = alice(WinInet.INTERNET_FLAG_PASSIVE);
        HINTERNET file = open(h, "big.bin", FtpCalls.GENERIC_READ);
        IntByReference high = new IntByReference();
        assertEquals(1 << 30, w.FtpGetFileSize(file, high));
        assertEquals(1, high.getValue());
        ftp.expectFailure(w.FtpGetFileSize(h, high) != -1, WinInet.ERROR_INTERNET_INCORRECT_HANDLE_TYPE);
        Memory buffer = new Memory(4096);
        IntByReference read = new IntByReference();
        assertTrue(w.InternetReadFile(file, buffer, 4096, read));
        assertEquals(4096, read.getValue());
        ftp.raw.close(file);
        assertTrue(w.FtpDeleteFileW(h, wide("small.txt")), "the session is usable after the abandoned download");
    }

    @Test
    void openingAMissingFileIsTheServersReplyAndBadAccessIsInvalid() {
        HINTERNET h = alice(WinInet.INTERNET_FLAG_PASSIVE);
        assertNull(w.FtpOpenFileW(h, wide("missing.bin"), FtpCalls.GENERIC_READ, 0, new DWORD_PTR(0)));
        assertEquals(WinInet.ERROR_INTERNET_EXTENDED_ERROR, JavaLastError.get());
        assertEquals(550, ftp.lastResponse().code());
        assertNull(w.FtpOpenFileW(h, wide("small.txt"), FtpCalls.GENERIC_READ | FtpCalls.GENERIC_WRITE, 0,
                new DWORD_PTR(0)));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertTrue(w.FtpDeleteFileW(h, wide("small.txt")), "a failed open leaves the session free");
    }

    @Test
    void closingTheSessionClosesItsFileAndFindHandles() {
        HINTERNET h = alice(WinInet.INTERNET_FLAG_PASSIVE);
        HINTERNET file = open(h, "small.txt", FtpCalls.GENERIC_READ);
        ftp.raw.close(h);
        IntByReference read = new IntByReference();
        Memory buffer = new Memory(16);
        ftp.expectFailure(w.InternetReadFile(file, buffer, 16, read), WinError.ERROR_INVALID_HANDLE);
        assertEquals(1, w.openHandleCount(), "only the InternetOpen handle is left");
    }

    @Test
    void ftpUrlsOpenAFileForReading() {
        HINTERNET file = w.InternetOpenUrlW(ftp.session,
                wide("ftp://alice:secret@127.0.0.1:" + server.port + "/small.txt"), null, 0,
                WinInet.INTERNET_FLAG_PASSIVE, new DWORD_PTR(0));
        assertNotNull(file, () -> "InternetOpenUrlW: " + JavaLastError.get());
        assertEquals("small file", new String(ftp.raw.readAll(file), StandardCharsets.US_ASCII));
        ftp.raw.close(file);
        assertEquals(1, w.openHandleCount(), "the implicit FTP session closed with its file");
        assertNull(w.InternetOpenUrlW(ftp.session, wide("ftp://127.0.0.1:" + server.port + "/"), null, 0, 0,
                new DWORD_PTR(0)));
        assertEquals(WinInet.ERROR_INTERNET_INVALID_OPERATION, JavaLastError.get());
        assertNull(w.InternetOpenUrlW(ftp.session, wide("ftp://127.0.0.1:" + server.port + "/missing"), null, 0,
                WinInet.INTERNET_FLAG_PASSIVE, new DWORD_PTR(0)));
        assertEquals(WinInet.ERROR_INTERNET_EXTENDED_ERROR, JavaLastError.get());
        assertEquals(1, w.openHandleCount());
    }

    @Test
    void anUploadTheServerRefusesAtOnceFailsTheOpen() {
        HINTERNET anonymous = ftp.connect(server.port, null, null, WinInet.INTERNET_FLAG_PASSIVE);
        assertNull(w.FtpOpenFileW(anonymous, wide("nope.bin"), FtpCalls.GENERIC_WRITE, 0, new DWORD_PTR(0)));
        assertEquals(WinInet.ERROR_INTERNET_EXTENDED_ERROR, JavaLastError.get());
        assertEquals(550, ftp.lastResponse().code());
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        System.gc();
        return r.totalMemory() - r.freeMemory();
    }

    private static long crc(Path p) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(p)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }
}
