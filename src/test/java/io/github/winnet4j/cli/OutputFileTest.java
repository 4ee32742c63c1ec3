package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

/** {@code -o FILE}: the file appears whole or not at all. */
class OutputFileTest {

    private static List<Path> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @AllBackends
    void completeBodyIsWritten(Backend backend, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.txt");
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("the whole body"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-o", file.toString(), Cli.url(server, "/")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("", r.out());
            assertEquals("the whole body", Files.readString(file));
            assertEquals(List.of(file), listing(dir));
        }
    }

    @AllBackends
    void bodyCutShortLeavesNoFile(Backend backend, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("cut.bin");
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("y".repeat(200_000))
                    .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-o", file.toString(), Cli.url(server, "/")));
            assertNotEquals(0, r.code(), r.toString());
            assertTrue(r.err().startsWith("winnet: "), r.err());
            assertEquals(List.of(), listing(dir), "no partial or temporary file may remain");
        }
    }

    @AllBackends
    void failedTransferKeepsTheOldFile(Backend backend, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("keep.txt"), "old content");
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("z".repeat(200_000))
                    .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-o", file.toString(), Cli.url(server, "/")));
            assertNotEquals(0, r.code(), r.toString());
            assertEquals("old content", Files.readString(file, UTF_8));
            assertEquals(List.of(file), listing(dir));
        }
    }

    @AllBackends
    void failWithErrorStatusCreatesNoFile(Backend backend, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("never.txt");
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(403).setBody("forbidden"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-f", "-o", file.toString(), Cli.url(server, "/")));
            assertEquals(ExitCodes.HTTP_ERROR, r.code(), r.toString());
            assertEquals(List.of(), listing(dir));
        }
    }

    @AllBackends
    void unwritableDestinationIs23(Backend backend, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("no-such-dir").resolve("out.txt");
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("body"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-o", file.toString(), Cli.url(server, "/")));
            assertEquals(ExitCodes.WRITE_ERROR, r.code(), r.toString());
            assertTrue(r.err().contains("cannot write"), r.err());
        }
    }
}
