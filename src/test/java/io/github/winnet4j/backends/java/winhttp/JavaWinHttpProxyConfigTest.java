package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.ptr.PointerByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WINHTTP_AUTOPROXY_OPTIONS;
import io.github.winnet4j.raw.WINHTTP_CURRENT_USER_IE_PROXY_CONFIG;
import io.github.winnet4j.raw.WINHTTP_PROXY_INFO;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proxy configuration from the environment, PAC scripts on loopback, the unsupported proxy calls. */
class JavaWinHttpProxyConfigTest {
    /** Helpers that resolve names (isInNet, isResolvable) only ever see IP literals here: no DNS traffic. */
    private static final String PAC = """
            function FindProxyForURL(url, host) {
                if (isPlainHostName(host) || dnsDomainIs(host, ".internal.example")) return "DIRECT";
                if (shExpMatch(url, "*/via-two/*")) return "PROXY one.example:8080; PROXY two.example:3128; DIRECT";
                if (/^[0-9.]+$/.test(host) && isInNet(host, "10.0.0.0", "255.0.0.0")) return "SOCKS s.example:1080; PROXY ten.example:80";
                if (localHostOrDomainIs(host, "www.example.com") && dnsDomainLevels(host) == 2
                        && weekdayRange("SUN", "SAT") && timeRange(0, 24) && dateRange(1, 31))
                    return "PROXY www-proxy.example:8000";
                return "PROXY default.example:8080";
            }
            """;

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = Loopback.http();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void ieConfigAndDefaultConfigComeFromTheEnvironment() {
        RawWinHttp raw = new RawWinHttp(Map.of("HTTP_PROXY", "http://user@proxy.example:3128/",
                "https_proxy", "secure.example:8443", "no_proxy", ".corp.example,localhost"));
        WINHTTP_CURRENT_USER_IE_PROXY_CONFIG ie = new WINHTTP_CURRENT_USER_IE_PROXY_CONFIG();
        assertTrue(raw.w.WinHttpGetIEProxyConfigForCurrentUser(ie));
        assertFalse(ie.fAutoDetect);
        assertNull(ie.lpszAutoConfigUrl);
        assertEquals("http=proxy.example:3128;https=secure.example:8443", Utf16.decode(ie.lpszProxy));
        assertEquals("*.corp.example;corp.example;*.localhost;localhost", Utf16.decode(ie.lpszProxyBypass));
        raw.w.globalFree(ie.lpszProxy);
        raw.w.globalFree(ie.lpszProxyBypass);
        WINHTTP_PROXY_INFO info = new WINHTTP_PROXY_INFO();
        assertTrue(raw.w.WinHttpGetDefaultProxyConfiguration(info));
        assertEquals(WinHttp.WINHTTP_ACCESS_TYPE_NAMED_PROXY, info.dwAccessType);
        assertEquals("http=proxy.example:3128;https=secure.example:8443", Utf16.decode(info.lpszProxy));
        raw.w.globalFree(info.lpszProxy);
        raw.w.globalFree(info.lpszProxyBypass);
        assertEquals(0, raw.w.outstandingAllocations());

        RawWinHttp none = new RawWinHttp(Map.of());
        WINHTTP_PROXY_INFO direct = new WINHTTP_PROXY_INFO();
        assertTrue(none.w.WinHttpGetDefaultProxyConfiguration(direct));
        assertEquals(WinHttp.WINHTTP_ACCESS_TYPE_NO_PROXY, direct.dwAccessType);
        assertNull(direct.lpszProxy);
    }

    private String proxyFor(RawWinHttp raw, HINTERNET session, String url, String pacUrl, int[] error) {
        WINHTTP_AUTOPROXY_OPTIONS options = new WINHTTP_AUTOPROXY_OPTIONS();
        options.dwFlags = WinHttp.WINHTTP_AUTOPROXY_CONFIG_URL;
        options.lpszAutoConfigUrl = RawWinHttp.wide(pacUrl);
        WINHTTP_PROXY_INFO info = new WINHTTP_PROXY_INFO();
        if (!raw.w.WinHttpGetProxyForUrl(session, RawWinHttp.wide(url), options, info)) {
            error[0] = JavaLastError.get();
            return null;
        }
        String result = info.dwAccessType == WinHttp.WINHTTP_ACCESS_TYPE_NO_PROXY ? "DIRECT"
                : Utf16.decode(info.lpszProxy);
        raw.w.globalFree(info.lpszProxy);
        raw.w.globalFree(info.lpszProxyBypass);
        return result;
    }

