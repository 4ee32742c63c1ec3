package io.github.winnet4j.hardening;

import io.github.winnet4j.api.FtpEntry;
import io.github.winnet4j.api.FtpListing;
import io.github.winnet4j.api.FtpSession;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.TransferType;
import io.github.winnet4j.api.UnsafeFileNameException;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.hardening.HostileFtpServer.Mode;
import io.github.winnet4j.testing.AllBackends;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.github.winnet4j.raw.WinInetErrors.*;
import static org.junit.jupiter.api.Assertions.*;

/** Hostile FTP servers through {@link FtpSession}, on every backend. */
class HostileFtpTest {
    @TempDir
    Path temp;

    private static FtpSession login(InternetSession s, HostileFtpServer server) throws WinInetException {
        return s.ftp("127.0.0.1").port(server.port()).passive(true).user("u").password("p".toCharArray()).open();
    }

    @AllBackends
    void reply421MidTransfer(Backend backend) throws Exception {
        HostileFtpServer server = new HostileFtpServer(Mode.CLOSE_421_MID_TRANSFER, List.of());
        try (server; InternetSession s = HostileHttpTest.session(backend); FtpSession ftp = login(s, server)) {
            InputStream in = ftp.openRead("file.bin", TransferType.BINARY);
            // Half the file arrives, then the 421: the download must fail, never end as a short file.
            WinInetException e = HostileHttpTest.fails(ERROR_FTP_DROPPED, "ERROR_FTP_DROPPED", () -> {
                        try (in) {
                            in.readAllBytes();
                        }
                    });
            assertNotNull(e.getMessage());
        }
        assertEquals(0, server.liveThreads());
    }

    @AllBackends
    void pasvReplyNamingAnotherAddressIsNotFollowed(Backend backend) throws Exception {
        HostileFtpServer server = new HostileFtpServer(Mode.PASV_NAMES_OTHER_ADDRESS, List.of());
        try (server; InternetSession s = HostileHttpTest.session(backend); FtpSession ftp = login(s, server)) {
            // The data listener is on 127.0.0.1 only: the file arrives only if the client connected
            // to the control peer rather than to the 127.0.0.2 the reply named.
            if (HostileHttpTest.isJava(backend)) {
                try (InputStream in = ftp.openRead("file.bin", TransferType.BINARY)) {
                    assertArrayEquals(HostileFtpServer.FILE, in.readAllBytes());
                }
            } else {
                // wininet.dll connects where the reply says: refused there (WSAECONNREFUSED, 10061).
                WinInetException e = assertThrows(WinInetException.class,
                        () -> ftp.openRead("file.bin", TransferType.BINARY));
                assertEquals(10061, e.errorCode(), e.getMessage());
                assertEquals("FtpOpenFileW", e.call());
            }
        }
        assertEquals(0, server.liveThreads());
    }

    @AllBackends
    void listingWithParentAndAbsoluteNamesNeverWritesOutside(Backend backend) throws Exception {
        List<String> names = List.of("ok.txt", "../escape.txt", "/etc/passwd");
        Path target = Files.createDirectories(temp.resolve("inner/target"));
        HostileFtpServer server = new HostileFtpServer(Mode.WELL_BEHAVED, names);
        try (server; InternetSession s = HostileHttpTest.session(backend); FtpSession ftp = login(s, server)) {
            List<String> listed;
            try (FtpListing listing = ftp.list()) {
                listed = listing.stream().map(FtpEntry::name).toList();
            }
            // Both engines report the names as the server sent them; the API refuses the unsafe one.
            assertEquals(names, listed);
            UnsafeFileNameException e = assertThrows(UnsafeFileNameException.class,
                    () -> ftp.downloadAll(null, target, TransferType.BINARY), listed.toString());
            assertEquals("../escape.txt", e.name());
            assertTrue(server.commands().stream().noneMatch(c -> c.startsWith("RETR")), server.commands().toString());
        }
        try (Stream<Path> outside = Files.walk(temp)) {
            assertTrue(outside.allMatch(p -> p.equals(temp) || p.equals(temp.resolve("inner")) || p.startsWith(target)),
                    "nothing may be written outside the target");
        }
        try (Stream<Path> inside = Files.list(target)) {
            assertEquals(0, inside.count());
        }
        assertEquals(0, server.liveThreads());
    }

    @AllBackends
    void dataConnectionDyingMidFileIsAnError(Backend backend) throws Exception {
        HostileFtpServer server = new HostileFtpServer(Mode.DATA_DIES_MID_FILE, List.of());
        try (server; InternetSession s = HostileHttpTest.session(backend); FtpSession ftp = login(s, server)) {
            InputStream in = ftp.openRead("file.bin", TransferType.BINARY);
            HostileHttpTest.fails(ERROR_INTERNET_CONNECTION_RESET, "ERROR_INTERNET_CONNECTION_RESET", () -> {
                try (in) {
                    in.readAllBytes();
                }
            });
        }
        assertEquals(0, server.liveThreads());
    }
}
