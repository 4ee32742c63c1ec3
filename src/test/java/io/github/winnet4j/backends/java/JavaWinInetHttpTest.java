package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.INTERNET_BUFFERSW;
import io.github.winnet4j.raw.WinInet;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static io.github.winnet4j.backends.java.RawCalls.wide;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTP exchanges through the java backend's raw WinINet interface against a loopback server. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JavaWinInetHttpTest {
    private final RawCalls raw = new RawCalls();
    private final WinInet w = raw.w;
    private MockWebServer server;
    private HINTERNET session;
    private HINTERNET connection;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        session = raw.session();
        connection = raw.connect(session, "127.0.0.1", server.getPort());
    }

    @AfterEach
    void stop() throws IOException {
        raw.close(session);
        assertEquals(0, raw.w.openHandleCount(), "closing the session closes every child");
        server.shutdown();
    }

    @Test
    void getReportsStatusLineHeadersAndBody() throws InterruptedException {
        server.enqueue(new MockResponse().setStatus("HTTP/1.1 200 Fine Thanks")
                .addHeader("X-Multi", "one").addHeader("x-multi", "two").addHeader("Content-Type", "text/plain")
                .setBody("hello"));
        HINTERNET request = raw.request(connection, "GET", "/path?q=1", 0);
        raw.send(request);

        assertEquals("200", raw.query(request, WinInet.HTTP_QUERY_STATUS_CODE));
        assertEquals("Fine Thanks", raw.query(request, WinInet.HTTP_QUERY_STATUS_TEXT));
        assertEquals("HTTP/1.1", raw.query(request, WinInet.HTTP_QUERY_VERSION));
        assertEquals("text/plain", raw.query(request, WinInet.HTTP_QUERY_CONTENT_TYPE));
        assertEquals("hello", new String(raw.readAll(request), StandardCharsets.UTF_8));

        RecordedRequest recorded = server.takeRequest();
        assertEquals("GET /path?q=1 HTTP/1.1", recorded.getRequestLine());
        assertEquals("winnet4j-test", recorded.getHeader("User-Agent"));
    }

    @Test
    void repeatedHeadersAreReadByIndexInServerOrderAndCase() {
        server.enqueue(new MockResponse().addHeader("X-Multi", "one").addHeader("x-multi", "two"));
        HINTERNET request = raw.request(connection, "GET", "/", 0);
        raw.send(request);

        IntByReference index = new IntByReference(0);
        assertEquals("one", raw.queryCustom(request, "X-MULTI", 0, index));
        assertEquals(1, index.getValue());
        assertEquals("two", raw.queryCustom(request, "X-MULTI", 0, index));
        assertEquals(2, index.getValue());
        assertNull(raw.queryCustom(request, "X-MULTI", 0, index));
        assertEquals(2, index.getValue(), "index unchanged on failure");

        String crlf = raw.query(request, WinInet.HTTP_QUERY_RAW_HEADERS_CRLF);
        assertTrue(crlf.startsWith("HTTP/1.1 200 OK\r\n"), crlf);
        assertTrue(crlf.contains("X-Multi: one\r\nx-multi: two\r\n"), crlf);
        assertTrue(crlf.endsWith("\r\n\r\n"), crlf);
        String nulSeparated = raw.query(request, WinInet.HTTP_QUERY_RAW_HEADERS);
        assertTrue(nulSeparated.startsWith("HTTP/1.1 200 OK\0"), nulSeparated);
        assertTrue(nulSeparated.contains("\0X-Multi: one\0x-multi: two\0"), nulSeparated);
        assertTrue(nulSeparated.endsWith("\0"));
    }

    @Test
    void queryInfoNegotiatesBufferInBytes() {
        server.enqueue(new MockResponse().addHeader("X-Long", "abcdef"));
        HINTERNET request = raw.request(connection, "GET", "/", 0);
        raw.send(request);
        Memory name = wide("X-Long");

        IntByReference length = new IntByReference(6);
        Memory small = new Memory(64);
        small.write(0, name.getByteArray(0, (int) name.size()), 0, (int) name.size());
        assertFalse(w.HttpQueryInfoW(request, WinInet.HTTP_QUERY_CUSTOM, small, length, null));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        assertEquals(14, length.getValue(), "bytes required including the terminator");

        IntByReference number = new IntByReference(4);
        Memory dword = new Memory(4);
        assertTrue(w.HttpQueryInfoW(request, WinInet.HTTP_QUERY_STATUS_CODE | WinInet.HTTP_QUERY_FLAG_NUMBER,
                dword, number, null));
        assertEquals(200, dword.getInt(0));
        assertEquals(4, number.getValue());

        IntByReference missing = new IntByReference(64);
        assertFalse(w.HttpQueryInfoW(request, WinInet.HTTP_QUERY_LOCATION, new Memory(64), missing, null));
        assertEquals(WinInet.ERROR_HTTP_HEADER_NOT_FOUND, JavaLastError.get());
    }

    @Test
    void queryBeforeSendIsWrongStateButRequestHeadersAreVisible() {
        HINTERNET request = raw.request(connection, "GET", "/", 0);
        IntByReference length = new IntByReference(64);
        assertFalse(w.HttpQueryInfoW(request, WinInet.HTTP_QUERY_STATUS_CODE, new Memory(64), length, null));
        assertEquals(WinInet.ERROR_INTERNET_INCORRECT_HANDLE_STATE, JavaLastError.get());

        assertTrue(w.HttpAddRequestHeadersW(request, wide("X-Custom: a\r\nX-Other: b"), -1, WinInet.HTTP_ADDREQ_FLAG_ADD));
        assertFalse(w.HttpAddRequestHeadersW(request, wide("x-custom: c"), -1, WinInet.HTTP_ADDREQ_FLAG_ADD_IF_NEW));
        assertEquals(WinInet.ERROR_HTTP_HEADER_ALREADY_EXISTS, JavaLastError.get());
        assertTrue(w.HttpAddRequestHeadersW(request, wide("X-Custom: c"), -1, WinInet.HTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA));
        assertTrue(w.HttpAddRequestHeadersW(request, wide("X-Other:"), -1, WinInet.HTTP_ADDREQ_FLAG_REPLACE));
        assertEquals("a, c", raw.queryCustom(request, "X-Custom", WinInet.HTTP_QUERY_FLAG_REQUEST_HEADERS, null));
        assertNull(raw.queryCustom(request, "X-Other", WinInet.HTTP_QUERY_FLAG_REQUEST_HEADERS, null));
        assertFalse(w.HttpAddRequestHeadersW(request, wide("X-Missing: v"), -1, WinInet.HTTP_ADDREQ_FLAG_REPLACE));
        assertEquals(WinInet.ERROR_HTTP_HEADER_NOT_FOUND, JavaLastError.get());
        assertFalse(w.HttpAddRequestHeadersW(request, wide("no colon here"), -1, WinInet.HTTP_ADDREQ_FLAG_ADD));
        assertEquals(WinInet.ERROR_HTTP_INVALID_HEADER, JavaLastError.get());
    }

    @Test
    void headersGoOutWithTheirCaseAndPostCarriesTheBody() throws InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(201));
        HINTERNET request = raw.request(connection, "POST", "/submit", 0);
        byte[] body = "name=value&x=1".getBytes(StandardCharsets.UTF_8);
        Memory memory = new Memory(body.length);
        memory.write(0, body, 0, body.length);
        Memory headers = wide("X-CaSe: kept\r\nContent-Type: application/x-test\r\n");
        assertTrue(w.HttpSendRequestW(request, headers, -1, memory, body.length), () -> "send: " + JavaLastError.get());
        assertEquals("201", raw.query(request, WinInet.HTTP_QUERY_STATUS_CODE));

        RecordedRequest recorded = server.takeRequest();
        assertEquals("POST", recorded.getMethod());
        assertEquals("name=value&x=1", recorded.getBody().readUtf8());
        assertEquals("application/x-test", recorded.getHeader("Content-Type"));
        assertTrue(recorded.getHeaders().names().contains("X-CaSe"), recorded.getHeaders().toString());
        assertEquals("POST /submit HTTP/1.1", raw.query(request,
                WinInet.HTTP_QUERY_RAW_HEADERS_CRLF | WinInet.HTTP_QUERY_FLAG_REQUEST_HEADERS).split("\r\n")[0]);
    }

    @Test
    void sendRequestExStreamsTheDeclaredBody() throws Exception {
        server.enqueue(new MockResponse().setBody("stored"));
        int total = 3 * 1024 * 1024 + 17;
        HINTERNET request = raw.request(connection, "PUT", "/upload", 0);
        INTERNET_BUFFERSW in = new INTERNET_BUFFERSW();
        in.dwBufferTotal = total;
        assertTrue(w.HttpSendRequestExW(request, in, null, 0, null), () -> "SendRequestEx: " + JavaLastError.get());
        Memory chunk = new Memory(64 * 1024);
        for (int i = 0; i < chunk.size(); i++) {
            chunk.setByte(i, (byte) i);
        }
        IntByReference written = new IntByReference();
        int sent = 0;
        for (int i = 0; i < 1000 && sent < total; i++) {
            int n = (int) Math.min(chunk.size(), total - sent);
            assertTrue(w.InternetWriteFile(request, chunk, n, written), () -> "write: " + JavaLastError.get());
            assertEquals(n, written.getValue());
            sent += n;
        }
        assertFalse(w.InternetWriteFile(request, chunk, 1, written), "more than declared is refused");
        assertTrue(w.HttpEndRequestW(request, null, 0, null), () -> "end: " + JavaLastError.get());
        assertEquals("stored", new String(raw.readAll(request), StandardCharsets.UTF_8));

        RecordedRequest recorded = server.takeRequest();
        assertEquals(total, recorded.getBodySize());
        assertEquals(Integer.toString(total), recorded.getHeader("Content-Length"));
        byte[] first = recorded.getBody().readByteArray(300);
        for (int i = 0; i < first.length; i++) {
            assertEquals((byte) i, first[i]);
        }
    }

    @Test
    void redirectsAreFollowedUnlessDisabled() throws InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location", "/second"));
        server.enqueue(new MockResponse().setBody("arrived"));
        HINTERNET request = raw.request(connection, "GET", "/first", 0);
        raw.send(request);
        assertEquals("200", raw.query(request, WinInet.HTTP_QUERY_STATUS_CODE));
        assertEquals("arrived", new String(raw.readAll(request), StandardCharsets.UTF_8));
        assertEquals("/first", server.takeRequest().getPath());
        assertEquals("/second", server.takeRequest().getPath());
        IntByReference length = new IntByReference(0);
        assertFalse(w.InternetQueryOptionW(request, WinInet.INTERNET_OPTION_URL, null, length));
        Memory url = new Memory(length.getValue());
        assertTrue(w.InternetQueryOptionW(request, WinInet.INTERNET_OPTION_URL, url, length));
        assertEquals("http://127.0.0.1:" + server.getPort() + "/second", io.github.winnet4j.marshal.Utf16.decode(url));

        server.enqueue(new MockResponse().setResponseCode(301).addHeader("Location", "/elsewhere"));
        HINTERNET manual = raw.request(connection, "GET", "/first", WinInet.INTERNET_FLAG_NO_AUTO_REDIRECT);
        raw.send(manual);
        assertEquals("301", raw.query(manual, WinInet.HTTP_QUERY_STATUS_CODE));
        assertEquals("/elsewhere", raw.query(manual, WinInet.HTTP_QUERY_LOCATION));
    }

    @Test
    void endlessRedirectsFailWithRedirectFailed() {
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setResponseCode(302).addHeader("Location", "/loop");
            }
        });
        HINTERNET request = raw.request(connection, "GET", "/loop", 0);
        assertEquals(WinInet.ERROR_HTTP_REDIRECT_FAILED, raw.sendFails(request));
        assertEquals(HttpEngine.MAX_REDIRECTS + 1, server.getRequestCount());
    }

    @Test
    void cookiesRoundTripThroughResponsesAndTheCookieCalls() throws InterruptedException {
        server.enqueue(new MockResponse().addHeader("Set-Cookie", "session=abc; Path=/"));
        server.enqueue(new MockResponse());
        server.enqueue(new MockResponse());
        raw.send(raw.request(connection, "GET", "/login", 0));
        raw.send(raw.request(connection, "GET", "/next", 0));
        server.takeRequest();
        assertEquals("session=abc", server.takeRequest().getHeader("Cookie"));

        Memory url = wide("http://127.0.0.1:" + server.getPort() + "/any");
        assertTrue(w.InternetSetCookieW(url, wide("extra"), wide("1; path=/")));
        IntByReference size = new IntByReference(0);
        assertTrue(w.InternetGetCookieW(url, null, null, size), "NULL buffer reports the size");
        String expected = "session=abc; extra=1";
        assertEquals((expected.length() + 1) * 2, size.getValue(), "bytes with no buffer");
        IntByReference shortSize = new IntByReference(3);
        assertFalse(w.InternetGetCookieW(url, null, new Memory(6), shortSize));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        Memory data = new Memory(size.getValue());
        IntByReference chars = new IntByReference(size.getValue() / 2);
        assertTrue(w.InternetGetCookieW(url, null, data, chars));
        String cookies = io.github.winnet4j.marshal.Utf16.decode(data);
        assertTrue(cookies.contains("session=abc") && cookies.contains("extra=1"), cookies);
        assertEquals(expected.length() + 1, chars.getValue(), "characters including the terminator");

        raw.send(raw.request(connection, "GET", "/private", WinInet.INTERNET_FLAG_NO_COOKIES));
        assertNull(server.takeRequest().getHeader("Cookie"));
        assertFalse(w.InternetGetCookieW(wide("http://nothing.invalid/"), null, null, size));
        assertEquals(WinError.ERROR_NO_MORE_ITEMS, JavaLastError.get());
    }

    @Test
    void openUrlSendsAGetAndClosingItReleasesItsConnection() throws InterruptedException {
        server.enqueue(new MockResponse().setBody("by url"));
        HINTERNET request = w.InternetOpenUrlW(session, wide("http://127.0.0.1:" + server.getPort() + "/u?x=y"),
                wide("X-From: openurl"), -1, 0, null);
        assertEquals("by url", new String(raw.readAll(request), StandardCharsets.UTF_8));
        RecordedRequest recorded = server.takeRequest();
        assertEquals("/u?x=y", recorded.getPath());
        assertEquals("openurl", recorded.getHeader("X-From"));
        int before = raw.w.openHandleCount();
        raw.close(request);
        assertEquals(before - 1, raw.w.openHandleCount());

        assertNull(w.InternetOpenUrlW(session, wide("gopher://127.0.0.1/"), null, 0, 0, null));
        assertEquals(WinInet.ERROR_INTERNET_UNRECOGNIZED_SCHEME, JavaLastError.get());
    }

    @Test
    void errorStatusesAreDataWithTheirBody() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("not here"));
        HINTERNET request = raw.request(connection, "GET", "/missing", 0);
        raw.send(request);
        assertEquals("404", raw.query(request, WinInet.HTTP_QUERY_STATUS_CODE));
        assertEquals("not here", new String(raw.readAll(request), StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsAnswerA401() throws InterruptedException {
        raw.close(connection);
        connection = w.InternetConnectW(session, wide("127.0.0.1"), (short) server.getPort(), wide("user"),
                wide("secret"), WinInet.INTERNET_SERVICE_HTTP, 0, null);
        server.enqueue(new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "Basic realm=\"r\""));
        server.enqueue(new MockResponse().setBody("welcome"));
        HINTERNET request = raw.request(connection, "GET", "/secure", 0);
        raw.send(request);
        assertEquals("200", raw.query(request, WinInet.HTTP_QUERY_STATUS_CODE));
        assertNull(server.takeRequest().getHeader("Authorization"));
        assertEquals("Basic dXNlcjpzZWNyZXQ=", server.takeRequest().getHeader("Authorization"));
    }
}
