package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.FtpLoopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

/** {@code winnet ftp ...} against a loopback FTP server, on every backend. */
class FtpCommandsTest {
    @TempDir
    Path temp;
    Path home;
    Path local;
    FtpLoopback server;

    @BeforeEach
    void start() throws Exception {
        home = temp.resolve("home");
        local = Files.createDirectories(temp.resolve("local"));
        server = FtpLoopback.start(home);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String url(String path) {
        return "ftp://" + FtpLoopback.USER + ":" + FtpLoopback.PASSWORD + "@127.0.0.1:" + server.port + path;
    }

    private static Cli.Result ftp(Backend backend, String... args) {
        List<String> all = new ArrayList<>(List.of("ftp"));
        all.addAll(List.of(args));
        all.add("--backend");
        all.add(backend.name());
        return Cli.run(all.toArray(String[]::new));
    }

    @AllBackends
    void lsListsTypeSizeAndName(Backend backend) throws Exception {
        Files.writeString(home.resolve("a.txt"), "12345");
        Files.createDirectories(home.resolve("sub"));
        Cli.Result r = ftp(backend, "ls", url("/"));
        assertEquals(0, r.code(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("-            5 ") && l.endsWith(" a.txt")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("d ") && l.endsWith(" sub")), r.out());
    }

    @AllBackends
    void lsOfASubdirectory(Backend backend) throws Exception {
        Files.createDirectories(home.resolve("pub"));
        Files.writeString(home.resolve("pub/inner.txt"), "x");
        Cli.Result r = ftp(backend, "ls", url("/pub"));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().strip().endsWith(" inner.txt"), r.out());
    }

    @AllBackends
    void getToStdoutAndToAFile(Backend backend) throws Exception {
        byte[] content = new byte[200_000];
        new java.util.Random(3).nextBytes(content);
        Files.write(home.resolve("data.bin"), content);
        Cli.Result r = ftp(backend, "get", url("/data.bin"));
        assertEquals(0, r.code(), r.toString());
        assertArrayEquals(content, r.stdout());
        Path file = local.resolve("copy.bin");
        Cli.Result toFile = ftp(backend, "get", "-o", file.toString(), url("/data.bin"));
        assertEquals(0, toFile.code(), toFile.toString());
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @AllBackends
    void getOfAMissingFileIs78AndLeavesNoFile(Backend backend) throws Exception {
        Path file = local.resolve("never.bin");
        Cli.Result r = ftp(backend, "get", "-o", file.toString(), url("/missing.bin"));
        assertEquals(ExitCodes.REMOTE_FILE, r.code(), r.toString());
        assertTrue(r.err().contains("550"), r.err());
        try (var files = Files.list(local)) {
            assertEquals(0, files.count());
        }
    }

    @AllBackends
    void putUploadsUnderTheFileNameIntoADirectoryUrl(Backend backend) throws Exception {
        Files.createDirectories(home.resolve("in"));
        Path file = Files.writeString(local.resolve("up.txt"), "uploaded");
        Cli.Result r = ftp(backend, "put", file.toString(), url("/in/"));
        assertEquals(0, r.code(), r.toString());
        assertEquals("uploaded", Files.readString(home.resolve("in/up.txt"), UTF_8));
    }

    @AllBackends
    void mkdirMvRmAndRmdir(Backend backend) throws Exception {
        Files.writeString(home.resolve("old.txt"), "o");
        assertEquals(0, ftp(backend, "mkdir", url("/made")).code());
        assertTrue(Files.isDirectory(home.resolve("made")));
        Cli.Result mv = ftp(backend, "mv", url("/old.txt"), "made/new.txt");
        assertEquals(0, mv.code(), mv.toString());
        assertTrue(Files.exists(home.resolve("made/new.txt")));
        assertEquals(0, ftp(backend, "rm", url("/made/new.txt")).code());
        assertEquals(0, ftp(backend, "rmdir", url("/made")).code());
        assertFalse(Files.exists(home.resolve("made")));
    }

    @AllBackends
    void pwdAndCmd(Backend backend) throws Exception {
        Files.createDirectories(home.resolve("pub"));
        Cli.Result pwd = ftp(backend, "pwd", url("/pub"));
        assertEquals(0, pwd.code(), pwd.toString());
        assertEquals("/pub", pwd.out().strip());
        Cli.Result noop = ftp(backend, "cmd", url(""), "NOOP");
        assertEquals(0, noop.code(), noop.toString());
        assertTrue(noop.out().startsWith("200"), noop.out());
    }

    @AllBackends
    void wrongPasswordIs67(Backend backend) {
        Cli.Result r = ftp(backend, "pwd", "ftp://alice:wrong@127.0.0.1:" + server.port + "/");
        assertEquals(ExitCodes.LOGIN, r.code(), r.toString());
    }

    @AllBackends
    void userWithoutPasswordAndNoConsoleIsRefused(Backend backend) {
        Cli.Result r = ftp(backend, "pwd", "-u", "alice", "ftp://127.0.0.1:" + server.port + "/");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("no console"), r.err());
    }

    @AllBackends
    void anonymousLoginWithoutUser(Backend backend) {
        Cli.Result r = ftp(backend, "pwd", "ftp://127.0.0.1:" + server.port + "/");
        assertEquals(0, r.code(), r.toString());
        assertEquals("/", r.out().strip());
    }
}
