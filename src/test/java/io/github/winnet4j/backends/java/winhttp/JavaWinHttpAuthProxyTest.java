package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WINHTTP_PROXY_INFO;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 401 and 407 flows, named proxies and WINHTTP_OPTION_PROXY on the java backend. */
class JavaWinHttpAuthProxyTest {
    private static final String USER_PASS_BASIC = "Basic dXNlcjpwYXNz"; // user:pass

    private final RawWinHttp raw = new RawWinHttp();
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = Loopback.http();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
        assertEquals(0, raw.w.openHandles(), "every handle is closed by the test");
        assertEquals(0, raw.w.outstandingAllocations(), "every GlobalFree string is freed");
    }

    @Test
    void serverChallengeAnsweredWithSetCredentials() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "Negotiate")
                .addHeader("WWW-Authenticate", "Basic realm=\"test\", charset=\"UTF-8\"").setBody("denied"));
        server.enqueue(new MockResponse().setBody("welcome"));
        HINTERNET[] h = raw.get("/private", server.getPort(), 0);
        assertEquals(401, raw.exchange(h[2]));
        raw.readAll(h[2]);
        IntByReference supported = new IntByReference();
        IntByReference first = new IntByReference();
        IntByReference target = new IntByReference(-1);
        assertTrue(raw.w.WinHttpQueryAuthSchemes(h[2], supported, first, target));
        assertEquals(WinHttp.WINHTTP_AUTH_SCHEME_BASIC | WinHttp.WINHTTP_AUTH_SCHEME_NEGOTIATE, supported.getValue());
        assertEquals(WinHttp.WINHTTP_AUTH_SCHEME_NEGOTIATE, first.getValue());
        assertEquals(WinHttp.WINHTTP_AUTH_TARGET_SERVER, target.getValue());
        assertFalse(raw.w.WinHttpSetCredentials(h[2], WinHttp.WINHTTP_AUTH_TARGET_SERVER,
                WinHttp.WINHTTP_AUTH_SCHEME_NTLM, null, null, null));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertTrue(raw.w.WinHttpSetCredentials(h[2], WinHttp.WINHTTP_AUTH_TARGET_SERVER,
                WinHttp.WINHTTP_AUTH_SCHEME_BASIC, RawWinHttp.wide("user"), RawWinHttp.wide("pass"), null));
        assertEquals(200, raw.exchange(h[2]));
        assertEquals("welcome", raw.readText(h[2]));
        raw.close(h[2], h[1], h[0]);
        server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals(USER_PASS_BASIC, server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization"));
    }

    @Test
    void usernameAndPasswordOptionsAnswerTheChallengeInsideReceive() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "Basic realm=\"r\""));
        server.enqueue(new MockResponse().setBody("in"));
        HINTERNET[] h = raw.get("/auto", server.getPort(), 0);
        assertTrue(raw.w.WinHttpSetOption(h[2], WinHttp.WINHTTP_OPTION_USERNAME, RawWinHttp.wide("user"), 4));
        assertTrue(raw.w.WinHttpSetOption(h[2], WinHttp.WINHTTP_OPTION_PASSWORD, RawWinHttp.wide("pass"), 4));
        assertEquals(200, raw.exchange(h[2]));
        assertEquals("in", raw.readText(h[2]));
        raw.close(h[2], h[1], h[0]);
        assertEquals(null, server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization"));
        assertEquals(USER_PASS_BASIC, server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization"));
    }

    @Test
    void queryAuthSchemesNeedsAChallenge() {
        server.enqueue(new MockResponse().setBody("open"));
        HINTERNET[] h = raw.get("/", server.getPort(), 0);
        IntByReference a = new IntByReference();
        assertFalse(raw.w.WinHttpQueryAuthSchemes(h[2], a, a, a));
        assertEquals(WebSocketHandle.ERROR_INVALID_OPERATION, JavaLastError.get());
        raw.exchange(h[2]);
        assertFalse(raw.w.WinHttpQueryAuthSchemes(h[2], a, a, a));
        assertEquals(WebSocketHandle.ERROR_INVALID_OPERATION, JavaLastError.get());
        raw.readAll(h[2]);
        raw.close(h[2], h[1], h[0]);
    }

    @Test
    void namedProxyForwardsAndAnswers407() throws Exception {
        MockWebServer proxy = Loopback.http();
        try {
            proxy.enqueue(new MockResponse().setResponseCode(407)
                    .addHeader("Proxy-Authenticate", "Basic realm=\"proxy\""));
            proxy.enqueue(new MockResponse().setBody("via proxy"));
            HINTERNET s = raw.w.WinHttpOpen(RawWinHttp.wide("agent"), WinHttp.WINHTTP_ACCESS_TYPE_NAMED_PROXY,
                    RawWinHttp.wide("http=127.0.0.1:" + proxy.getPort()), null, 0);
            assertNotNull(s);
            HINTERNET c = raw.connect(s, "127.0.0.1", server.getPort());
            HINTERNET r = raw.request(c, "GET", "/through", 0);
            assertEquals(407, raw.exchange(r));
            raw.readAll(r);
            IntByReference supported = new IntByReference();
            IntByReference first = new IntByReference();
            IntByReference target = new IntByReference();
            assertTrue(raw.w.WinHttpQueryAuthSchemes(r, supported, first, target));
            assertEquals(WinHttp.WINHTTP_AUTH_SCHEME_BASIC, supported.getValue());
            assertEquals(WinHttp.WINHTTP_AUTH_TARGET_PROXY, target.getValue());
            assertTrue(raw.w.WinHttpSetCredentials(r, WinHttp.WINHTTP_AUTH_TARGET_PROXY,
                    WinHttp.WINHTTP_AUTH_SCHEME_BASIC, RawWinHttp.wide("user"), RawWinHttp.wide("pass"), null));
            assertEquals(200, raw.exchange(r));
            assertEquals("via proxy", raw.readText(r));
            raw.close(r, c, s);
            RecordedRequest denied = proxy.takeRequest(5, TimeUnit.SECONDS);
            assertEquals("GET http://127.0.0.1:" + server.getPort() + "/through HTTP/1.1", denied.getRequestLine());
            assertEquals(USER_PASS_BASIC, proxy.takeRequest(5, TimeUnit.SECONDS).getHeader("Proxy-Authorization"));
            assertEquals(0, server.getRequestCount(), "the origin is reached only through the proxy");
        } finally {
            proxy.shutdown();
        }
    }

    @Test
    void proxyCredentialOptionsAnswer407InsideReceive() throws Exception {
        MockWebServer proxy = Loopback.http();
        try {
            proxy.enqueue(new MockResponse().setResponseCode(407).addHeader("Proxy-Authenticate", "Basic realm=\"p\""));
            proxy.enqueue(new MockResponse().setBody("through"));
            proxy.enqueue(new MockResponse().setResponseCode(407).addHeader("Proxy-Authenticate", "Basic realm=\"p\""));
            HINTERNET s = raw.w.WinHttpOpen(null, WinHttp.WINHTTP_ACCESS_TYPE_NAMED_PROXY,
                    RawWinHttp.wide("127.0.0.1:" + proxy.getPort()), null, 0);
            HINTERNET c = raw.connect(s, "127.0.0.1", server.getPort());
            HINTERNET r = raw.request(c, "GET", "/", 0);
            assertTrue(raw.w.WinHttpSetOption(r, WinHttp.WINHTTP_OPTION_PROXY_USERNAME, RawWinHttp.wide("user"), 4));
            assertTrue(raw.w.WinHttpSetOption(r, WinHttp.WINHTTP_OPTION_PROXY_PASSWORD, RawWinHttp.wide("pass"), 4));
            assertEquals(200, raw.exchange(r));
            assertEquals("through", raw.readText(r));
            raw.close(r);
            HINTERNET off = raw.request(c, "GET", "/", 0);
            assertTrue(raw.w.WinHttpSetOption(off, WinHttp.WINHTTP_OPTION_PROXY_USERNAME, RawWinHttp.wide("user"), 4));
            assertTrue(raw.w.WinHttpSetOption(off, WinHttp.WINHTTP_OPTION_DISABLE_FEATURE,
                    RawWinHttp.dword(WinHttp.WINHTTP_DISABLE_AUTHENTICATION), 4));
            assertEquals(407, raw.exchange(off));
            raw.readAll(off);
            raw.close(off, c, s);
            proxy.takeRequest(5, TimeUnit.SECONDS);
            assertEquals(USER_PASS_BASIC, proxy.takeRequest(5, TimeUnit.SECONDS).getHeader("Proxy-Authorization"));
        } finally {
            proxy.shutdown();
        }
    }

    @Test
    void bypassListSendsDirect() throws Exception {
        server.enqueue(new MockResponse().setBody("direct"));
        HINTERNET s = raw.w.WinHttpOpen(null, WinHttp.WINHTTP_ACCESS_TYPE_NAMED_PROXY,
                RawWinHttp.wide("127.0.0.1:" + Loopback.refusedPort()), RawWinHttp.wide("<local>;127.0.0.*"), 0);
        HINTERNET c = raw.connect(s, "127.0.0.1", server.getPort());
        HINTERNET r = raw.request(c, "GET", "/", 0);
        assertEquals(200, raw.exchange(r));
        assertEquals("direct", raw.readText(r));
        raw.close(r, c, s);
    }

    @Test
    void proxyOptionIsReadAndSetAsProxyInfo() throws Exception {
        MockWebServer proxy = Loopback.http();
        try {
            proxy.enqueue(new MockResponse().setBody("set per request"));
            HINTERNET s = raw.session();
            WINHTTP_PROXY_INFO info = new WINHTTP_PROXY_INFO();
            IntByReference length = new IntByReference(info.size());
            assertTrue(raw.w.WinHttpQueryOption(s, WinHttp.WINHTTP_OPTION_PROXY, info.getPointer(), length));
            info.read();
            assertEquals(WinHttp.WINHTTP_ACCESS_TYPE_NO_PROXY, info.dwAccessType);
            HINTERNET c = raw.connect(s, "127.0.0.1", server.getPort());
            HINTERNET r = raw.request(c, "GET", "/p", 0);
            WINHTTP_PROXY_INFO set = new WINHTTP_PROXY_INFO();
            set.dwAccessType = WinHttp.WINHTTP_ACCESS_TYPE_NAMED_PROXY;
            Memory list = RawWinHttp.wide("127.0.0.1:" + proxy.getPort());
            set.lpszProxy = list;
            set.write();
            assertTrue(raw.w.WinHttpSetOption(r, WinHttp.WINHTTP_OPTION_PROXY, set.getPointer(), set.size()));
            WINHTTP_PROXY_INFO back = new WINHTTP_PROXY_INFO();
            length.setValue(back.size());
            assertTrue(raw.w.WinHttpQueryOption(r, WinHttp.WINHTTP_OPTION_PROXY, back.getPointer(), length));
            back.read();
            assertEquals(WinHttp.WINHTTP_ACCESS_TYPE_NAMED_PROXY, back.dwAccessType);
            assertEquals("127.0.0.1:" + proxy.getPort(), Utf16.decode(back.lpszProxy));
            raw.w.globalFree(back.lpszProxy);
            raw.w.globalFree(back.lpszProxyBypass);
            assertEquals(200, raw.exchange(r));
            assertEquals("set per request", raw.readText(r));
            raw.close(r, c, s);
        } finally {
            proxy.shutdown();
        }
    }

    @Test
    void httpsGoesThroughAConnectTunnel() throws Exception {
        HandshakeCertificates certificates = new HandshakeCertificates.Builder()
                .heldCertificate(Loopback.selfSigned(Loopback.HOST, Duration.ofDays(1))).build();
        MockWebServer proxy = new MockWebServer();
        proxy.useHttps(certificates.sslSocketFactory(), true);
        proxy.start(InetAddress.getByName(Loopback.HOST), 0);
        try {
            proxy.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.UPGRADE_TO_SSL_AT_END).clearHeaders());
            proxy.enqueue(new MockResponse().setBody("tunnelled"));
            HINTERNET s = raw.w.WinHttpOpen(null, WinHttp.WINHTTP_ACCESS_TYPE_NAMED_PROXY,
                    RawWinHttp.wide("https=127.0.0.1:" + proxy.getPort()), null, 0);
            HINTERNET c = raw.connect(s, "127.0.0.1", 4443);
            HINTERNET r = raw.request(c, "GET", "/secret", WinHttp.WINHTTP_FLAG_SECURE);
            assertTrue(raw.w.WinHttpSetOption(r, WinHttp.WINHTTP_OPTION_SECURITY_FLAGS,
                    RawWinHttp.dword(WinHttp.SECURITY_FLAG_IGNORE_UNKNOWN_CA), 4));
            assertEquals(200, raw.exchange(r));
            assertEquals("tunnelled", raw.readText(r));
            raw.close(r, c, s);
            assertEquals("CONNECT 127.0.0.1:4443 HTTP/1.1", proxy.takeRequest(5, TimeUnit.SECONDS).getRequestLine());
            assertEquals("GET /secret HTTP/1.1", proxy.takeRequest(5, TimeUnit.SECONDS).getRequestLine());
        } finally {
            proxy.shutdown();
        }
    }

    @Test
    void sendRequestContextAndCredentialsValidation() {
        HINTERNET[] h = raw.get("/", server.getPort(), 0);
        assertFalse(raw.w.WinHttpSetCredentials(h[2], 7, WinHttp.WINHTTP_AUTH_SCHEME_BASIC, RawWinHttp.wide("u"),
                null, null));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertFalse(raw.w.WinHttpSendRequest(h[2], null, 0, null, 5, 5, new DWORD_PTR(0)));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        raw.close(h[2], h[1], h[0]);
    }
}
