package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.java.JavaBackend;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WINHTTP_URL_COMPONENTS;
import io.github.winnet4j.raw.WinHttp;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WinHttpCrackUrl/CreateUrl (WinHTTP's scheme numbers and character counts), time conversion, backend wiring. */
class JavaWinHttpUrlTimeTest {
    private final JavaWinHttp w = new JavaWinHttp(java.util.Map.of());

    private static WINHTTP_URL_COMPONENTS wantAll() {
        WINHTTP_URL_COMPONENTS c = new WINHTTP_URL_COMPONENTS();
        c.dwSchemeLength = -1;
        c.dwHostNameLength = -1;
        c.dwUserNameLength = -1;
        c.dwPasswordLength = -1;
        c.dwUrlPathLength = -1;
        c.dwExtraInfoLength = -1;
        return c;
    }

    @Test
    void crackUsesWinHttpSchemeNumbers() {
        Memory url = RawWinHttp.wide("https://user:pw@example.com:8443/a/b?x=1#f");
        WINHTTP_URL_COMPONENTS c = wantAll();
        assertTrue(w.WinHttpCrackUrl(url, 0, 0, c), () -> "crack failed: " + JavaLastError.get());
        assertEquals(WinHttp.INTERNET_SCHEME_HTTPS, c.nScheme);
        assertEquals(8443, c.nPort & 0xFFFF);
        assertEquals("example.com", Utf16.decodeExact(c.lpszHostName, c.dwHostNameLength));
        assertEquals("user", Utf16.decodeExact(c.lpszUserName, c.dwUserNameLength));
        assertEquals("/a/b", Utf16.decodeExact(c.lpszUrlPath, c.dwUrlPathLength));
        assertEquals("?x=1#f", Utf16.decodeExact(c.lpszExtraInfo, c.dwExtraInfoLength));

        WINHTTP_URL_COMPONENTS plain = wantAll();
        assertTrue(w.WinHttpCrackUrl(RawWinHttp.wide("http://h/"), 0, 0, plain));
        assertEquals(WinHttp.INTERNET_SCHEME_HTTP, plain.nScheme);
        assertEquals(80, plain.nPort);

        assertFalse(w.WinHttpCrackUrl(RawWinHttp.wide("ftp://h/file"), 0, 0, wantAll()));
        assertEquals(WinHttp.ERROR_WINHTTP_UNRECOGNIZED_SCHEME, JavaLastError.get());
        assertFalse(w.WinHttpCrackUrl(RawWinHttp.wide("not a url"), 0, 0, wantAll()));
        assertEquals(WinHttp.ERROR_WINHTTP_INVALID_URL, JavaLastError.get());
        assertFalse(w.WinHttpCrackUrl(url, 0, WinHttp.ICU_REJECT_USERPWD, wantAll()));
        assertEquals(WinHttp.ERROR_WINHTTP_INVALID_URL, JavaLastError.get());
    }

    @Test
    void createCountsCharacters() {
        WINHTTP_URL_COMPONENTS c = new WINHTTP_URL_COMPONENTS();
        c.nScheme = WinHttp.INTERNET_SCHEME_HTTPS;
        c.lpszHostName = RawWinHttp.wide("example.com");
        c.nPort = (short) 443;
        c.lpszUrlPath = RawWinHttp.wide("/index.html");
        IntByReference length = new IntByReference(0);
        assertFalse(w.WinHttpCreateUrl(c, 0, null, length));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        String expected = "https://example.com/index.html";
        assertEquals(expected.length() + 1, length.getValue(), "characters, terminator included");
        Memory out = Utf16.allocate(length.getValue());
        assertTrue(w.WinHttpCreateUrl(c, 0, out, length));
        assertEquals(expected.length(), length.getValue());
        assertEquals(expected, Utf16.decode(out));
    }

    @Test
    void timeRoundTrips() {
        SYSTEMTIME t = new SYSTEMTIME();
        Memory text = RawWinHttp.wide("Sun, 06 Nov 1994 08:49:37 GMT");
        assertTrue(w.WinHttpTimeToSystemTime(text, t));
        assertEquals(1994, t.wYear);
        assertEquals(37, t.wSecond);
        Memory buffer = new Memory(WinHttp.WINHTTP_TIME_FORMAT_BUFSIZE);
        assertTrue(w.WinHttpTimeFromSystemTime(t, buffer));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", Utf16.decode(buffer));
        assertFalse(w.WinHttpTimeToSystemTime(RawWinHttp.wide("yesterday"), t));
    }

    @Test
    void javaBackendGivesWinHttpAndItsMessages() {
        Backend backend = new JavaBackend();
        assertInstanceOf(JavaWinHttp.class, backend.winhttp());
        assertEquals("A security error occurred", backend.winHttpMessage(WinHttp.ERROR_WINHTTP_SECURE_FAILURE).orElseThrow());
        assertEquals("The requested header was not found",
                backend.winHttpMessage(WinHttp.ERROR_WINHTTP_HEADER_NOT_FOUND).orElseThrow());
        assertEquals("The handle is invalid.", backend.winHttpMessage(WinError.ERROR_INVALID_HANDLE).orElseThrow());
        assertTrue(backend.winHttpMessage(12003).isEmpty(), "12003 is a WinINet code only");
        backend.globalFree(null);
    }

    @Test
    void everyWinHttpErrorHasAMessage() throws Exception {
        Backend backend = new JavaBackend();
        for (java.lang.reflect.Field f : io.github.winnet4j.raw.WinHttpErrors.class.getFields()) {
            if (f.getName().startsWith("ERROR_WINHTTP_") && !f.getName().contains("RESERVED")) {
                int code = f.getInt(null);
                assertTrue(backend.winHttpMessage(code).isPresent(), f.getName());
            }
        }
    }
}
