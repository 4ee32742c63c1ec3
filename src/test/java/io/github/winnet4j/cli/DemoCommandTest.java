package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;

import static org.junit.jupiter.api.Assertions.*;

/** {@code winnet demo} runs offline, shows each step's command and its outcome. */
class DemoCommandTest {

    @AllBackends
    void walksThroughEveryStep(Backend backend) {
        Cli.Result r = Cli.run("demo", "--backend", backend.name());
        assertEquals(0, r.code(), r.toString());
        String out = r.out();
        assertTrue(out.contains("Backend: " + backend.name()), out);
        assertTrue(out.contains("Hello from a loopback server."), out);
        assertTrue(out.contains("received 1048576 bytes by PUT"), out);
        assertTrue(out.contains("big.bin: " + DemoServer.BIG_BYTES + " bytes"), out);
        assertTrue(out.contains("< HTTP/1.1 302"), out);
        assertTrue(out.contains("[exit code 22]"), out);
        assertTrue(out.contains("ERROR_INTERNET_CANNOT_CONNECT"), out);
        assertTrue(out.contains("[exit code 7]"), out);
        assertTrue(out.contains("[exit code 28]"), out);
        assertTrue(out.contains("password: ***"), out);
        assertFalse(out.contains("s3cret\n"), out);
        assertEquals(8, out.lines().filter(l -> l.startsWith("$ winnet ")).count(), out);
    }
}
