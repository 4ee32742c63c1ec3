package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WinHTTP request/response semantics of the java backend against MockWebServer. */
class JavaWinHttpExchangeTest {
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
    }

    @Test
    void getReportsStatusHeadersAndBody() throws Exception {
        server.enqueue(new MockResponse().setStatus("HTTP/1.1 200 Fine Thanks").addHeader("X-Multi", "one")
                .addHeader("X-Multi", "two").setBody("hello winhttp"));
        HINTERNET[] h = raw.get("/path?q=1", server.getPort(), 0);
        assertEquals(200, raw.exchange(h[2]));
        assertEquals("Fine Thanks", raw.header(h[2], WinHttp.WINHTTP_QUERY_STATUS_TEXT, null, null));
        assertEquals("HTTP/1.1", raw.header(h[2], WinHttp.WINHTTP_QUERY_VERSION, null, null));
        assertEquals("13", raw.header(h[2], WinHttp.WINHTTP_QUERY_CONTENT_LENGTH, null, null));
        IntByReference index = new IntByReference(0);
        assertEquals("one", raw.header(h[2], WinHttp.WINHTTP_QUERY_CUSTOM, "x-multi", index));
        assertEquals(1, index.getValue());
        assertEquals("two", raw.header(h[2], WinHttp.WINHTTP_QUERY_CUSTOM, "x-multi", index));
        assertEquals(2, index.getValue());
        assertNull(raw.header(h[2], WinHttp.WINHTTP_QUERY_CUSTOM, "x-multi", index));
        assertNull(raw.header(h[2], "X-Absent"));
        String crlf = raw.header(h[2], WinHttp.WINHTTP_QUERY_RAW_HEADERS_CRLF, null, null);
        assertTrue(crlf.startsWith("HTTP/1.1 200 Fine Thanks\r\n"), crlf);
        assertTrue(crlf.endsWith("\r\n\r\n"), crlf);
        String rawHeaders = raw.header(h[2], WinHttp.WINHTTP_QUERY_RAW_HEADERS, null, null);
        assertTrue(rawHeaders.contains("X-Multi: one\0X-Multi: two\0"), rawHeaders);
        IntByReference available = new IntByReference();
        assertTrue(raw.w.WinHttpQueryDataAvailable(h[2], available));
        assertTrue(available.getValue() > 0);
        assertEquals("hello winhttp", raw.readText(h[2]));
        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("GET /path?q=1 HTTP/1.1", recorded.getRequestLine());
        assertEquals("winnet4j-test", recorded.getHeader("User-Agent"));
        raw.close(h[2], h[1], h[0]);
    }

    @Test
    void queryHeadersReportsByteLengths() {
        server.enqueue(new MockResponse().addHeader("X-Name", "abc"));
        HINTERNET[] h = raw.get("/", server.getPort(), 0);
        raw.exchange(h[2]);
        Memory name = RawWinHttp.wide("X-Name");
        IntByReference length = new IntByReference(4);
        Memory small = new Memory(4);
        assertFalse(raw.w.WinHttpQueryHeaders(h[2], WinHttp.WINHTTP_QUERY_CUSTOM, name, small, length, null));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        assertEquals(8, length.getValue(), "bytes including the terminator");
        Memory room = new Memory(8);
        assertTrue(raw.w.WinHttpQueryHeaders(h[2], WinHttp.WINHTTP_QUERY_CUSTOM, name, room, length, null));
        assertEquals(6, length.getValue(), "bytes written without the terminator");
        assertEquals("abc", Utf16.decode(room));
        raw.readAll(h[2]);
        raw.close(h[2], h[1], h[0]);
    }

    @Test
    void headersBeforeReceiveAreInTheWrongState() {
        HINTERNET[] h = raw.get("/", server.getPort(), 0);
        IntByReference length = new IntByReference(0);
        assertFalse(raw.w.WinHttpQueryHeaders(h[2], WinHttp.WINHTTP_QUERY_STATUS_CODE, null, null, length, null));
        assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_STATE, JavaLastError.get());
        assertFalse(raw.w.WinHttpReadData(h[2], new Memory(4), 4, new IntByReference()));
        assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_STATE, JavaLastError.get());
        raw.close(h[2], h[1], h[0]);
    }

    @Test
    void postWithOptionalBodyAndAddedHeaders() throws Exception {
        server.enqueue(new MockResponse().setBody("ok"));
        HINTERNET[] h = raw.get("/upload", server.getPort(), 0);
        HINTERNET r = raw.w.WinHttpOpenRequest(h[1], RawWinHttp.wide("POST"), RawWinHttp.wide("/upload"), null, null,
                null, 0);
        raw.close(h[2]);
        assertTrue(raw.w.WinHttpAddRequestHeaders(r, RawWinHttp.wide("X-One: 1\r\nX-Two: 2"), -1,
                WinHttp.WINHTTP_ADDREQ_FLAG_ADD));
        assertFalse(raw.w.WinHttpAddRequestHeaders(r, RawWinHttp.wide("X-One: again"), -1,
                WinHttp.WINHTTP_ADDREQ_FLAG_ADD_IF_NEW));
        assertEquals(WinHttp.ERROR_WINHTTP_HEADER_ALREADY_EXISTS, JavaLastError.get());
        assertTrue(raw.w.WinHttpAddRequestHeaders(r, RawWinHttp.wide("X-One: more"), -1,
                WinHttp.WINHTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA));
        assertTrue(raw.w.WinHttpAddRequestHeaders(r, RawWinHttp.wide("X-Two: replaced and cut"), 15,
                WinHttp.WINHTTP_ADDREQ_FLAG_REPLACE));
        Memory body = RawWinHttp.bytes("name=value");
        String type = "Content-Type: application/x-www-form-urlencoded";
        assertTrue(raw.w.WinHttpSendRequest(r, RawWinHttp.wide(type), -1, body, 10, 10, new DWORD_PTR(0)));
        raw.receive(r);
        assertEquals(200, raw.status(r));
        assertEquals("1, more", raw.header(r, WinHttp.WINHTTP_QUERY_CUSTOM | WinHttp.WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                "X-One", null));
        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("name=value", recorded.getBody().readUtf8());
        assertEquals("1, more", recorded.getHeader("X-One"));
        assertEquals("replaced", recorded.getHeader("X-Two"));
        assertEquals("application/x-www-form-urlencoded", recorded.getHeader("Content-Type"));
        raw.readAll(r);
        raw.close(r, h[1], h[0]);
    }

    @Test
    void declaredBodyStreamsThroughWriteData() throws Exception {
        server.enqueue(new MockResponse().setBody("stored"));
        HINTERNET s = raw.session();
        HINTERNET c = raw.connect(s, "127.0.0.1", server.getPort());
        HINTERNET r = raw.request(c, "PUT", "/big", 0);
        int total = 300_000;
        Memory first = RawWinHttp.bytes("abc");
        assertTrue(raw.w.WinHttpSendRequest(r, null, 0, first, 3, total, new DWORD_PTR(0)));
        byte[] chunk = new byte[1000];
        java.util.Arrays.fill(chunk, (byte) 'x');
        Memory m = new Memory(chunk.length);
        m.write(0, chunk, 0, chunk.length);
        IntByReference written = new IntByReference();
        int sent = 3;
        while (sent + chunk.length <= total) {
            assertTrue(raw.w.WinHttpWriteData(r, m, chunk.length, written));
            assertEquals(chunk.length, written.getValue());
            sent += chunk.length;
        }
        assertFalse(raw.w.WinHttpReceiveResponse(r, null), "body still incomplete");
        assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_STATE, JavaLastError.get());
        assertTrue(raw.w.WinHttpWriteData(r, m, total - sent, written));
        assertFalse(raw.w.WinHttpWriteData(r, m, 1, written), "more than declared");
        raw.receive(r);
        assertEquals(200, raw.status(r));
        assertEquals("stored", raw.readText(r));
        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals(total, recorded.getBodySize());
        assertEquals(String.valueOf(total), recorded.getHeader("Content-Length"));
        raw.close(r, c, s);
    }

    @Test
    void redirectsFollowPolicyAndFeature() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location", "/final"));
        server.enqueue(new MockResponse().setBody("landed"));
        HINTERNET[] h = raw.get("/start", server.getPort(), 0);
        assertEquals(200, raw.exchange(h[2]));
        assertEquals("landed", raw.readText(h[2]));
        IntByReference length = new IntByReference(0);
        assertFalse(raw.w.WinHttpQueryOption(h[2], WinHttp.WINHTTP_OPTION_URL, null, length));
        Memory url = new Memory(length.getValue());
        assertTrue(raw.w.WinHttpQueryOption(h[2], WinHttp.WINHTTP_OPTION_URL, url, length));
        assertEquals("http://127.0.0.1:" + server.getPort() + "/final", Utf16.decode(url));
        raw.close(h[2]);

        server.enqueue(new MockResponse().setResponseCode(301).addHeader("Location", "/elsewhere"));
        HINTERNET r = raw.request(h[1], "GET", "/moved", 0);
        assertTrue(raw.w.WinHttpSetOption(r, WinHttp.WINHTTP_OPTION_DISABLE_FEATURE,
                RawWinHttp.dword(WinHttp.WINHTTP_DISABLE_REDIRECTS), 4));
        assertEquals(301, raw.exchange(r));
        assertEquals("/elsewhere", raw.header(r, WinHttp.WINHTTP_QUERY_LOCATION, null, null));
        raw.readAll(r);
        raw.close(r);

        server.enqueue(new MockResponse().setResponseCode(307).addHeader("Location", "/never"));
        r = raw.request(h[1], "GET", "/policy", 0);
        assertTrue(raw.w.WinHttpSetOption(r, WinHttp.WINHTTP_OPTION_REDIRECT_POLICY,
                RawWinHttp.dword(WinHttp.WINHTTP_OPTION_REDIRECT_POLICY_NEVER), 4));
        assertEquals(307, raw.exchange(r));
        raw.readAll(r);
        raw.close(r, h[1], h[0]);
    }

    @Test
    void tooManyRedirectsFail() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location", "/loop"));
        }
        HINTERNET[] h = raw.get("/loop", server.getPort(), 0);
        assertTrue(raw.w.WinHttpSetOption(h[2], WinHttp.WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS,
                RawWinHttp.dword(2), 4));
        raw.send(h[2]);
        assertFalse(raw.w.WinHttpReceiveResponse(h[2], null));
        assertEquals(WinHttp.ERROR_WINHTTP_REDIRECT_FAILED, JavaLastError.get());
        raw.close(h[2], h[1], h[0]);
    }

    @Test
    void cookiesStayInTheirSessionUnlessDisabled() throws Exception {
        server.enqueue(new MockResponse().addHeader("Set-Cookie", "id=42; Path=/"));
        server.enqueue(new MockResponse());
        server.enqueue(new MockResponse());
        server.enqueue(new MockResponse());
        HINTERNET[] h = raw.get("/set", server.getPort(), 0);
        raw.exchange(h[2]);
        raw.readAll(h[2]);
        raw.close(h[2]);
        HINTERNET again = raw.request(h[1], "GET", "/again", 0);
        raw.exchange(again);
        raw.readAll(again);
        raw.close(again);
        HINTERNET disabled = raw.request(h[1], "GET", "/disabled", 0);
        assertTrue(raw.w.WinHttpSetOption(disabled, WinHttp.WINHTTP_OPTION_DISABLE_FEATURE,
                RawWinHttp.dword(WinHttp.WINHTTP_DISABLE_COOKIES), 4));
        raw.exchange(disabled);
        raw.readAll(disabled);
        raw.close(disabled);
        HINTERNET[] other = raw.get("/other-session", server.getPort(), 0);
        raw.exchange(other[2]);
        raw.readAll(other[2]);
        raw.close(other[2], other[1], other[0], h[1], h[0]);
        server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("id=42", server.takeRequest(5, TimeUnit.SECONDS).getHeader("Cookie"));
        assertNull(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Cookie"));
        assertNull(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Cookie"));
    }

    @Test
    void closingTheSessionLeavesTheRequestWorking() {
        server.enqueue(new MockResponse().setBody("still here"));
        HINTERNET[] h = raw.get("/", server.getPort(), 0);
        raw.close(h[0], h[1]);
        assertEquals(200, raw.exchange(h[2]));
        assertEquals("still here", raw.readText(h[2]));
        raw.close(h[2]);
        assertFalse(raw.w.WinHttpCloseHandle(h[2]));
        assertEquals(WinError.ERROR_INVALID_HANDLE, JavaLastError.get());
    }

    @Test
    void wrongHandleKindsAndUnknownHandles() {
        HINTERNET s = raw.session();
        assertFalse(raw.w.WinHttpSendRequest(s, null, 0, null, 0, 0, new DWORD_PTR(0)));
        assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, JavaLastError.get());
        assertNull(raw.w.WinHttpOpenRequest(s, null, null, null, null, null, 0));
        assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, JavaLastError.get());
        assertFalse(raw.w.WinHttpReceiveResponse(HINTERNET.of(0x1234), null));
        assertEquals(WinError.ERROR_INVALID_HANDLE, JavaLastError.get());
        Memory type = new Memory(4);
        IntByReference length = new IntByReference(4);
        assertTrue(raw.w.WinHttpQueryOption(s, WinHttp.WINHTTP_OPTION_HANDLE_TYPE, type, length));
        assertEquals(WinHttp.WINHTTP_HANDLE_TYPE_SESSION, type.getInt(0));
        assertFalse(raw.w.WinHttpSetOption(s, WinHttp.WINHTTP_OPTION_HANDLE_TYPE, type, 4));
        assertEquals(WinHttp.ERROR_WINHTTP_OPTION_NOT_SETTABLE, JavaLastError.get());
        assertFalse(raw.w.WinHttpQueryOption(s, 9999, type, length));
        assertEquals(WinHttp.ERROR_WINHTTP_INVALID_OPTION, JavaLastError.get());
        assertNull(raw.w.WinHttpOpen(null, WinHttp.WINHTTP_ACCESS_TYPE_NO_PROXY, null, null, WinHttp.WINHTTP_FLAG_ASYNC));
        assertEquals(JavaWinHttp.ERROR_NOT_SUPPORTED, JavaLastError.get());
        raw.close(s);
    }

    @Test
    void timeoutsAreKeptAndApplied() {
        server.enqueue(new MockResponse().setHeadersDelay(3, TimeUnit.SECONDS));
        HINTERNET[] h = raw.get("/slow", server.getPort(), 0);
        Memory value = new Memory(4);
        IntByReference length = new IntByReference(4);
        assertTrue(raw.w.WinHttpQueryOption(h[0], WinHttp.WINHTTP_OPTION_CONNECT_TIMEOUT, value, length));
        assertEquals(60_000, value.getInt(0));
        assertFalse(raw.w.WinHttpSetTimeouts(h[1], 0, 0, 0, 0));
        assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, JavaLastError.get());
        assertTrue(raw.w.WinHttpSetTimeouts(h[2], 0, 1000, 1000, 300));
        raw.send(h[2]);
        long start = System.nanoTime();
        assertFalse(raw.w.WinHttpReceiveResponse(h[2], null));
        assertEquals(WinHttp.ERROR_WINHTTP_TIMEOUT, JavaLastError.get());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
        raw.close(h[2], h[1], h[0]);
    }

    @Test
    void refusedConnectionAndUnresolvableName() throws Exception {
        HINTERNET[] h = raw.get("/", Loopback.refusedPort(), 0);
        assertFalse(raw.w.WinHttpSendRequest(h[2], null, 0, null, 0, 0, new DWORD_PTR(0)));
        assertEquals(WinHttp.ERROR_WINHTTP_CANNOT_CONNECT, JavaLastError.get());
        raw.close(h[2], h[1]);
        HINTERNET c = raw.connect(h[0], "no-such-host.invalid", 80);
        HINTERNET r = raw.request(c, "GET", "/", 0);
        assertFalse(raw.w.WinHttpSendRequest(r, null, 0, null, 0, 0, new DWORD_PTR(0)));
        assertEquals(WinHttp.ERROR_WINHTTP_NAME_NOT_RESOLVED, JavaLastError.get());
        raw.close(r, c, h[0]);
    }

    @Test
    void garbageIsAnInvalidServerResponse() throws Exception {
        try (java.net.ServerSocket garbage = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(Loopback.HOST))) {
            Thread t = new Thread(() -> {
                try (java.net.Socket s = garbage.accept()) {
                    s.getInputStream().read(new byte[1024]);
                    s.getOutputStream().write("NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (java.io.IOException e) {
                    // the test sees the result
                }
            });
            t.setDaemon(true);
            t.start();
            HINTERNET[] h = raw.get("/", garbage.getLocalPort(), 0);
            raw.send(h[2]);
            assertFalse(raw.w.WinHttpReceiveResponse(h[2], null));
            int code = JavaLastError.get();
            assertTrue(code == WinHttp.ERROR_WINHTTP_INVALID_SERVER_RESPONSE, "got " + code);
            raw.close(h[2], h[1], h[0]);
        }
    }

    @Test
    void bodyCutShortIsAConnectionError() {
        server.enqueue(new MockResponse().setBody("x".repeat(50_000))
                .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        HINTERNET[] h = raw.get("/cut", server.getPort(), 0);
        raw.exchange(h[2]);
        Memory buffer = new Memory(100_000);
        IntByReference read = new IntByReference();
        int code = 0;
        for (int i = 0; i < 100 && code == 0; i++) {
            if (!raw.w.WinHttpReadData(h[2], buffer, (int) buffer.size(), read)) {
                code = JavaLastError.get();
            } else if (read.getValue() == 0) {
                break;
            }
        }
        assertEquals(WinHttp.ERROR_WINHTTP_CONNECTION_ERROR, code);
        raw.close(h[2], h[1], h[0]);
    }

    @Test
    void closingCancelsABlockedRead() throws Exception {
        server.enqueue(new MockResponse().setBody(new Buffer().writeUtf8("start"))
                .setHeader("Content-Length", "100000").throttleBody(5, 10, TimeUnit.SECONDS));
        HINTERNET[] h = raw.get("/stall", server.getPort(), 0);
        raw.exchange(h[2]);
        int[] result = new int[1];
        Thread reader = new Thread(() -> {
            Memory buffer = new Memory(100_000);
            boolean ok = raw.w.WinHttpReadData(h[2], buffer, 100_000, new IntByReference());
            result[0] = ok ? 0 : JavaLastError.get();
        });
        reader.start();
        Thread.sleep(300);
        raw.close(h[2]);
        reader.join(5000);
        assertFalse(reader.isAlive());
        assertEquals(WinHttp.ERROR_WINHTTP_OPERATION_CANCELLED, result[0]);
        raw.close(h[1], h[0]);
    }

    @Test
    void closingCancelsABlockedReceive() throws Exception {
        server.enqueue(new MockResponse().setHeadersDelay(2, TimeUnit.SECONDS));
        HINTERNET[] h = raw.get("/late", server.getPort(), 0);
        raw.send(h[2]);
        int[] result = new int[1];
        Thread receiver = new Thread(() -> {
            boolean ok = raw.w.WinHttpReceiveResponse(h[2], null);
            result[0] = ok ? 0 : JavaLastError.get();
        });
        receiver.start();
        Thread.sleep(300);
        raw.close(h[2]);
        receiver.join(5000);
        assertFalse(receiver.isAlive());
        assertEquals(WinHttp.ERROR_WINHTTP_OPERATION_CANCELLED, result[0]);
        raw.close(h[1], h[0]);
    }

    @Test
    void httpsToHttpRedirectIsReturnedUnderTheDefaultPolicy() throws Exception {
        MockWebServer secure = Loopback.https();
        try {
            secure.enqueue(new MockResponse().setResponseCode(302)
                    .addHeader("Location", "http://127.0.0.1:" + server.getPort() + "/plain"));
            HINTERNET s = raw.session();
            HINTERNET c = raw.connect(s, "127.0.0.1", secure.getPort());
            HINTERNET r = raw.request(c, "GET", "/", WinHttp.WINHTTP_FLAG_SECURE);
            assertTrue(raw.w.WinHttpSetOption(r, WinHttp.WINHTTP_OPTION_SECURITY_FLAGS,
                    RawWinHttp.dword(WinHttp.SECURITY_FLAG_IGNORE_UNKNOWN_CA), 4));
            assertEquals(302, raw.exchange(r));
            raw.readAll(r);
            raw.close(r, c, s);
            assertEquals(0, server.getRequestCount());
        } finally {
            secure.shutdown();
        }
    }

    @Test
    void statusCallbackSeesTheStepsWithTheRequestContext() {
        server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location", "/next"));
        server.enqueue(new MockResponse().setBody("x"));
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.github.winnet4j.raw.WINHTTP_STATUS_CALLBACK callback = (handle, context, status, info, length) ->
                seen.add(Integer.toHexString(status) + "@" + context.longValue()
                        + (status == WinHttp.WINHTTP_CALLBACK_STATUS_REDIRECT ? ":" + Utf16.decode(info) : ""));
        HINTERNET s = raw.session();
        assertNull(raw.w.WinHttpSetStatusCallback(s, callback, WinHttp.WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS,
                new DWORD_PTR(0)));
        HINTERNET c = raw.connect(s, "127.0.0.1", server.getPort());
        HINTERNET r = raw.request(c, "GET", "/first", 0);
        assertTrue(raw.w.WinHttpSendRequest(r, null, 0, null, 0, 0, new DWORD_PTR(77)));
        raw.receive(r);
        raw.readAll(r);
        assertTrue(raw.w.WinHttpSetStatusCallback(s, null, 0, new DWORD_PTR(0)) != null, "the previous callback");
        assertEquals(WinHttp.WINHTTP_INVALID_STATUS_CALLBACK, com.sun.jna.Pointer.nativeValue(
                raw.w.WinHttpSetStatusCallback(HINTERNET.of(0x99), null, 0, new DWORD_PTR(0))));
        assertEquals(WinError.ERROR_INVALID_HANDLE, JavaLastError.get());
        raw.close(r, c, s);
        assertTrue(seen.contains("4@77"), seen.toString()); // CONNECTING_TO_SERVER
        assertTrue(seen.contains("10@77"), seen.toString()); // SENDING_REQUEST
        assertTrue(seen.contains("80@77"), seen.toString()); // RESPONSE_RECEIVED
        assertTrue(seen.contains("4000@77:http://127.0.0.1:" + server.getPort() + "/next"), seen.toString());
        assertTrue(seen.contains("800@77"), seen.toString()); // HANDLE_CLOSING of the request
        assertTrue(seen.indexOf("4@77") < seen.indexOf("80@77"));
        assertTrue(raw.w.WinHttpCheckPlatform());
    }

    @Test
    void objectNamesAreEscaped() throws Exception {
        server.enqueue(new MockResponse());
        HINTERNET[] h = raw.get("/a b/ü?x=1 2", server.getPort(), 0);
        raw.exchange(h[2]);
        raw.readAll(h[2]);
        raw.close(h[2], h[1], h[0]);
        assertEquals("/a%20b/%C3%BC?x=1%202", server.takeRequest(5, TimeUnit.SECONDS).getPath());
    }

    @Test
    void dwordHeaderQueriesAndSystemTime() {
        server.enqueue(new MockResponse().addHeader("Date", "Sun, 06 Nov 1994 08:49:37 GMT").setBody("12345"));
        HINTERNET[] h = raw.get("/", server.getPort(), 0);
        raw.exchange(h[2]);
        Memory number = new Memory(8);
        IntByReference length = new IntByReference(8);
        assertTrue(raw.w.WinHttpQueryHeaders(h[2], WinHttp.WINHTTP_QUERY_CONTENT_LENGTH
                | WinHttp.WINHTTP_QUERY_FLAG_NUMBER64, null, number, length, null));
        assertEquals(5L, number.getLong(0));
        Memory time = new Memory(16);
        length.setValue(16);
        assertTrue(raw.w.WinHttpQueryHeaders(h[2], WinHttp.WINHTTP_QUERY_DATE | WinHttp.WINHTTP_QUERY_FLAG_SYSTEMTIME,
                null, time, length, null));
        assertEquals(1994, time.getShort(0));
        assertEquals(11, time.getShort(2));
        assertArrayEquals("12345".getBytes(StandardCharsets.US_ASCII), raw.readAll(h[2]));
        raw.close(h[2], h[1], h[0]);
    }
}
