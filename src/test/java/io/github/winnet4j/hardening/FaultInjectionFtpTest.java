package io.github.winnet4j.hardening;

import io.github.winnet4j.api.FtpEntry;
import io.github.winnet4j.api.FtpListing;
import io.github.winnet4j.api.FtpReplyException;
import io.github.winnet4j.api.FtpSession;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.TransferType;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Fault;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.winnet4j.raw.WinInetErrors.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every raw call of a whole FTP session fails in turn (login, current directory, listing,
 * download, streamed read, upload, streamed write, delete, every close): each failure surfaces as
 * the right exception — an {@link FtpReplyException} with the server's reply and its code for
 * ERROR_INTERNET_EXTENDED_ERROR, a {@link WinInetException} otherwise — carrying the injected code
 * and the failing entry point, and every handle opened so far is closed.
 */
class FaultInjectionFtpTest {
    static final String CONTENT = "remote file for the fault sweep\n";

    @TempDir
    Path temp;

    /** The failure each entry point reports; server refusals carry a reply as WinINet's do. */
    static Fault fault(String call) {
        return switch (call) {
            case "InternetOpenW" -> Fault.of(8); // ERROR_NOT_ENOUGH_MEMORY
            case "InternetSetOptionW" -> Fault.of(ERROR_INTERNET_INVALID_OPTION);
            case "InternetConnectW" -> Fault.of(ERROR_INTERNET_LOGIN_FAILURE);
            case "FtpGetCurrentDirectoryW" -> Fault.reply("421 Service not available, closing control connection.");
            case "FtpFindFirstFileW" -> Fault.reply("550 No such directory.");
            case "InternetFindNextFileW" -> Fault.of(ERROR_INTERNET_CONNECTION_ABORTED);
            case "FtpGetFileW" -> Fault.reply("550 remote.txt: file unavailable.");
            case "FtpOpenFileW" -> Fault.reply("450 File busy.");
            case "InternetReadFile" -> Fault.of(ERROR_INTERNET_CONNECTION_ABORTED);
            case "FtpPutFileW" -> Fault.reply("553 File name not allowed.");
            case "InternetWriteFile" -> Fault.of(ERROR_INTERNET_CONNECTION_RESET);
            case "FtpDeleteFileW" -> Fault.reply("550 Permission denied.");
            case "InternetCloseHandle" -> Fault.reply("426 Connection closed; transfer aborted.");
            default -> Fault.of(ERROR_INTERNET_INTERNAL_ERROR);
        };
    }

    /** The whole session through the public API; the server's directory is reset first. */
    static void session(Backend backend, FaultInjectionFtpServer server, Path local) throws Exception {
        reset(server.home, local);
        try (InternetSession session = InternetSession.builder().backend(backend).direct().agent("winnet4j-faults")
                .timeouts(Duration.ofSeconds(5)).open();
             FtpSession ftp = session.ftp(FaultInjectionFtpServer.HOST).port(server.port)
                     .user(FaultInjectionFtpServer.USER).password(FaultInjectionFtpServer.PASSWORD.toCharArray()).open()) {
            assertEquals("/", ftp.currentDirectory());
            List<FtpEntry> entries;
            try (FtpListing listing = ftp.list()) {
                entries = listing.toList();
            }
            assertEquals(List.of("remote.txt"), entries.stream().map(FtpEntry::name).toList());
            ftp.download("remote.txt", local.resolve("down.txt"), false, TransferType.BINARY);
            assertEquals(CONTENT, Files.readString(local.resolve("down.txt")));
            try (InputStream in = ftp.openRead("remote.txt", TransferType.BINARY)) {
                assertEquals(CONTENT, new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            }
            ftp.upload(local.resolve("up.txt"), "up.txt", TransferType.BINARY);
            try (OutputStream out = ftp.openWrite("streamed.txt", TransferType.BINARY)) {
                out.write(CONTENT.getBytes(StandardCharsets.US_ASCII));
            }
            ftp.delete("up.txt");
            ftp.delete("streamed.txt");
        }
    }

    private static void reset(Path home, Path local) throws IOException {
        for (Path dir : new Path[] {home, local}) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.writeString(home.resolve("remote.txt"), CONTENT);
        Files.writeString(local.resolve("up.txt"), CONTENT);
    }

    @AllBackends
    void everyRawCallOfASessionFailsCleanly(Backend backend) throws Exception {
        Path local = Files.createDirectories(temp.resolve("local"));
        try (FaultInjectionFtpServer server = FaultInjectionFtpServer.start(temp.resolve("home"))) {
            Map<String, Integer> sites = FaultSweep.sweep(backend, FaultInjectionFtpTest::fault,
                    b -> session(b, server, local), FaultInjectionFtpTest::check);
            System.out.println("[faults] WinINet FTP on " + backend.name() + ": " + sites);
            for (String site : new String[] {"InternetOpenW", "InternetConnectW", "FtpGetCurrentDirectoryW",
                    "FtpFindFirstFileW", "InternetFindNextFileW", "FtpGetFileW", "FtpOpenFileW", "InternetReadFile",
                    "FtpPutFileW", "InternetWriteFile", "FtpDeleteFileW", "InternetCloseHandle"}) {
                assertTrue(sites.containsKey(site), site + " is not in the flow: " + sites);
            }
        }
    }

    static void check(int index, String call, Fault fault, Throwable thrown, List<String> calls) {
        assertNotNull(thrown, "the failure was swallowed: the flow completed");
        WinInetException e = assertInstanceOf(WinInetException.class, thrown, "exception type");
        assertEquals(fault.code(), e.errorCode(), e.getMessage());
        assertEquals(call, e.call(), e.getMessage());
        if (fault.serverText() != null) {
            FtpReplyException reply = assertInstanceOf(FtpReplyException.class, e, "a server reply");
            assertEquals(fault.serverText(), reply.serverText());
            assertEquals(Integer.parseInt(fault.serverText().substring(0, 3)), reply.replyCode());
        } else {
            assertEquals(WinInetException.class, e.getClass(), "exception type: " + e);
        }
    }
}
