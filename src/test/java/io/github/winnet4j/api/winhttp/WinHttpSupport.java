package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.backends.Backend;
import org.junit.jupiter.api.Assumptions;

import java.time.Duration;

/** Shared steps of the WinHTTP behaviour tests. */
final class WinHttpSupport {
    private WinHttpSupport() {
    }

    /**
     * Skips (never silently passes) a test on a backend that does not implement WinHTTP yet, saying
     * why; every backend that has it runs the test.
     */
    static void assumeWinHttp(Backend backend) {
        try {
            backend.winhttp();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            Assumptions.abort("backend " + backend.name() + " has no WinHTTP: " + e.getMessage());
        }
    }

    /** A direct session with short timeouts: a test never waits long on a broken exchange. */
    static WinHttpSession direct(Backend backend) throws WinHttpException {
        assumeWinHttp(backend);
        return WinHttpSession.builder().backend(backend).agent("winnet4j-test")
                .access(ProxyAccess.noProxy()).timeouts(Duration.ofSeconds(10)).open();
    }
}
