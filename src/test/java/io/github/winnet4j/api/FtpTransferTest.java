package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.AllBackends;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Downloads, uploads, streams and sizes. */
class FtpTransferTest extends FtpTestBase {
    private static final int ERROR_FILE_NOT_FOUND = 2;
    private static final int ERROR_PATH_NOT_FOUND = 3;
    private static final int ERROR_FILE_EXISTS = 80;

    @AllBackends
    void downloadAndUpload(Backend backend) throws Exception {
        byte[] content = new byte[100_000];
        new java.util.Random(7).nextBytes(content);
        Files.write(home.resolve("data.bin"), content);
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            Path got = local.resolve("data.bin");
            ftp.download("data.bin", got, false, TransferType.BINARY);
            assertArrayEquals(content, Files.readAllBytes(got));
            ftp.upload(got, "copy.bin", TransferType.BINARY);
            assertArrayEquals(content, Files.readAllBytes(home.resolve("copy.bin")));
        }
    }

    @AllBackends
    void failIfExistsKeepsTheLocalFileAndIsALocalError(Backend backend) throws Exception {
        Files.writeString(home.resolve("a.txt"), "remote");
        Path existing = Files.writeString(local.resolve("a.txt"), "mine");
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            WinInetException e = assertThrows(WinInetException.class,
                    () -> ftp.download("a.txt", existing, true, TransferType.BINARY));
            assertEquals(ERROR_FILE_EXISTS, e.errorCode(), e.getMessage());
            assertFalse(e instanceof FtpReplyException);
            assertEquals("mine", Files.readString(existing));
            ftp.download("a.txt", existing, false, TransferType.BINARY);
            assertEquals("remote", Files.readString(existing));
        }
    }

    @AllBackends
    void failedDownloadLeavesNoPartialFile(Backend backend) throws Exception {
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            Path target = local.resolve("missing.txt");
            FtpReplyException e = assertThrows(FtpReplyException.class,
                    () -> ftp.download("missing.txt", target, false, TransferType.BINARY));
            assertEquals(550, e.replyCode(), e.getMessage());
            assertFalse(Files.exists(target), "a failed download must not leave a file behind");
            assertEquals("/", ftp.currentDirectory());
        }
    }

    @AllBackends
    void downloadIntoAMissingDirectoryIsALocalError(Backend backend) throws Exception {
        Files.writeString(home.resolve("a.txt"), "remote");
        Path target = local.resolve("no-such-dir").resolve("a.txt");
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            WinInetException e = assertThrows(WinInetException.class,
                    () -> ftp.download("a.txt", target, false, TransferType.BINARY));
            assertEquals(ERROR_PATH_NOT_FOUND, e.errorCode(), e.getMessage());
            assertFalse(e instanceof FtpReplyException);
            assertFalse(Files.exists(target.getParent()));
            assertEquals("/", ftp.currentDirectory(), "the session is still usable");
        }
    }

    @AllBackends
    void uploadOfAMissingLocalFileIsALocalError(Backend backend) throws Exception {
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            WinInetException e = assertThrows(WinInetException.class,
                    () -> ftp.upload(local.resolve("absent.txt"), "x.txt", TransferType.BINARY));
            assertEquals(ERROR_FILE_NOT_FOUND, e.errorCode(), e.getMessage());
            assertNotEquals(WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR, e.errorCode());
            assertFalse(Files.exists(home.resolve("x.txt")));
        }
    }

    @AllBackends
    void streamsReadAndWrite(Backend backend) throws Exception {
        Files.writeString(home.resolve("in.txt"), "hello over ftp");
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            try (InputStream in = ftp.openRead("in.txt", TransferType.BINARY)) {
                assertEquals("hello over ftp", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertEquals(-1, in.read());
            }
            try (OutputStream out = ftp.openWrite("out.txt", TransferType.BINARY)) {
                out.write("written ".getBytes(StandardCharsets.UTF_8));
                out.write('!');
            }
            assertEquals("written !", Files.readString(home.resolve("out.txt")));
        }
    }

    @AllBackends
    void openReadOfAMissingFileIsA550(Backend backend) throws Exception {
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            FtpReplyException e = assertThrows(FtpReplyException.class,
                    () -> ftp.openRead("missing.txt", TransferType.BINARY));
            assertEquals(550, e.replyCode(), e.getMessage());
            assertEquals("FtpOpenFileW", e.call());
        }
    }

    @AllBackends
    void aTransferInProgressBlocksOtherCallsUntilClosed(Backend backend) throws Exception {
        Files.writeString(home.resolve("in.txt"), "x");
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            InputStream in = ftp.openRead("in.txt", TransferType.BINARY);
            try {
                WinInetException e = assertThrows(WinInetException.class, () -> ftp.delete("in.txt"));
                assertEquals(WinInetErrors.ERROR_FTP_TRANSFER_IN_PROGRESS, e.errorCode(), e.getMessage());
            } finally {
                in.close();
            }
            in.close();
            assertThrows(java.io.IOException.class, in::read);
            ftp.delete("in.txt");
        }
    }

    @AllBackends
    void sizeIsReported(Backend backend) throws Exception {
        Files.write(home.resolve("sized.bin"), new byte[123_457]);
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            assertEquals(123_457L, ftp.size("sized.bin"));
            FtpReplyException e = assertThrows(FtpReplyException.class, () -> ftp.size("missing.bin"));
            assertEquals(550, e.replyCode(), e.getMessage());
        }
    }

    @AllBackends
    void asciiTransferKeepsText(Backend backend) throws Exception {
        Files.writeString(home.resolve("t.txt"), "line1\r\nline2\r\n");
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            Path got = local.resolve("t.txt");
            ftp.download("t.txt", got, false, TransferType.ASCII);
            String text = Files.readString(got);
            assertTrue(text.startsWith("line1") && text.contains("line2"), text);
        }
    }

    @AllBackends
    void nonAsciiFileNamesRoundTrip(Backend backend) throws Exception {
        String name = "caf\u00e9-\u00fcber.txt";
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            try (OutputStream out = ftp.openWrite(name, TransferType.BINARY)) {
                out.write(1);
            }
            java.util.List<FtpEntry> entries;
            try (FtpListing listing = ftp.list()) {
                entries = listing.toList();
            }
            assertTrue(entries.stream().anyMatch(e -> e.name().equals(name)), entries.toString());
            try (InputStream in = ftp.openRead(name, TransferType.BINARY)) {
                assertEquals(1, in.readAllBytes().length);
            }
            ftp.delete(name);
        }
    }
}
