package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WINHTTP_URL_COMPONENTS;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The raw WinHTTP contract points the java backend chose, held against every available backend
 * (on a Windows JVM, winhttp.dll): handle semantics, byte and character lengths, error codes.
 */
class WinHttpRawContractTest {
    private static final int ERROR_INSUFFICIENT_BUFFER = 122;

    private static Memory wide(String s) {
        return Utf16.encode(s, "test");
    }

    private static HINTERNET open(WinHttp w) {
        HINTERNET s = w.WinHttpOpen(wide("winnet4j-test"), WinHttp.WINHTTP_ACCESS_TYPE_NO_PROXY, null, null, 0);
        assertNotNull(s);
        return s;
    }

    @AllBackends
    void closedSessionLeavesItsRequestWorking(Backend backend) throws Exception {
        WinHttp w = backend.winhttp();
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setBody("alive").addHeader("X-Name", "abc"));
            HINTERNET s = open(w);
            HINTERNET c = w.WinHttpConnect(s, wide(Loopback.HOST), (short) server.getPort(), 0);
            HINTERNET r = w.WinHttpOpenRequest(c, wide("GET"), wide("/x"), null, null, null, 0);
            assertNotNull(r);
            IntByReference length = new IntByReference(0);
            assertFalse(w.WinHttpQueryHeaders(r, WinHttp.WINHTTP_QUERY_STATUS_CODE, null, null, length, null));
            assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_STATE, backend.lastError());
            assertFalse(w.WinHttpSetTimeouts(c, 1000, 1000, 1000, 1000));
            assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, backend.lastError());
            assertTrue(w.WinHttpCloseHandle(c));
            assertTrue(w.WinHttpCloseHandle(s));
            assertTrue(w.WinHttpSendRequest(r, null, 0, null, 0, 0, new DWORD_PTR(0)));
            assertTrue(w.WinHttpReceiveResponse(r, null));
            Memory name = wide("X-Name");
            length.setValue(0);
            assertFalse(w.WinHttpQueryHeaders(r, WinHttp.WINHTTP_QUERY_CUSTOM, name, null, length, null));
            assertEquals(ERROR_INSUFFICIENT_BUFFER, backend.lastError());
            assertEquals(8, length.getValue(), "bytes, terminator included");
            Memory value = new Memory(length.getValue());
            assertTrue(w.WinHttpQueryHeaders(r, WinHttp.WINHTTP_QUERY_CUSTOM, name, value, length, null));
            assertEquals(6, length.getValue(), "bytes, without the terminator");
            assertFalse(w.WinHttpQueryHeaders(r, WinHttp.WINHTTP_QUERY_CUSTOM, wide("X-None"), value,
                    new IntByReference(8), null));
            assertEquals(WinHttp.ERROR_WINHTTP_HEADER_NOT_FOUND, backend.lastError());
            IntByReference read = new IntByReference();
            Memory body = new Memory(64);
            assertTrue(w.WinHttpReadData(r, body, 64, read));
            assertEquals("alive", new String(body.getByteArray(0, read.getValue()), java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(w.WinHttpCloseHandle(r));
            assertFalse(w.WinHttpCloseHandle(r));
            assertEquals(6, backend.lastError()); // ERROR_INVALID_HANDLE
        }
    }

    @AllBackends
    void urlOptionIsReportedInBytes(Backend backend) throws Exception {
        WinHttp w = backend.winhttp();
        HINTERNET s = open(w);
        HINTERNET c = w.WinHttpConnect(s, wide(Loopback.HOST), (short) 8080, 0);
        HINTERNET r = w.WinHttpOpenRequest(c, wide("GET"), wide("/x"), null, null, null, 0);
        IntByReference length = new IntByReference(0);
        assertFalse(w.WinHttpQueryOption(r, WinHttp.WINHTTP_OPTION_URL, null, length));
        assertEquals(ERROR_INSUFFICIENT_BUFFER, backend.lastError());
        String url = "http://127.0.0.1:8080/x";
        assertEquals((url.length() + 1) * 2, length.getValue(), "bytes, terminator included");
        Memory buffer = new Memory(length.getValue());
        assertTrue(w.WinHttpQueryOption(r, WinHttp.WINHTTP_OPTION_URL, buffer, length));
        assertEquals(url.length() * 2, length.getValue(), "bytes, without the terminator");
        assertEquals(url, Utf16.decode(buffer));
        assertTrue(w.WinHttpCloseHandle(r));
        assertTrue(w.WinHttpCloseHandle(c));
        assertTrue(w.WinHttpCloseHandle(s));
    }

    @AllBackends
    void refusedConnection(Backend backend) throws Exception {
        WinHttp w = backend.winhttp();
        HINTERNET s = open(w);
        HINTERNET c = w.WinHttpConnect(s, wide(Loopback.HOST), (short) Loopback.refusedPort(), 0);
        HINTERNET r = w.WinHttpOpenRequest(c, null, null, null, null, null, 0);
        assertFalse(w.WinHttpSendRequest(r, null, 0, null, 0, 0, new DWORD_PTR(0)));
        assertEquals(WinHttp.ERROR_WINHTTP_CANNOT_CONNECT, backend.lastError());
        assertTrue(w.WinHttpCloseHandle(r));
        assertTrue(w.WinHttpCloseHandle(c));
        assertTrue(w.WinHttpCloseHandle(s));
    }

    @AllBackends
    void urlsCountCharactersAndKnowOnlyHttp(Backend backend) {
        WinHttp w = backend.winhttp();
        WINHTTP_URL_COMPONENTS c = new WINHTTP_URL_COMPONENTS();
        c.nScheme = WinHttp.INTERNET_SCHEME_HTTP;
        c.lpszHostName = wide("example.com");
        c.nPort = 80;
        c.lpszUrlPath = wide("/a");
        IntByReference length = new IntByReference(0);
        assertFalse(w.WinHttpCreateUrl(c, 0, null, length));
        assertEquals(ERROR_INSUFFICIENT_BUFFER, backend.lastError());
        assertEquals("http://example.com/a".length() + 1, length.getValue());
        WINHTTP_URL_COMPONENTS crack = new WINHTTP_URL_COMPONENTS();
        crack.dwHostNameLength = -1;
        assertTrue(w.WinHttpCrackUrl(wide("https://example.com/"), 0, 0, crack));
        assertEquals(WinHttp.INTERNET_SCHEME_HTTPS, crack.nScheme);
        assertEquals(443, crack.nPort & 0xFFFF);
        assertFalse(w.WinHttpCrackUrl(wide("ftp://example.com/"), 0, 0, new WINHTTP_URL_COMPONENTS()));
        assertEquals(WinHttp.ERROR_WINHTTP_UNRECOGNIZED_SCHEME, backend.lastError());
    }

    @AllBackends
    void authSchemesOfAChallenge(Backend backend) throws Exception {
        WinHttp w = backend.winhttp();
        try (MockWebServer server = Loopback.http()) {
            server.enqueue(new MockResponse().setResponseCode(401)
                    .addHeader("WWW-Authenticate", "Basic realm=\"r\"").setBody("no"));
            HINTERNET s = open(w);
            HINTERNET c = w.WinHttpConnect(s, wide(Loopback.HOST), (short) server.getPort(), 0);
            HINTERNET r = w.WinHttpOpenRequest(c, null, wide("/p"), null, null, null, 0);
            assertTrue(w.WinHttpSendRequest(r, null, 0, null, 0, 0, new DWORD_PTR(0)));
            assertTrue(w.WinHttpReceiveResponse(r, null));
            IntByReference supported = new IntByReference();
            IntByReference first = new IntByReference();
            IntByReference target = new IntByReference(-1);
            assertTrue(w.WinHttpQueryAuthSchemes(r, supported, first, target));
            assertEquals(WinHttp.WINHTTP_AUTH_SCHEME_BASIC, supported.getValue());
            assertEquals(WinHttp.WINHTTP_AUTH_SCHEME_BASIC, first.getValue());
            assertEquals(WinHttp.WINHTTP_AUTH_TARGET_SERVER, target.getValue());
            assertTrue(w.WinHttpCloseHandle(r));
            assertTrue(w.WinHttpCloseHandle(c));
            assertTrue(w.WinHttpCloseHandle(s));
        }
    }
}