    @Test
    void pacScriptServedOnLoopbackIsEvaluated() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse().setBody(PAC).addHeader("Content-Type", "application/x-ns-proxy-autoconfig"));
        }
        RawWinHttp raw = new RawWinHttp();
        HINTERNET s = raw.session();
        String pac = server.url("/proxy.pac").toString();
        int[] error = new int[1];
        assertEquals("DIRECT", proxyFor(raw, s, "http://intranet/", pac, error));
        assertEquals("one.example:8080;two.example:3128", proxyFor(raw, s, "http://a.example/via-two/x", pac, error));
        assertEquals("ten.example:80", proxyFor(raw, s, "http://10.1.2.3/", pac, error));
        assertEquals("www-proxy.example:8000", proxyFor(raw, s, "https://www.example.com/", pac, error));
        assertEquals("default.example:8080", proxyFor(raw, s, "http://host.internal.example.org/", pac, error));
        assertEquals(0, raw.w.outstandingAllocations());
        raw.close(s);
    }

    @Test
    void pacFailuresHaveTheirCodes() {
        server.enqueue(new MockResponse().setResponseCode(404));
        server.enqueue(new MockResponse().setBody("this is not javascript {"));
        server.enqueue(new MockResponse().setBody("function Other() { return 'DIRECT'; }"));
        server.enqueue(new MockResponse().setBody("function FindProxyForURL(u, h) { while (true) {} }"));
        RawWinHttp raw = new RawWinHttp();
        HINTERNET s = raw.session();
        assertTrue(raw.w.WinHttpSetTimeouts(s, 0, 2000, 2000, 500));
        String pac = server.url("/proxy.pac").toString();
        int[] error = new int[1];
        assertNull(proxyFor(raw, s, "http://a.example/", pac, error));
        assertEquals(WinHttp.ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT, error[0]);
        assertNull(proxyFor(raw, s, "http://a.example/", pac, error));
        assertEquals(WinHttp.ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT, error[0]);
        assertNull(proxyFor(raw, s, "http://a.example/", pac, error));
        assertEquals(WinHttp.ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT, error[0]);
        long start = System.nanoTime();
        assertNull(proxyFor(raw, s, "http://a.example/", pac, error));
        assertEquals(WinHttp.ERROR_WINHTTP_SCRIPT_EXECUTION_ERROR, error[0]);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the endless script is stopped");
        assertNull(proxyFor(raw, s, "ftp://a.example/", pac, error));
        assertEquals(WinHttp.ERROR_WINHTTP_UNRECOGNIZED_SCHEME, error[0]);
        raw.close(s);
    }

    @Test
    void autoDetectionAndTheStoreCallsAreNotAvailable() {
        RawWinHttp raw = new RawWinHttp();
        assertFalse(raw.w.WinHttpDetectAutoProxyConfigUrl(WinHttp.WINHTTP_AUTO_DETECT_TYPE_DHCP
                | WinHttp.WINHTTP_AUTO_DETECT_TYPE_DNS_A, new PointerByReference()));
        assertEquals(WinHttp.ERROR_WINHTTP_AUTODETECTION_FAILED, JavaLastError.get());
        HINTERNET s = raw.session();
        WINHTTP_AUTOPROXY_OPTIONS options = new WINHTTP_AUTOPROXY_OPTIONS();
        options.dwFlags = WinHttp.WINHTTP_AUTOPROXY_AUTO_DETECT;
        options.dwAutoDetectFlags = WinHttp.WINHTTP_AUTO_DETECT_TYPE_DNS_A;
        assertFalse(raw.w.WinHttpGetProxyForUrl(s, RawWinHttp.wide("http://a.example/"), options,
                new WINHTTP_PROXY_INFO()));
        assertEquals(WinHttp.ERROR_WINHTTP_AUTODETECTION_FAILED, JavaLastError.get());
        assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE,
                raw.w.WinHttpCreateProxyResolver(s, new PointerByReference()));
        assertEquals(0, raw.w.WinHttpResetAutoProxy(s, WinHttp.WINHTTP_RESET_ALL));
        assertEquals(JavaWinHttp.ERROR_NOT_SUPPORTED, raw.w.WinHttpGetProxySettingsVersion(s,
                new com.sun.jna.ptr.IntByReference()));
        assertFalse(raw.w.WinHttpSetDefaultProxyConfiguration(new WINHTTP_PROXY_INFO()));
        assertEquals(JavaWinHttp.ERROR_NOT_SUPPORTED, JavaLastError.get());
        raw.close(s);
    }
}
