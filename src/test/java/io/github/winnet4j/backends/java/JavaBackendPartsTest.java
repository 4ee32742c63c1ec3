package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.INTERNET_PROXY_INFO;
import io.github.winnet4j.raw.WinInet;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.winnet4j.backends.java.RawCalls.wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The backend's parts that need no server: provider, messages, proxies, times, callbacks. */
class JavaBackendPartsTest {
    @Test
    void providerAndMessages() {
        JavaBackendProvider provider = new JavaBackendProvider();
        assertEquals("java", provider.name());
        assertEquals(10, provider.priority());
        assertTrue(provider.unavailableReason().isEmpty());
        JavaBackend backend = (JavaBackend) provider.create();
        assertEquals("java", backend.name());
        assertEquals("The operation timed out", backend.message(WinInet.ERROR_INTERNET_TIMEOUT).orElseThrow());
        assertEquals("The parameter is incorrect.", backend.message(87).orElseThrow());
        assertTrue(backend.message(424242).isEmpty());
        for (int code : new int[]{2, 6, 8, 18, 87, 120, 122, 1223}) {
            assertTrue(backend.message(code).isPresent(), "message for " + code);
        }
        for (java.lang.reflect.Field f : io.github.winnet4j.raw.WinInetErrors.class.getFields()) {
            String n = f.getName();
            if (n.startsWith("ERROR_INTERNET_") || n.startsWith("ERROR_HTTP_") || n.startsWith("ERROR_FTP_")) {
                try {
                    assertTrue(backend.message(f.getInt(null)).isPresent(), "message for " + n);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        JavaLastError.set(12007);
        assertEquals(12007, backend.lastError());
    }

    @Test
    void proxyListsAndBypass() {
        ProxySettings list = ProxySettings.fromList("http=proxy:8080 https=secure:8443", "*.local.test;<local>");
        assertEquals(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy", 8080)),
                list.select(URI.create("http://example.com/")));
        assertEquals(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("secure", 8443)),
                list.select(URI.create("https://example.com/")));
        assertEquals(Proxy.NO_PROXY, list.select(URI.create("http://a.local.test/")));
        assertEquals(Proxy.NO_PROXY, list.select(URI.create("http://intranet/")));

        ProxySettings single = ProxySettings.fromList("proxy:3128", null);
        assertEquals(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy", 3128)),
                single.select(URI.create("https://example.com/")));

        ProxySettings env = ProxySettings.of(ProxySettings.INTERNET_OPEN_TYPE_PRECONFIG, null, null,
                Map.of("HTTP_PROXY", "http://user:pw@envproxy:8000/", "no_proxy", "localhost,.internal.test"));
        assertEquals(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("envproxy", 8000)),
                env.select(URI.create("http://example.com/")));
        assertEquals(Proxy.NO_PROXY, env.select(URI.create("https://example.com/")), "no https_proxy");
        assertEquals(Proxy.NO_PROXY, env.select(URI.create("http://x.internal.test/")));
        assertEquals(Proxy.NO_PROXY, env.select(URI.create("http://localhost/")));
        assertNull(ProxySettings.of(WinInet.INTERNET_OPEN_TYPE_PROXY, "", null, Map.of()));
    }

    @Test
    void proxyOptionIsAnInternetProxyInfoWithItsStrings() {
        JavaWinInet w = new JavaWinInet(Map.of());
        HINTERNET session = w.InternetOpenW(wide("a"), WinInet.INTERNET_OPEN_TYPE_PROXY, wide("proxy:8080"),
                wide("<local>"), 0);
        IntByReference length = new IntByReference(0);
        assertFalse(w.InternetQueryOptionW(session, WinInet.INTERNET_OPTION_PROXY, null, length));
        Memory buffer = new Memory(length.getValue());
        assertTrue(w.InternetQueryOptionW(session, WinInet.INTERNET_OPTION_PROXY, buffer, length));
        INTERNET_PROXY_INFO info = new INTERNET_PROXY_INFO(buffer);
        assertEquals(WinInet.INTERNET_OPEN_TYPE_PROXY, info.dwAccessType);
        assertEquals("proxy:8080", Utf16.decode(info.lpszProxy));
        assertEquals("<local>", Utf16.decode(info.lpszProxyBypass));
        assertNull(w.InternetOpenW(wide("a"), 99, null, null, 0));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        w.InternetCloseHandle(session);
    }

    @Test
    void httpDatesBothWays() {
        JavaWinInet w = new JavaWinInet(Map.of());
        SYSTEMTIME t = new SYSTEMTIME();
        assertTrue(w.InternetTimeToSystemTimeW(wide("Sun, 06 Nov 1994 08:49:37 GMT"), t, 0));
        assertEquals(1994, t.wYear);
        assertEquals(11, t.wMonth);
        assertEquals(6, t.wDay);
        assertEquals(0, t.wDayOfWeek);
        assertEquals(8, t.wHour);
        assertEquals(37, t.wSecond);
        for (String other : new String[]{"Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"}) {
            SYSTEMTIME u = new SYSTEMTIME();
            assertTrue(w.InternetTimeToSystemTimeW(wide(other), u, 0), other);
            assertEquals(1994, u.wYear, other);
            assertEquals(6, u.wDay, other);
            assertEquals(49, u.wMinute, other);
        }
        Memory out = new Memory(WinInet.INTERNET_RFC1123_BUFSIZE * 2L);
        assertTrue(w.InternetTimeFromSystemTimeW(t, 0, out, (int) out.size()));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", Utf16.decode(out));
        assertFalse(w.InternetTimeFromSystemTimeW(t, 0, out, 20));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        assertFalse(w.InternetTimeToSystemTimeW(wide("no date here"), new SYSTEMTIME(), 0));
    }

    @Test
    void headerListModifiers() throws Win32Failure {
        HeaderList h = new HeaderList();
        h.apply("A: 1\r\nB: 2", WinInet.HTTP_ADDREQ_FLAG_ADD);
        h.apply("a: 3", WinInet.HTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON);
        assertEquals("1; 3", h.first("A"));
        h.apply("B: 9", WinInet.HTTP_ADDREQ_FLAG_REPLACE);
        assertEquals("9", h.first("b"));
        h.apply("B:", WinInet.HTTP_ADDREQ_FLAG_REPLACE);
        assertNull(h.first("B"));
        Win32Failure f = assertThrows(Win32Failure.class, () -> h.apply("A: x", WinInet.HTTP_ADDREQ_FLAG_ADD_IF_NEW));
        assertEquals(WinInet.ERROR_HTTP_HEADER_ALREADY_EXISTS, f.code);
        h.apply("C: 1", WinInet.HTTP_ADDREQ_FLAG_REPLACE | WinInet.HTTP_ADDREQ_FLAG_ADD);
        assertEquals("1", h.first("C"));
    }

    @Test
    void callbacksSeeClosingOnlyWithAContext() {
        JavaWinInet w = new JavaWinInet(Map.of());
        List<Integer> statuses = new ArrayList<>();
        HINTERNET session = w.InternetOpenW(wide("a"), WinInet.INTERNET_OPEN_TYPE_DIRECT, null, null, 0);
        assertNull(w.InternetSetStatusCallbackW(session,
                (HINTERNET h, DWORD_PTR ctx, int status, Pointer info, int len) -> statuses.add(status)));
        HINTERNET quiet = w.InternetConnectW(session, wide("127.0.0.1"), (short) 80, null, null,
                WinInet.INTERNET_SERVICE_HTTP, 0, new DWORD_PTR(0));
        HINTERNET loud = w.InternetConnectW(session, wide("127.0.0.1"), (short) 80, null, null,
                WinInet.INTERNET_SERVICE_HTTP, 0, new DWORD_PTR(7));
        assertNotNull(quiet);
        assertTrue(w.InternetCloseHandle(quiet));
        assertTrue(w.InternetCloseHandle(loud));
        assertEquals(List.of(WinInet.INTERNET_STATUS_HANDLE_CREATED, WinInet.INTERNET_STATUS_HANDLE_CLOSING), statuses);
        assertEquals(WinInet.INTERNET_INVALID_STATUS_CALLBACK,
                Pointer.nativeValue(w.InternetSetStatusCallbackW(loud, null)));
        assertEquals(WinError.ERROR_INVALID_HANDLE, JavaLastError.get());
        w.InternetCloseHandle(session);
        assertEquals(0, w.openHandleCount());
    }

    @Test
    void connectivityAndResponseInfo() {
        JavaWinInet w = new JavaWinInet(Map.of());
        IntByReference flags = new IntByReference();
        assertTrue(w.InternetGetConnectedState(flags, 0));
        assertEquals(WinInet.INTERNET_CONNECTION_LAN, flags.getValue());
        assertEquals(0, w.InternetAttemptConnect(0));
        IntByReference error = new IntByReference(-1);
        IntByReference length = new IntByReference(0);
        assertTrue(w.InternetGetLastResponseInfoW(error, null, length));
        assertEquals(0, length.getValue());
        LastResponseInfo.set(0, "230 Logged in");
        assertFalse(w.InternetGetLastResponseInfoW(error, null, length));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        assertEquals(14, length.getValue(), "characters including the terminator");
        Memory text = new Memory(28);
        assertTrue(w.InternetGetLastResponseInfoW(error, text, length));
        assertEquals("230 Logged in", Utf16.decode(text));
        LastResponseInfo.clear();
        assertFalse(w.InternetCheckConnectionW(null, 0, 0));
        assertEquals(WinError.ERROR_NOT_CONNECTED, JavaLastError.get());
    }
}
