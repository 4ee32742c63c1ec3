package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A scripted server lists names that point outside the target directory: the download helpers
 * refuse them and write nothing anywhere.
 */
class FtpHostileListingTest {
    @org.junit.jupiter.api.io.TempDir
    Path temp;

    private static final List<String> HOSTILE = List.of("ok.txt", "../evil", "/etc/passwd", "a/b",
            "..\\evil2", "C:evil3", "..");

    @AllBackends
    void downloadAllRefusesTheWholeHostileListing(Backend backend) throws Exception {
        Path target = Files.createDirectories(temp.resolve("inner/target"));
        try (ScriptedFtpServer server = new ScriptedFtpServer(HOSTILE);
             InternetSession s = FtpTestBase.session(backend);
             FtpSession ftp = s.ftp("127.0.0.1").port(server.port()).user("u").password("p".toCharArray()).open()) {
            UnsafeFileNameException e = assertThrows(UnsafeFileNameException.class,
                    () -> ftp.downloadAll(null, target, TransferType.BINARY));
            assertNotEquals("ok.txt", e.name());
            assertTrue(server.commands().stream().noneMatch(c -> c.startsWith("RETR")), server.commands().toString());
        }
        try (Stream<Path> everything = Files.walk(temp)) {
            assertEquals(List.of(temp, temp.resolve("inner"), target), everything.sorted().toList(),
                    "nothing may be written, inside the target or outside it");
        }
    }

    @AllBackends
    void downloadToRefusesEachHostileEntry(Backend backend) throws Exception {
        Path target = Files.createDirectories(temp.resolve("target"));
        try (ScriptedFtpServer server = new ScriptedFtpServer(HOSTILE);
             InternetSession s = FtpTestBase.session(backend);
             FtpSession ftp = s.ftp("127.0.0.1").port(server.port()).user("u").password("p".toCharArray()).open()) {
            List<FtpEntry> entries;
            try (FtpListing listing = ftp.list()) {
                entries = listing.toList();
            }
            assertTrue(entries.stream().anyMatch(x -> x.name().equals("ok.txt")), entries.toString());
            int refused = 0;
            for (FtpEntry entry : entries) {
                if (entry.directory() || entry.name().equals("ok.txt")) {
                    continue;
                }
                assertThrows(UnsafeFileNameException.class, () -> ftp.downloadTo(entry, target, TransferType.BINARY),
                        entry.name());
                refused++;
            }
            assertTrue(refused >= 3, "hostile names seen: " + entries);
            assertTrue(server.commands().stream().noneMatch(c -> c.startsWith("RETR")), server.commands().toString());
            FtpEntry ok = entries.stream().filter(x -> x.name().equals("ok.txt")).findFirst().orElseThrow();
            ftp.downloadTo(ok, target, TransferType.BINARY);
            assertEquals("hostile!", Files.readString(target.resolve("ok.txt")));
        }
        assertFalse(Files.exists(temp.resolve("evil")));
        assertFalse(Files.exists(temp.resolve("evil2")));
    }
}
