package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.AllBackends;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Directory listings and the download helpers built on them. */
class FtpListingTest extends FtpTestBase {

    @AllBackends
    void listGivesNamesSizesDirectoriesAndTimes(Backend backend) throws Exception {
        Files.write(home.resolve("five.bin"), new byte[5]);
        Files.createDirectories(home.resolve("sub"));
        Instant before = Instant.now().minus(Duration.ofDays(2));
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            Map<String, FtpEntry> byName;
            try (FtpListing listing = ftp.list()) {
                byName = listing.toList().stream().collect(Collectors.toMap(FtpEntry::name, Function.identity()));
                assertTrue(listing.isClosed(), "the find handle is released after the last entry");
            }
            FtpEntry five = byName.get("five.bin");
            assertNotNull(five, byName.toString());
            assertEquals(5L, five.size());
            assertFalse(five.directory());
            assertTrue(five.lastWrite().isPresent());
            assertTrue(five.lastWrite().get().isAfter(before), five.toString());
            FtpEntry sub = byName.get("sub");
            assertNotNull(sub, byName.toString());
            assertTrue(sub.directory());
            assertEquals(0x10, sub.attributes() & 0x10);
        }
    }

    @AllBackends
    void listOfADirectoryAndStream(Backend backend) throws Exception {
        Files.createDirectories(home.resolve("pub"));
        Files.writeString(home.resolve("pub/a.txt"), "a");
        Files.writeString(home.resolve("pub/b.txt"), "b");
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            List<String> names;
            try (java.util.stream.Stream<FtpEntry> stream = ftp.list("/pub/*").stream()) {
                names = stream.map(FtpEntry::name).sorted().collect(Collectors.toList());
            }
            assertEquals(List.of("a.txt", "b.txt"), names);
        }
    }

    @AllBackends
    void emptyDirectoryListsNothing(Backend backend) throws Exception {
        Files.createDirectories(home.resolve("empty"));
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            ftp.changeDirectory("empty");
            try (FtpListing listing = ftp.list()) {
                assertEquals(List.of(), listing.toList());
            }
            assertEquals("/empty", ftp.currentDirectory());
        }
    }

    @AllBackends
    void aSecondListingWhileOneIsOpenIsTransferInProgress(Backend backend) throws Exception {
        Files.writeString(home.resolve("a.txt"), "a");
        Files.writeString(home.resolve("b.txt"), "b");
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            try (FtpListing first = ftp.list()) {
                assertTrue(first.iterator().hasNext());
                WinInetException e = assertThrows(WinInetException.class, ftp::list);
                assertEquals(WinInetErrors.ERROR_FTP_TRANSFER_IN_PROGRESS, e.errorCode(), e.getMessage());
                assertEquals("FtpFindFirstFileW", e.call());
            }
            try (FtpListing again = ftp.list()) {
                assertEquals(2, again.toList().size());
            }
        }
    }

    @AllBackends
    void closingTheSessionClosesAnOpenListing(Backend backend) throws Exception {
        Files.writeString(home.resolve("a.txt"), "a");
        Files.writeString(home.resolve("b.txt"), "b");
        try (InternetSession s = session(backend)) {
            FtpSession ftp = login(s);
            FtpListing listing = ftp.list();
            assertFalse(listing.isClosed());
            ftp.close();
            assertTrue(listing.isClosed());
            java.util.Iterator<FtpEntry> it = listing.iterator();
            assertThrows(IllegalStateException.class, it::hasNext, "a cut-off listing is not a complete one");
            assertThrows(IllegalStateException.class, listing::iterator, "a listing iterates once");
        }
    }

    @AllBackends
    void downloadAllTakesTheFilesNotTheDirectories(Backend backend) throws Exception {
        Files.createDirectories(home.resolve("pub/nested"));
        Files.writeString(home.resolve("pub/a.txt"), "A");
        Files.writeString(home.resolve("pub/b.txt"), "B");
        Path target = Files.createDirectories(temp.resolve("target"));
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            List<Path> written = ftp.downloadAll("/pub", target, TransferType.BINARY);
            assertEquals(2, written.size(), written.toString());
            assertEquals("A", Files.readString(target.resolve("a.txt")));
            assertEquals("B", Files.readString(target.resolve("b.txt")));
            assertFalse(Files.exists(target.resolve("nested")));
            // Never replaces: a second run fails on the first existing file.
            WinInetException e = assertThrows(WinInetException.class,
                    () -> ftp.downloadAll("/pub", target, TransferType.BINARY));
            assertEquals(80, e.errorCode(), e.getMessage());
        }
    }

    @AllBackends
    void downloadToUsesTheListedName(Backend backend) throws Exception {
        Files.writeString(home.resolve("one.txt"), "1");
        Path target = Files.createDirectories(temp.resolve("target"));
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            FtpEntry entry;
            try (FtpListing listing = ftp.list()) {
                entry = listing.toList().get(0);
            }
            assertEquals(target.resolve("one.txt").toAbsolutePath(), ftp.downloadTo(entry, target, TransferType.BINARY));
            assertEquals("1", Files.readString(target.resolve("one.txt")));
        }
    }
}
