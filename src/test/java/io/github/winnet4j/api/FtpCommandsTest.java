package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.AllBackends;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.*;

/** Directory and file commands, raw commands, and the server's refusals as exceptions. */
class FtpCommandsTest extends FtpTestBase {

    @AllBackends
    void createChangeAndRemoveDirectories(Backend backend) throws Exception {
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            ftp.createDirectory("docs");
            assertTrue(Files.isDirectory(home.resolve("docs")));
            ftp.changeDirectory("docs");
            assertEquals("/docs", ftp.currentDirectory());
            ftp.changeDirectory("/");
            assertEquals("/", ftp.currentDirectory());
            ftp.removeDirectory("docs");
            assertFalse(Files.exists(home.resolve("docs")));
        }
    }

    @AllBackends
    void renameAndDelete(Backend backend) throws Exception {
        Files.writeString(home.resolve("old.txt"), "x");
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            ftp.rename("old.txt", "new.txt");
            assertFalse(Files.exists(home.resolve("old.txt")));
            assertEquals("x", Files.readString(home.resolve("new.txt")));
            ftp.delete("new.txt");
            assertFalse(Files.exists(home.resolve("new.txt")));
        }
    }

    @AllBackends
    void changingToAMissingDirectoryIsA550WithTheServersText(Backend backend) throws Exception {
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            FtpReplyException e = assertThrows(FtpReplyException.class, () -> ftp.changeDirectory("missing"));
            assertEquals(WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR, e.errorCode());
            assertEquals(ErrorCategory.SERVER_REPLY, e.category());
            assertEquals(550, e.replyCode(), e.getMessage());
            assertTrue(e.isPermanent());
            assertNotNull(e.serverText());
            assertTrue(e.serverText().startsWith("550"), e.serverText());
            assertEquals("FtpSetCurrentDirectoryW", e.call());
            assertTrue(e.getMessage().contains("missing"), e.getMessage());
        }
    }

    @AllBackends
    void deletingAMissingFileGivesTheServersOwnReply(Backend backend) throws Exception {
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            FtpReplyException e = assertThrows(FtpReplyException.class, () -> ftp.delete("missing.txt"));
            // Apache FtpServer answers DELE of a missing file with 450, not 550: the server decides.
            assertEquals(450, e.replyCode(), e.getMessage());
            assertFalse(e.isPermanent());
            assertTrue(e.serverText().startsWith("450"), e.serverText());
            assertEquals("FtpDeleteFileW", e.call());
        }
    }

    @AllBackends
    void otherRefusalsCarryTheirReplyCodes(Backend backend) throws Exception {
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            FtpReplyException cd = assertThrows(FtpReplyException.class, () -> ftp.changeDirectory("nowhere"));
            assertEquals(550, cd.replyCode(), cd.getMessage());
            FtpReplyException rmd = assertThrows(FtpReplyException.class, () -> ftp.removeDirectory("nowhere"));
            assertEquals(550, rmd.replyCode(), rmd.getMessage());
            FtpReplyException rn = assertThrows(FtpReplyException.class, () -> ftp.rename("nothing", "else"));
            assertTrue(rn.isPermanent(), rn.getMessage());
            // The session is still usable after refusals.
            assertEquals("/", ftp.currentDirectory());
        }
    }

    @AllBackends
    void commandReturnsTheReplyText(Backend backend) throws Exception {
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            String reply = ftp.command("NOOP");
            assertTrue(reply.startsWith("200"), reply);
            ftp.createDirectory("d");
            String mkd = ftp.command("RMD d");
            assertTrue(mkd.startsWith("250"), mkd);
            assertFalse(Files.exists(home.resolve("d")));
        }
    }

    @AllBackends
    void commandRefusalIsAReplyException(Backend backend) throws Exception {
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            FtpReplyException e = assertThrows(FtpReplyException.class, () -> ftp.command("CWD missing"));
            assertEquals(550, e.replyCode(), e.getMessage());
            FtpReplyException unknown = assertThrows(FtpReplyException.class, () -> ftp.command("XYZZY"));
            assertTrue(unknown.replyCode() >= 500 && unknown.replyCode() < 600, unknown.getMessage());
        }
    }

    @AllBackends
    void commandWithDataStreamsTheDataConnection(Backend backend) throws Exception {
        Files.writeString(home.resolve("one.txt"), "1");
        Files.writeString(home.resolve("two.txt"), "2");
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            String names;
            try (java.io.InputStream in = ftp.commandWithData("NLST")) {
                names = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertTrue(names.contains("one.txt") && names.contains("two.txt"), names);
            assertEquals("/", ftp.currentDirectory(), "the session is free again once the stream is closed");
        }
    }

    @AllBackends
    void remotePathsWithLineBreaksOrNulAreRefusedBeforeNativeCode(Backend backend) throws Exception {
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            IllegalArgumentException crlf = assertThrows(IllegalArgumentException.class,
                    () -> ftp.delete("a.txt\r\nDELE b.txt"));
            assertTrue(crlf.getMessage().contains("remote") && crlf.getMessage().contains("CR"), crlf.getMessage());
            assertThrows(IllegalArgumentException.class, () -> ftp.changeDirectory("a\nb"));
            assertThrows(IllegalArgumentException.class, () -> ftp.createDirectory("a\0b"));
            assertThrows(IllegalArgumentException.class, () -> ftp.rename("a", "b\r"));
            assertThrows(IllegalArgumentException.class, () -> ftp.command("NOOP\r\nQUIT"));
            assertThrows(IllegalArgumentException.class, () -> ftp.list("*\n"));
            assertThrows(IllegalArgumentException.class, () -> ftp.openRead("", TransferType.BINARY));
            assertThrows(IllegalArgumentException.class, () -> ftp.download(null, local.resolve("x"), false, TransferType.BINARY));
            assertThrows(IllegalArgumentException.class, () -> s.ftp("127.0.0.1\r\n"));
            assertEquals("/", ftp.currentDirectory());
        }
    }

    @AllBackends
    void useAfterCloseIsRefusedWithoutANativeCall(Backend backend) throws Exception {
        try (InternetSession s = session(backend)) {
            FtpSession ftp = login(s);
            ftp.close();
            ftp.close();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ftp.delete("x"));
            assertTrue(e.getMessage().contains("closed"), e.getMessage());
        }
    }
}
