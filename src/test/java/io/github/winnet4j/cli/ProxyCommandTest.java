package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code winnet proxy}: the answer and the explanation. The java backend reads the process
 * environment, so the environment-driven cases run the real command in a child JVM whose
 * environment the test controls.
 */
class ProxyCommandTest {
    private static final List<String> SOURCES = List.of("1. user settings", "2. WinHTTP default", "3. WPAD PAC URL",
            "4. WPAD PAC answer", "5. PAC URL answer", "6. bypass list", "7. manual proxy", "8. direct");

    /** Runs {@code winnet ARGS} in a child JVM with exactly the proxy variables given (others removed). */
    private static Cli.Result child(Map<String, String> proxyEnvironment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Winnet.class.getName());
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        for (String name : ProxyReport.ENVIRONMENT) {
            pb.environment().remove(name);
        }
        pb.environment().putAll(proxyEnvironment);
        // Files rather than pipes: under Wine, reading a Windows child's pipes fails ("Invalid function").
        Path out = Files.createTempFile("winnet-proxy", ".out");
        Path err = Files.createTempFile("winnet-proxy", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the child JVM did not finish within 60 s");
            }
            return new Cli.Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            delete(out);
            delete(err);
        }
    }

    /** Deletes now, or when this JVM exits if the child's handle is still closing (Wine: sharing violation). */
    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static void assertAllSourcesInOrder(String text) {
        int at = -1;
        for (String source : SOURCES) {
            int next = text.indexOf(source);
            assertTrue(next > at, "'" + source + "' missing or out of order in:\n" + text);
            at = next;
        }
    }

    @Test
    void environmentProxyIsTheAnswerOnTheJavaBackend() throws Exception {
        Cli.Result r = child(Map.of("http_proxy", "http://127.0.0.1:3128"), "proxy", "--backend", "java",
                "http://www.example.test/");
        assertEquals(0, r.code(), r.toString());
        assertEquals("PROXY 127.0.0.1:3128\n", r.out());
    }

    @Test
    void explainShowsTheEnvironmentAndRedactsThePassword() throws Exception {
        Cli.Result r = child(Map.of("HTTP_PROXY", "http://alice:s3cret@127.0.0.1:3128", "no_proxy", ".corp.test"),
                "proxy", "--explain", "--backend", "java", "-v", "http://www.example.test/");
        assertEquals(0, r.code(), r.toString());
        String out = r.out();
        assertFalse(out.contains("s3cret") || r.err().contains("s3cret"), r.toString());
        assertFalse(out.contains("alice") || r.err().contains("alice"), r.toString());
        assertTrue(out.contains("HTTP_PROXY   = http://***@127.0.0.1:3128"), out);
        assertTrue(out.contains("http_proxy   (unset)"), out);
        assertTrue(out.contains("no_proxy     = .corp.test"), out);
        assertTrue(out.contains("environment"), out);
        assertAllSourcesInOrder(out);
        assertTrue(out.contains("7. manual proxy       DECIDED"), out);
        assertTrue(out.contains("www.example.test is not on the bypass list"), out);
        assertTrue(out.contains("Answer: PROXY 127.0.0.1:3128 (decided by: manual proxy)"), out);
        assertTrue(r.errText().contains("* backend java"), r.errText());
    }

    @Test
    void noProxyHostIsDirectByTheBypassList() throws Exception {
        Cli.Result r = child(Map.of("http_proxy", "http://bob:pw@127.0.0.1:3128", "no_proxy", ".corp.test"),
                "proxy", "--explain", "--backend", "java", "http://wiki.corp.test/");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("6. bypass list        DECIDED"), r.out());
        assertTrue(r.out().contains("Answer: DIRECT (decided by: bypass list)"), r.out());
        assertFalse(r.out().contains(":pw@"), r.out());
    }

    @Test
    void noVariablesIsDirect() throws Exception {
        Cli.Result r = child(Map.of(), "proxy", "--explain", "--backend", "java", "https://www.example.test/");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Answer: DIRECT (decided by: direct)"), r.out());
        assertTrue(r.out().contains("no manual proxy is set"), r.out());
    }

    @AllBackends
    void explainListsEverySourceInOrder(Backend backend) {
        Cli.Result r = Cli.run("proxy", "--explain", "--backend", backend.name(), "--timeout", "20",
                "http://127.0.0.1:1/");
        assertEquals(0, r.code(), r.toString());
        assertAllSourcesInOrder(r.out());
        assertTrue(r.out().contains("(backend " + backend.name() + ")"), r.out());
        assertTrue(r.out().contains("\nAnswer: "), r.out());
        assertEquals(1, r.out().split("DECIDED", -1).length - 1, r.out());
    }

    @AllBackends
    void answerIsProxyLinesOrDirect(Backend backend) {
        Cli.Result r = Cli.run("proxy", "--backend", backend.name(), "http://127.0.0.1:1/");
        assertEquals(0, r.code(), r.toString());
        for (String line : r.out().split("\n")) {
            assertTrue(line.equals("DIRECT") || line.matches("(PROXY|SOCKS) \\S+:\\d+"), r.out());
        }
    }

    @AllBackends
    void notHttpIs3(Backend backend) {
        Cli.Result r = Cli.run("proxy", "--backend", backend.name(), "ftp://127.0.0.1/");
        assertEquals(ExitCodes.BAD_URL, r.code(), r.toString());
        r = Cli.run("proxy", "--backend", backend.name(), "http://alice:s3cret@/no-host");
        assertEquals(ExitCodes.BAD_URL, r.code(), r.toString());
        assertFalse(r.err().contains("s3cret"), r.err());
    }

    @Test
    void timeoutMustBePositive() {
        Cli.Result r = Cli.run("proxy", "--backend", "java", "--timeout", "0", "http://127.0.0.1:1/");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
    }

    @Test
    void redactionHidesUserInformationOnly() {
        assertEquals("http://***@proxy:3128", Redaction.of("http://alice:s3cret@proxy:3128"));
        assertEquals("***@proxy:3128;https=***@b:1", Redaction.of("alice:pw@proxy:3128;https=u:p@b:1"));
        assertEquals("http=127.0.0.1:3128;https=[::1]:443", Redaction.of("http=127.0.0.1:3128;https=[::1]:443"));
        assertEquals("PROXY 127.0.0.1:3128", Redaction.of("PROXY 127.0.0.1:3128"));
        assertEquals("WinHttpGetProxyForUrl failed (http://***@127.0.0.1/p.pac)",
                Redaction.of("WinHttpGetProxyForUrl failed (http://x:y@127.0.0.1/p.pac)"));
    }
}
