package io.github.winnet4j.hardening;

import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.api.winhttp.ProxyAccess;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.github.winnet4j.raw.WinInetConstants.INTERNET_FLAG_RELOAD;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Request paths and headers fed strings with random CR, LF, NUL, other controls and non-ASCII
 * characters: every call either throws IllegalArgumentException naming the argument or goes on,
 * and then the head that reaches a raw server on 127.0.0.1 has exactly the expected line
 * structure: no CR, LF or NUL inside a line, one line per accepted header, the library's own
 * headers unchanged.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FuzzHeaderTest {
    /** Inputs (paths and headers) per target in CI; {@code -Dwinnet4j.fuzz.count} for manual runs. */
    static final int CI_COUNT = 6_000;
    static final int HEADERS_PER_REQUEST = 5;
    private static final String PREFIX = "X-Fz";

    /** One engine's request, reduced to what the fuzzing needs. */
    interface Engine extends AutoCloseable {
        Request open(String path) throws IOException;

        /** Whether {@link #openUrl} exists for this engine (InternetOpenUrl is WinINet's). */
        boolean hasOpenUrl();

        void openUrl(String path, String[] headers) throws IOException;
    }

    interface Request extends AutoCloseable {
        void header(String name, String value, boolean replace) throws IOException;

        void send() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Figures for one run. */
    static final class Tally {
        int inputs;
        int sent;
        int pathsRefused;
        int pathsRefusedByDll;
        int namesRefused;
        int valuesRefused;
        int headersAccepted;
    }

    @AllBackends
    void winInetPathsAndHeaders(Backend backend) throws Exception {
        try (RecordingServer server = new RecordingServer();
             InternetSession s = InternetSession.builder().backend(backend).direct().agent("winnet4j-fuzz")
                     .timeouts(Duration.ofSeconds(10)).open();
             HttpConnection c = s.connect(Loopback.HOST, server.port())) {
            Engine engine = new Engine() {
                @Override
                public Request open(String path) throws IOException {
                    return winInet(c.openRequest("GET", path));
                }

                @Override
                public boolean hasOpenUrl() {
                    return true;
                }

                @Override
                public void openUrl(String path, String[] headers) throws IOException {
                    try (HttpRequest r = s.openUrl("http://" + Loopback.HOST + ":" + server.port() + path,
                            INTERNET_FLAG_RELOAD, headers)) {
                        assertEquals(200, r.statusCode());
                    }
                }

                @Override
                public void close() {
                }
            };
            run("WinINet", backend, engine, server);
        }
    }

    private static Request winInet(HttpRequest r) {
        return new Request() {
            @Override
            public void header(String name, String value, boolean replace) throws IOException {
                if (replace) {
                    r.setHeader(name, value);
                } else {
                    r.addHeader(name, value);
                }
            }

            @Override
            public void send() throws IOException {
                r.send();
            }

            @Override
            public void close() throws IOException {
                r.close();
            }
        };
    }

    @AllBackends
    void winHttpPathsAndHeaders(Backend backend) throws Exception {
        try {
            backend.winhttp();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            Assumptions.abort("backend " + backend.name() + " has no WinHTTP: " + e.getMessage());
        }
        try (RecordingServer server = new RecordingServer();
             WinHttpSession s = WinHttpSession.builder().backend(backend).agent("winnet4j-fuzz")
                     .access(ProxyAccess.noProxy()).timeouts(Duration.ofSeconds(10)).open();
             WinHttpConnection c = s.connect(Loopback.HOST, server.port(), false)) {
            Engine engine = new Engine() {
                @Override
                public Request open(String path) throws IOException {
                    return winHttp(c.request("GET", path).open());
                }

                @Override
                public boolean hasOpenUrl() {
                    return false;
                }

                @Override
                public void openUrl(String path, String[] headers) {
                    throw new UnsupportedOperationException("WinHTTP has no InternetOpenUrl");
                }

                @Override
                public void close() {
                }
            };
            run("WinHTTP", backend, engine, server);
        }
    }

    private static Request winHttp(WinHttpRequest r) {
        return new Request() {
            @Override
            public void header(String name, String value, boolean replace) throws IOException {
                if (replace) {
                    r.setHeader(name, value);
                } else {
                    r.addHeader(name, value);
                }
            }

            @Override
            public void send() throws IOException {
                r.send();
                r.receive();
            }

            @Override
            public void close() throws IOException {
                r.close();
            }
        };
    }

    private static void run(String engineName, Backend backend, Engine engine, RecordingServer server)
            throws Exception {
        FuzzInputs in = new FuzzInputs(engineName.hashCode());
        int count = FuzzInputs.count(CI_COUNT);
        Tally tally = new Tally();
        Set<String> ownHeaders = null;
        long started = System.nanoTime();
        for (int request = 0; tally.inputs < count; request++) {
            String path = "/" + in.text(16);
            tally.inputs++;
            Request r;
            try {
                r = engine.open(path);
            } catch (IllegalArgumentException e) {
                tally.pathsRefused++;
                FuzzText.assertNamesArgument(e, "path");
                path = "/refused-path";
                r = engine.open(path);
            } catch (WinInetException | WinHttpException e) {
                // The DLL's own refusal of the path (e.g. ERROR_WINHTTP_INVALID_URL): nothing is sent.
                tally.pathsRefusedByDll++;
                assertTrue(server.nothingWaiting(), "a refused path sent nothing");
                path = "/refused-path";
                r = engine.open(path);
            }
            List<String> accepted = new ArrayList<>();
            List<String> blank = new ArrayList<>();
            try (Request open = r) {
                for (int h = 0; h < HEADERS_PER_REQUEST; h++) {
                    tally.inputs++;
                    String name = PREFIX + request + "-" + h + in.headerName().substring(3);
                    String value = in.text(24);
                    try {
                        open.header(name, value, in.random().nextBoolean());
                        // An empty value may remove the header (HTTP_ADDREQ_FLAG_REPLACE with an
                        // empty value is a removal) or send it empty: either way one line at most.
                        (value.isBlank() ? blank : accepted).add(name);
                    } catch (IllegalArgumentException e) {
                        if (e.getMessage().startsWith("name")) {
                            tally.namesRefused++;
                        } else {
                            FuzzText.assertNamesArgument(e, "value");
                            tally.valuesRefused++;
                        }
                    }
                }
                open.send();
            }
            tally.sent++;
            tally.headersAccepted += accepted.size();
            String what = engineName + " request " + request + " path " + FuzzText.show(path);
            WireHead head = WireHead.parse(server.nextHead(), what);
            for (String name : accepted) {
                assertEquals(1, head.count(name), () -> what + ": header " + FuzzText.show(name) + " in " + head.names);
            }
            long blankLines = 0;
            for (String name : blank) {
                long n = head.count(name);
                assertTrue(n <= 1, () -> what + ": blank header " + FuzzText.show(name) + " in " + head.names);
                blankLines += n;
            }
            assertEquals(accepted.size() + blankLines, head.names.size() - head.ownNames(PREFIX).size(),
                    () -> what + ": header lines " + head.names);
            if (ownHeaders == null) {
                ownHeaders = head.ownNames(PREFIX);
            } else {
                assertEquals(ownHeaders, head.ownNames(PREFIX), what);
            }
            if (request % 4 == 0) {
                tally.inputs += openUrlRound(engine, in, server, tally, request);
            }
        }
        System.out.printf("fuzz headers %s [%s] seed %d, %d ms: %d inputs, %d requests sent, %d paths refused, "
                        + "%d refused by the DLL, %d names refused, %d values refused, %d headers sent%n",
                engineName, backend.name(), FuzzInputs.seed(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), tally.inputs, tally.sent,
                tally.pathsRefused, tally.pathsRefusedByDll, tally.namesRefused, tally.valuesRefused, tally.headersAccepted);
        assertTrue(tally.headersAccepted > 0 && tally.namesRefused + tally.valuesRefused > 0,
                "the generator reaches both outcomes");
    }

    /** InternetOpenUrl with fuzzed headers (WinINet only); returns the number of inputs used. */
    private static int openUrlRound(Engine engine, FuzzInputs in, RecordingServer server, Tally tally, int request)
            throws Exception {
        if (!engine.hasOpenUrl()) {
            return 0;
        }
        String[] headers = new String[2];
        for (int h = 0; h < headers.length; h++) {
            headers[h] = PREFIX + "u" + request + "-" + h + in.headerName().substring(3) + ": " + in.text(16);
        }
        String what = "openUrl " + request + " headers " + FuzzText.show(String.join(" | ", headers));
        try {
            engine.openUrl("/open-url/" + request, headers);
        } catch (IllegalArgumentException e) {
            FuzzText.assertNamesArgument(e, "headers[");
            assertTrue(server.nothingWaiting(), what + ": a refused openUrl sent nothing");
            return headers.length;
        }
        tally.sent++;
        WireHead head = WireHead.parse(server.nextHead(), what);
        for (String line : headers) {
            String name = line.substring(0, line.indexOf(':'));
            long n = head.count(name);
            boolean blank = line.substring(line.indexOf(':') + 1).isBlank();
            assertTrue(n == 1 || (blank && n == 0), () -> what + ": header " + FuzzText.show(name) + " in " + head.names);
        }
        tally.headersAccepted += headers.length;
        return headers.length;
    }
}
