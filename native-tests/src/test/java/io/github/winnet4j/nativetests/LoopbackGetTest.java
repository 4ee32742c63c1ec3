package io.github.winnet4j.nativetests;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;
import com.sun.net.httpserver.HttpServer;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.github.winnet4j.nativetests.NativeCalls.BACKEND;
import static io.github.winnet4j.nativetests.NativeCalls.WININET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A GET through InternetOpenW, InternetConnectW, HttpOpenRequestW, HttpSendRequestW,
 * HttpQueryInfoW and InternetReadFile against an HTTP server on 127.0.0.1: proves the
 * signatures, the UTF-16 strings and the in/out lengths against the real DLL.
 */
@Tag("native-only")
@EnabledOnOs(value = OS.WINDOWS, disabledReason = "calls the real wininet.dll")
@Timeout(60)
class LoopbackGetTest {
    private static final byte[] BODY = "hello from 127.0.0.1\n".repeat(200).getBytes(StandardCharsets.US_ASCII);
    private static final int ERROR_INSUFFICIENT_BUFFER = 122;

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private HINTERNET session;
    private HINTERNET connect;
    private HINTERNET request;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hello", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.getResponseHeaders().add("X-Winnet4j", "loopback");
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        NativeCalls.closeQuietly(request);
        NativeCalls.closeQuietly(connect);
        NativeCalls.closeQuietly(session);
        server.stop(0);
    }

    @Test
    void aGetReturnsStatusHeadersAndTheWholeBody() {
        session = NativeCalls.openSession();
        setTimeout(WinInet.INTERNET_OPTION_CONNECT_TIMEOUT, 10_000);
        setTimeout(WinInet.INTERNET_OPTION_RECEIVE_TIMEOUT, 10_000);
        connect = NativeCalls.connectHttp(session, server.getAddress().getPort());
        request = NativeCalls.openRequest(connect, "GET", "/hello?q=1");

        assertTrue(WININET.HttpSendRequestW(request, null, 0, null, 0), () -> "HttpSendRequestW: " + BACKEND.lastError());

        assertEquals(List.of("GET /hello?q=1 winnet4j-native-tests"), seen);
        assertEquals(200, statusCode());
        assertEquals("loopback", customHeader("X-Winnet4j"));
        String raw = rawHeaders();
        assertTrue(raw.startsWith("HTTP/1.1 200"), raw);
        assertTrue(raw.endsWith("\r\n\r\n"), raw);
        assertEquals(new String(BODY, StandardCharsets.US_ASCII), new String(readAll(), StandardCharsets.US_ASCII));
    }

    private void setTimeout(int option, int millis) {
        Memory value = new Memory(4);
        value.setInt(0, millis);
        assertTrue(WININET.InternetSetOptionW(session, option, value, 4), () -> "InternetSetOptionW: " + BACKEND.lastError());
    }

    private int statusCode() {
        Memory number = new Memory(4);
        IntByReference length = new IntByReference(4);
        assertTrue(WININET.HttpQueryInfoW(request, WinInet.HTTP_QUERY_STATUS_CODE | WinInet.HTTP_QUERY_FLAG_NUMBER,
                number, length, null), () -> "HttpQueryInfoW(STATUS_CODE): " + BACKEND.lastError());
        assertEquals(4, length.getValue());
        return number.getInt(0);
    }

    /** HTTP_QUERY_CUSTOM: the buffer holds the header name on input and the value on output. */
    private String customHeader(String name) {
        Memory buffer = Utf16.allocate(256);
        Utf16.write(buffer, name);
        IntByReference length = new IntByReference((int) buffer.size());
        IntByReference index = new IntByReference(0);
        assertTrue(WININET.HttpQueryInfoW(request, WinInet.HTTP_QUERY_CUSTOM, buffer, length, index),
                () -> "HttpQueryInfoW(CUSTOM): " + BACKEND.lastError());
        assertEquals(1, index.getValue(), "the index advances past the header read");
        return Utf16.decodeExact(buffer, length.getValue() / Utf16.CHAR_BYTES);
    }

    /** HTTP_QUERY_RAW_HEADERS_CRLF with the size negotiated: lengths are bytes. */
    private String rawHeaders() {
        IntByReference length = new IntByReference(0);
        assertFalse(WININET.HttpQueryInfoW(request, WinInet.HTTP_QUERY_RAW_HEADERS_CRLF, null, length, null));
        assertEquals(ERROR_INSUFFICIENT_BUFFER, BACKEND.lastError());
        int required = length.getValue();
        assertTrue(required > 0 && required % 2 == 0, "bytes required, including the NUL: " + required);
        Memory buffer = new Memory(required);
        assertTrue(WININET.HttpQueryInfoW(request, WinInet.HTTP_QUERY_RAW_HEADERS_CRLF, buffer, length, null),
                () -> "HttpQueryInfoW(RAW_HEADERS_CRLF): " + BACKEND.lastError());
        assertEquals(required - Utf16.CHAR_BYTES, length.getValue(), "bytes written, without the NUL");
        return Utf16.decodeExact(buffer, length.getValue() / Utf16.CHAR_BYTES);
    }

    private byte[] readAll() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Memory chunk = new Memory(1000);
        IntByReference read = new IntByReference();
        for (int i = 0; i < 1000; i++) {
            assertTrue(WININET.InternetReadFile(request, chunk, (int) chunk.size(), read),
                    () -> "InternetReadFile: " + BACKEND.lastError());
            if (read.getValue() == 0) {
                return body.toByteArray();
            }
            body.write(chunk.getByteArray(0, read.getValue()), 0, read.getValue());
        }
        throw new AssertionError("no end of data after 1000 reads");
    }
}
