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
                if (entry.directory()) {
                    continue;
                }
                String n = entry.name();
                if (n.contains("/") || n.contains("\\") || n.contains(":") || n.equals("..") || n.equals(".")) {
                    assertThrows(UnsafeFileNameException.class,
                            () -> ftp.downloadTo(entry, target, TransferType.BINARY), n);
                    refused++;
                } else {
                    // A backend may report only the last segment of a listed path; what it
                    // reports is then a plain name, and the file lands directly in the target.
                    Path written = ftp.downloadTo(entry, target, TransferType.BINARY);
                    assertEquals(target.toAbsolutePath(), written.getParent(), n);
                }
            }
            assertTrue(refused >= 2, "hostile names seen: " + entries);
            assertEquals("hostile!", Files.readString(target.resolve("ok.txt")));
        }
        try (Stream<Path> everything = Files.walk(temp)) {
            assertTrue(everything.allMatch(p -> p.equals(temp) || p.startsWith(target)),
                    "nothing may be written outside the target");
        }
    }
}
