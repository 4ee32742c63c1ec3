package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WIN32_FIND_DATAW;
import io.github.winnet4j.raw.WinInet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.github.winnet4j.backends.java.RawCalls.wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What only a scripted server provokes: hostile PASV replies, stalled transfers, late refusals. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JavaWinInetFtpHostileTest {
    @TempDir
    Path local;
    private final RawFtp ftp = new RawFtp();
    private final JavaWinInet w = ftp.w;

    @AfterEach
    void stop() {
        ftp.close();
        LastResponseInfo.clear();
        assertEquals(0, w.openHandleCount());
    }

    @Test
    void aPasvReplyNamingAnotherLoopbackAddressIsAnsweredAtTheControlPeer() throws IOException {
        try (ScriptedFtpServer server = new ScriptedFtpServer("127,0,0,2", 0);
             ServerSocket trap = trapAtSamePort(server.data.getLocalPort())) {
            listOnce(server);
            assertFalse(ScriptedFtpServer.anyConnection(trap), "nothing connected to 127.0.0.2");
            assertEquals(1, server.dataConnections.get(), "the data connection went to 127.0.0.1");
        }
    }

    /**
     * A listener on 127.0.0.2 at the data port's number, where a client that obeyed the PASV reply
     * would connect. The port is taken on 127.0.0.1 first, so it may be busy on 127.0.0.2: then
     * the test cannot be set up, which is not the behaviour under test.
     */
    private static ServerSocket trapAtSamePort(int port) throws IOException {
        try {
            return new ServerSocket(port, 5, InetAddress.getByName("127.0.0.2"));
        } catch (java.net.BindException e) {
            org.junit.jupiter.api.Assumptions.abort("port " + port + " is busy on 127.0.0.2: " + e.getMessage());
            throw e;
        }
    }

    // Only loopback and unspecified addresses: if the rewrite ever regressed, a test naming a
    // private or public address would send traffic off this machine.
    @ParameterizedTest
    @ValueSource(strings = {"127,0,0,3", "127,1,2,3", "0,0,0,0"})
    void aPasvReplyNamingAnyOtherHostIsAnsweredAtTheControlPeer(String address) throws IOException {
        try (ScriptedFtpServer server = new ScriptedFtpServer(address, 0)) {
            listOnce(server);
            assertEquals(1, server.dataConnections.get(), "the data connection went to 127.0.0.1");
        }
    }

    private void listOnce(ScriptedFtpServer server) {
        HINTERNET h = ftp.connect(server.port(), "u", "p", WinInet.INTERNET_FLAG_PASSIVE);
        WIN32_FIND_DATAW data = new WIN32_FIND_DATAW();
        HINTERNET find = w.FtpFindFirstFileW(h, null, data, 0, new DWORD_PTR(0));
        assertNotNull(find, () -> "FtpFindFirstFileW: " + JavaLastError.get());
        assertEquals("a.txt", RawFtp.name(data));
        assertEquals(5, RawFtp.size(data));
        ftp.raw.close(find);
    }

    @Test
    void closingTheSessionEndsABlockedReadPromptly() throws Exception {
        try (ScriptedFtpServer server = new ScriptedFtpServer("127,0,0,1", 0)) {
            HINTERNET h = ftp.connect(server.port(), "u", "p", WinInet.INTERNET_FLAG_PASSIVE);
            HINTERNET file = w.FtpOpenFileW(h, wide("stall.bin"), FtpCalls.GENERIC_READ, 0, new DWORD_PTR(0));
            assertNotNull(file, () -> "FtpOpenFileW: " + JavaLastError.get());
            CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
                Memory buffer = new Memory(4096);
                IntByReference read = new IntByReference();
                return w.InternetReadFile(file, buffer, 4096, read) ? 0 : JavaLastError.get();
            });
            Thread.sleep(200);
            assertFalse(reader.isDone(), "the read is blocked");
            long start = System.nanoTime();
            ftp.raw.close(h);
            assertEquals(WinInet.ERROR_INTERNET_OPERATION_CANCELLED, reader.get(2, TimeUnit.SECONDS));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
        }
    }

    @Test
    void closingTheSessionEndsABlockedDownloadWithoutAPartialFile() throws Exception {
        try (ScriptedFtpServer server = new ScriptedFtpServer("127,0,0,1", 0)) {
            HINTERNET h = ftp.connect(server.port(), "u", "p", WinInet.INTERNET_FLAG_PASSIVE);
            Path target = local.resolve("stall.bin");
            CompletableFuture<Integer> download = CompletableFuture.supplyAsync(() ->
                    w.FtpGetFileW(h, wide("stall.bin"), wide(target.toString()), false, 0, 0, new DWORD_PTR(0))
                            ? 0 : JavaLastError.get());
            assertTrue(server.retrOpened.await(5, TimeUnit.SECONDS));
            Thread.sleep(100);
            ftp.raw.close(h);
            assertEquals(WinInet.ERROR_INTERNET_OPERATION_CANCELLED, download.get(2, TimeUnit.SECONDS));
            try (Stream<Path> left = Files.list(local)) {
                assertEquals(0, left.count(), "no partial or temporary file");
            }
        }
    }

    @Test
    void anUploadRefusedAfterItsDataFailsTheCloseWithTheWholeReply() throws Exception {
        try (ScriptedFtpServer server = new ScriptedFtpServer("127,0,0,1", 0)) {
            HINTERNET h = ftp.connect(server.port(), "u", "p", WinInet.INTERNET_FLAG_PASSIVE);
            HINTERNET file = w.FtpOpenFileW(h, wide("up.bin"), FtpCalls.GENERIC_WRITE, 0, new DWORD_PTR(0));
            assertNotNull(file, () -> "FtpOpenFileW: " + JavaLastError.get());
            Memory bytes = new Memory(1000);
            bytes.clear();
            IntByReference written = new IntByReference();
            assertTrue(w.InternetWriteFile(file, bytes, 1000, written));
            ftp.expectFailure(w.InternetCloseHandle(file), WinInet.ERROR_INTERNET_EXTENDED_ERROR);
            LastResponseInfo.Info info = ftp.lastResponse();
            assertEquals(552, info.code());
            assertEquals("552-Storage allocation exceeded.\r\n552 Nothing was kept.\r\n", info.text());
            ftp.expectFailure(w.InternetCloseHandle(file), WinError.ERROR_INVALID_HANDLE);
        }
    }
}
