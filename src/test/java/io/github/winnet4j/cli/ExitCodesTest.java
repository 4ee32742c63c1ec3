package io.github.winnet4j.cli;

import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.Win32Error;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Each class of failure gives its documented exit code and says what happened on stderr. */
class ExitCodesTest {

    @AllBackends
    void refusedConnectionIs7(Backend backend) throws Exception {
        Cli.Result r = Cli.run(Cli.on(backend, "get", "http://127.0.0.1:" + Loopback.refusedPort() + "/"));
        assertEquals(ExitCodes.CANNOT_CONNECT, r.code(), r.toString());
        assertTrue(r.err().startsWith("winnet: "), r.err());
        assertTrue(r.err().contains("ERROR_INTERNET_CANNOT_CONNECT (12029)"), r.err());
        assertEquals("", r.out());
    }

    @AllBackends
    void unresolvableNameIs6(Backend backend) {
        Cli.Result r = Cli.run(Cli.on(backend, "get", "--connect-timeout", "10", "http://no-such-host.invalid/"));
        assertEquals(ExitCodes.NAME_NOT_RESOLVED, r.code(), r.toString());
        assertTrue(r.err().contains("ERROR_INTERNET_NAME_NOT_RESOLVED"), r.err());
    }

    @AllBackends
    void notHttpIs3(Backend backend) {
        Cli.Result r = Cli.run(Cli.on(backend, "get", "gopher://127.0.0.1/"));
        assertEquals(ExitCodes.BAD_URL, r.code(), r.toString());
        assertTrue(r.err().contains("not an http or https URL"), r.err());
    }

    @AllBackends
    void errorStatusWithFailIs22AndWritesNoBody(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(404).setBody("not here"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-f", Cli.url(server, "/x")));
            assertEquals(ExitCodes.HTTP_ERROR, r.code(), r.toString());
            assertEquals("", r.out());
            assertTrue(r.err().contains("404"), r.err());
        }
    }

    @AllBackends
    void errorStatusWithoutFailIsAResponse(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(500).setBody("broken"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", Cli.url(server, "/x")));
            assertEquals(ExitCodes.OK, r.code(), r.toString());
            assertEquals("broken", r.out());
        }
    }

    @AllBackends
    void stallingServerIs28(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "--timeout", "0.5", Cli.url(server, "/stall")));
            assertEquals(ExitCodes.TIMEOUT, r.code(), r.toString());
        }
    }

    @AllBackends
    void maxTimeCancelsASlowBodyWith28(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("x".repeat(10_000)).throttleBody(100, 200, TimeUnit.MILLISECONDS));
            long start = System.nanoTime();
            Cli.Result r = Cli.run(Cli.on(backend, "get", "--max-time", "0.5", Cli.url(server, "/slow")));
            assertEquals(ExitCodes.TIMEOUT, r.code(), r.toString());
            assertTrue(r.err().contains("--max-time"), r.err());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "the transfer was not cut short");
        }
    }

    @AllBackends
    void untrustedCertificateIs35(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.https()) {
            server.enqueue(new MockResponse().setBody("tls"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", Cli.url(server, "/")));
            assertEquals(ExitCodes.TLS, r.code(), r.toString());
        }
    }

    @AllBackends
    void insecureAcceptsItAndWarnsLoudly(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.https()) {
            server.enqueue(new MockResponse().setBody("tls body"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", "--insecure", Cli.url(server, "/")));
            assertEquals(ExitCodes.OK, r.code(), r.toString());
            assertEquals("tls body", r.out());
            assertTrue(r.err().contains("WARNING") && r.err().contains("NOT checked"), r.err());
        }
    }

    @AllBackends
    void redirectsAreNotFollowedByDefault(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location", "/next").setBody("moved"));
            Cli.Result r = Cli.run(Cli.on(backend, "get", Cli.url(server, "/start")));
            assertEquals(ExitCodes.OK, r.code(), r.toString());
            assertEquals("moved", r.out());
            assertEquals(1, server.getRequestCount());
        }
    }

    @AllBackends
    void locationFollowsAndTurnsPostIntoGetOn303(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(303).addHeader("Location", "/result"));
            server.enqueue(new MockResponse().setBody("the result"));
            Cli.Result r = Cli.run(Cli.on(backend, "post", "-L", "-d", "x=1", Cli.url(server, "/submit")));
            assertEquals(ExitCodes.OK, r.code(), r.toString());
            assertEquals("the result", r.out());
            assertEquals("POST /submit HTTP/1.1", server.takeRequest(5, TimeUnit.SECONDS).getRequestLine());
            assertEquals("GET /result HTTP/1.1", server.takeRequest(5, TimeUnit.SECONDS).getRequestLine());
        }
    }

    @AllBackends
    void moreRedirectsThanMaxRedirsIs47(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http()) {
            for (int i = 0; i < 4; i++) {
                server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location", "/hop" + i));
            }
            Cli.Result r = Cli.run(Cli.on(backend, "get", "-L", "--max-redirs", "2", Cli.url(server, "/")));
            assertEquals(ExitCodes.TOO_MANY_REDIRECTS, r.code(), r.toString());
            assertTrue(r.err().contains("--max-redirs is 2"), r.err());
            assertEquals(3, server.getRequestCount());
        }
    }

    @AllBackends
    void badOptionIs2(Backend backend) {
        Cli.Result r = Cli.run(Cli.on(backend, "get", "--no-such-option", "http://127.0.0.1/"));
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void malformedHeaderIs2() {
        Cli.Result r = Cli.run("get", "--backend", "java", "-H", "no colon", "http://127.0.0.1:1/");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("'Name: value'"), r.err());
    }

    @Test
    void unknownBackendIs2() {
        Cli.Result r = Cli.run("get", "--backend", "carrier-pigeon", "http://127.0.0.1/");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("carrier-pigeon"), r.err());
    }

    @Test
    void categoriesMapToCurlNumbers() {
        assertEquals(ExitCodes.LOGIN, Outcomes.exitCode(failure(WinInetErrors.ERROR_INTERNET_LOGIN_FAILURE)));
        assertEquals(ExitCodes.TIMEOUT, Outcomes.exitCode(failure(WinInetErrors.ERROR_INTERNET_TIMEOUT)));
        assertEquals(ExitCodes.BAD_URL, Outcomes.exitCode(failure(WinInetErrors.ERROR_INTERNET_UNRECOGNIZED_SCHEME)));
        assertEquals(ExitCodes.PROTOCOL, Outcomes.exitCode(failure(WinInetErrors.ERROR_HTTP_INVALID_SERVER_RESPONSE)));
        assertEquals(ExitCodes.TLS, Outcomes.exitCode(failure(WinInetErrors.ERROR_INTERNET_SEC_CERT_DATE_INVALID)));
        assertEquals(ExitCodes.OTHER, Outcomes.exitCode(failure(WinInetErrors.ERROR_INTERNET_INTERNAL_ERROR)));
    }

    private static WinInetException failure(int code) {
        return new WinInetException(new Win32Error("HttpSendRequestW", code, "E" + code, "text", null, 0));
    }
}
