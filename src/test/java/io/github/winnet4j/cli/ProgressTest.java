package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** The progress meter: off when nobody watches, throttled, and readable. */
class ProgressTest {

    @AllBackends
    void noMeterWhenStderrIsNotATerminal(Backend backend, @TempDir Path dir) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("q".repeat(100_000)));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-o", dir.resolve("f").toString(), Cli.url(server, "/")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("", r.err());
        }
    }

    @AllBackends
    void progressOptionDrawsTheMeter(Backend backend, @TempDir Path dir) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("q".repeat(100_000)));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "--progress", "-o", dir.resolve("f").toString(),
                    Cli.url(server, "/")));
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().startsWith("\rdownload"), r.err());
            assertTrue(r.err().contains("100%") && r.err().contains("97.7 KiB of 97.7 KiB"), r.err());
            assertTrue(r.err().endsWith("\n"), r.err());
        }
    }

    @AllBackends
    void noProgressWinsOverAConsole(Backend backend, @TempDir Path dir) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("q".repeat(1000)));
            Cli.Result r = Cli.run(new Cli.FakeTerminal("unused"), Cli.on(backend, "get", "--no-progress", "-o",
                    dir.resolve("f").toString(), Cli.url(server, "/")));
            assertEquals(0, r.code(), r.toString());
            assertEquals("", r.err());
        }
    }

    @AllBackends
    void consoleShowsTheMeterForFilesButNotForBodiesOnTheConsole(Backend backend, @TempDir Path dir) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("q".repeat(1000)));
            server.enqueue(new MockResponse().setBody("q".repeat(1000)));
            Cli.FakeTerminal console = new Cli.FakeTerminal("unused");
            Cli.Result toFile = Cli.run(console, Cli.on(backend, "get", "-o", dir.resolve("f").toString(),
                    Cli.url(server, "/")));
            assertTrue(toFile.err().contains("100%"), toFile.toString());
            Cli.Result toConsole = Cli.run(console, Cli.on(backend, "get", Cli.url(server, "/")));
            assertEquals("", toConsole.err());
        }
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), true, "x", 10_000, now::get);
        for (int i = 0; i < 1000; i++) {
            p.advance(1);
            now.addAndGet(1_000_000); // 1 ms per step: one second in all
        }
        p.finish();
        long redraws = err.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\r').count();
        assertTrue(redraws >= 10 && redraws <= 12, "redraws: " + redraws);
    }

    @Test
    void lineShowsPercentRateAndEtaWhenTheSizeIsKnown() {
        assertEquals("download  25%  1.0 MiB of 4.0 MiB  1.0 MiB/s  ETA 0:03",
                Progress.line("download", 1 << 20, 4 << 20, 1_000_000_000L));
        assertEquals("download  3.0 KiB  1.5 KiB/s", Progress.line("download", 3072, -1, 2_000_000_000L));
        assertEquals("1:01:01", Progress.duration(3661));
    }
}
