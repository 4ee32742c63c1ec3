package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code winnet url crack|create|canonicalize|combine} over Windows' URL functions, on every backend. */
class UrlCommandsTest {

    private static Cli.Result url(Backend backend, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "url";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 2] = "--backend";
        all[all.length - 1] = backend.name();
        return Cli.run(all);
    }

    @AllBackends
    void crackPrintsEachPartAndRedactsThePassword(Backend backend) {
        Cli.Result r = url(backend, "crack", "https://alice:s3cret@example.test:8443/a/b.html?q=1#top");
        assertEquals(0, r.code(), r.toString());
        assertEquals(List.of(
                "scheme:   https (INTERNET_SCHEME_HTTPS)",
                "host:     example.test",
                "port:     8443",
                "user:     alice",
                "password: *** (--show-password shows it)",
                "path:     /a/b.html",
                "extra:    ?q=1#top"), r.out().lines().toList());
        assertFalse(r.out().contains("s3cret"));
    }

    @AllBackends
    void showPasswordShowsIt(Backend backend) {
        Cli.Result r = url(backend, "crack", "--show-password", "ftp://bob:pw@127.0.0.1/");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("password: pw\n"), r.out());
        assertTrue(r.out().contains("port:     21\n"), r.out());
    }

    @AllBackends
    void crackOfNoUrlFailsWithExit3(Backend backend) {
        Cli.Result r = url(backend, "crack", "not a url");
        assertEquals(ExitCodes.BAD_URL, r.code(), r.toString());
        assertTrue(r.err().contains("InternetCrackUrlW"), r.err());
    }

    @AllBackends
    void createBuildsAUrl(Backend backend) {
        Cli.Result r = url(backend, "create", "--scheme", "http", "--host", "example.test", "--port", "8080",
                "--path", "/x/y", "--extra", "?z=1");
        assertEquals(0, r.code(), r.toString());
        assertEquals("http://example.test:8080/x/y?z=1", r.out().strip());
    }

    @AllBackends
    void canonicalizeResolvesDotSegmentsAndEscapes(Backend backend) {
        Cli.Result r = url(backend, "canonicalize", "http://example.test/a/./b/../c d");
        assertEquals(0, r.code(), r.toString());
        assertEquals("http://example.test/a/c%20d", r.out().strip());
    }

    @AllBackends
    void combineResolvesARelativeReference(Backend backend) {
        Cli.Result r = url(backend, "combine", "http://example.test/a/b", "../c");
        assertEquals(0, r.code(), r.toString());
        assertEquals("http://example.test/c", r.out().strip());
    }

    @AllBackends
    void urlWithoutASubcommandIsAUsageError(Backend backend) {
        Cli.Result r = url(backend);
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("crack"), r.err());
    }
}
