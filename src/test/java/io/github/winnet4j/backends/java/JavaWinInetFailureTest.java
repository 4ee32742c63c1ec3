package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInet;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.github.winnet4j.backends.java.RawCalls.dword;
import static io.github.winnet4j.backends.java.RawCalls.wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Transport failures, handle misuse and cancellation, with the codes wininet.dll gives. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JavaWinInetFailureTest {
    private final RawCalls raw = new RawCalls();
    private final WinInet w = raw.w;
    private MockWebServer server;
    private HINTERNET session;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        session = raw.session();
    }

    @AfterEach
    void stop() throws IOException {
        w.InternetCloseHandle(session);
        server.shutdown();
    }

    @Test
    void unknownHostIsNameNotResolved() {
        HINTERNET request = raw.request(raw.connect(session, "nothing.invalid", 80), "GET", "/", 0);
        assertEquals(WinInet.ERROR_INTERNET_NAME_NOT_RESOLVED, raw.sendFails(request));
    }

    @Test
    void refusedPortIsCannotConnect() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        HINTERNET request = raw.request(raw.connect(session, "127.0.0.1", port), "GET", "/", 0);
        assertEquals(WinInet.ERROR_INTERNET_CANNOT_CONNECT, raw.sendFails(request));
        assertFalse(w.InternetCheckConnectionW(wide("http://127.0.0.1:" + port + "/"), WinInet.FLAG_ICC_FORCE_CONNECTION, 0));
        assertEquals(WinInet.ERROR_INTERNET_CANNOT_CONNECT, JavaLastError.get());
        assertTrue(w.InternetCheckConnectionW(wide("http://127.0.0.1:" + server.getPort() + "/"),
                WinInet.FLAG_ICC_FORCE_CONNECTION, 0));
    }

    @Test
    void slowHeadersTimeOutWithTheReceiveTimeout() {
        server.enqueue(new MockResponse().setHeadersDelay(3, TimeUnit.SECONDS));
        HINTERNET connection = raw.connect(session, "127.0.0.1", server.getPort());
        assertTrue(w.InternetSetOptionW(connection, WinInet.INTERNET_OPTION_RECEIVE_TIMEOUT, dword(300), 4));
        HINTERNET request = raw.request(connection, "GET", "/", 0);
        IntByReference length = new IntByReference(4);
        Memory value = new Memory(4);
        assertTrue(w.InternetQueryOptionW(request, WinInet.INTERNET_OPTION_RECEIVE_TIMEOUT, value, length));
        assertEquals(300, value.getInt(0), "the request inherits the connection's timeout");
        long start = System.nanoTime();
        assertEquals(WinInet.ERROR_INTERNET_TIMEOUT, raw.sendFails(request));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void truncatedBodyFailsWithConnectionReset() {
        server.enqueue(new MockResponse().setBody(new okio.Buffer().write(new byte[100_000]))
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        HINTERNET request = raw.request(raw.connect(session, "127.0.0.1", server.getPort()), "GET", "/", 0);
        raw.send(request);
        Memory buffer = new Memory(8192);
        IntByReference read = new IntByReference();
        int total = 0;
        boolean failed = false;
        for (int i = 0; i < 1000; i++) {
            if (!w.InternetReadFile(request, buffer, (int) buffer.size(), read)) {
                failed = true;
                break;
            }
            if (read.getValue() == 0) {
                break;
            }
            total += read.getValue();
        }
        assertTrue(failed, "a body shorter than its Content-Length must not end quietly (read " + total + ")");
        assertEquals(WinInet.ERROR_INTERNET_CONNECTION_RESET, JavaLastError.get());
        assertTrue(total < 100_000);
    }

    @Test
    void noResponseIsInvalidServerResponse() {
        for (int i = 0; i < 3; i++) { // the JDK retries an idempotent request once on a fresh connection
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        }
        HINTERNET request = raw.request(raw.connect(session, "127.0.0.1", server.getPort()), "GET", "/", 0);
        int code = raw.sendFails(request);
        assertTrue(code == WinInet.ERROR_HTTP_INVALID_SERVER_RESPONSE || code == WinInet.ERROR_INTERNET_CONNECTION_RESET,
                "got " + code);
    }

    @Test
    void handleKindsAndStaleHandlesAreRefused() {
        HINTERNET connection = raw.connect(session, "127.0.0.1", server.getPort());
        assertNull(w.HttpOpenRequestW(session, wide("GET"), wide("/"), null, null, null, 0, null));
        assertEquals(WinInet.ERROR_INTERNET_INCORRECT_HANDLE_TYPE, JavaLastError.get());
        assertFalse(w.HttpSendRequestW(connection, null, 0, null, 0));
        assertEquals(WinInet.ERROR_INTERNET_INCORRECT_HANDLE_TYPE, JavaLastError.get());
        assertNull(w.InternetConnectW(connection, wide("x"), (short) 80, null, null, WinInet.INTERNET_SERVICE_HTTP, 0, null));
        assertEquals(WinInet.ERROR_INTERNET_INCORRECT_HANDLE_TYPE, JavaLastError.get());

        HINTERNET request = raw.request(connection, "GET", "/", 0);
        assertEquals(HandleTable.FIRST_HANDLE, session.value(), "the first handle of a fresh backend");
        assertEquals(session.value() + 8, request.value(), "handles step by 4");
        IntByReference read = new IntByReference();
        assertFalse(w.InternetReadFile(request, new Memory(10), 10, read));
        assertEquals(WinInet.ERROR_INTERNET_INCORRECT_HANDLE_STATE, JavaLastError.get());

        raw.close(connection);
        assertFalse(w.HttpSendRequestW(request, null, 0, null, 0), "closing the parent closed the request");
        assertEquals(WinError.ERROR_INVALID_HANDLE, JavaLastError.get());
        assertFalse(w.InternetCloseHandle(request));
        assertEquals(WinError.ERROR_INVALID_HANDLE, JavaLastError.get());
        assertFalse(w.InternetCloseHandle(null));
        assertEquals(WinError.ERROR_INVALID_HANDLE, JavaLastError.get());
        assertNull(w.InternetConnectW(session, wide("nothing.invalid"), (short) 21, null, null, WinInet.INTERNET_SERVICE_FTP, 0, null));
        assertEquals(WinInet.ERROR_INTERNET_NAME_NOT_RESOLVED, JavaLastError.get(), "FTP connects at once");
    }

    @Test
    void closingFromAnotherThreadCancelsABlockedRead() throws Exception {
        server.enqueue(new MockResponse().setBody(new okio.Buffer().write(new byte[50_000]))
                .throttleBody(1024, 1, TimeUnit.SECONDS));
        HINTERNET request = raw.request(raw.connect(session, "127.0.0.1", server.getPort()), "GET", "/", 0);
        raw.send(request);
        CompletableFuture<Void> closer = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            w.InternetCloseHandle(request);
        });
        Memory buffer = new Memory(50_000);
        IntByReference read = new IntByReference();
        long start = System.nanoTime();
        assertFalse(w.InternetReadFile(request, buffer, 50_000, read));
        assertEquals(WinInet.ERROR_INTERNET_OPERATION_CANCELLED, JavaLastError.get());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "cancelled promptly");
        closer.get(5, TimeUnit.SECONDS);
    }

    @Test
    void optionsFollowTheWin32Rules() {
        HINTERNET connection = raw.connect(session, "127.0.0.1", server.getPort());
        HINTERNET request = raw.request(connection, "GET", "/", 0);
        assertFalse(w.InternetSetOptionW(request, WinInet.INTERNET_OPTION_CONNECT_TIMEOUT, dword(5), 2));
        assertEquals(WinInet.ERROR_INTERNET_BAD_OPTION_LENGTH, JavaLastError.get());
        assertFalse(w.InternetSetOptionW(request, 0x7777, dword(5), 4));
        assertEquals(WinInet.ERROR_INTERNET_INVALID_OPTION, JavaLastError.get());
        assertTrue(w.InternetSetOptionW(null, WinInet.INTERNET_OPTION_END_BROWSER_SESSION, null, 0),
                "process-wide flushes are accepted (nothing is cached process-wide here)");
        assertTrue(w.InternetSetOptionW(null, WinInet.INTERNET_OPTION_SETTINGS_CHANGED, null, 0));
        IntByReference length = new IntByReference(2);
        Memory value = new Memory(4);
        assertFalse(w.InternetQueryOptionW(request, WinInet.INTERNET_OPTION_HANDLE_TYPE, value, length));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        assertEquals(4, length.getValue());
        assertTrue(w.InternetQueryOptionW(request, WinInet.INTERNET_OPTION_HANDLE_TYPE, value, length));
        assertEquals(WinInet.INTERNET_HANDLE_TYPE_HTTP_REQUEST, value.getInt(0));
        assertFalse(w.InternetQueryOptionW(connection, WinInet.INTERNET_OPTION_SECURITY_FLAGS, value, length));
        assertEquals(WinInet.ERROR_INTERNET_INCORRECT_HANDLE_TYPE, JavaLastError.get());
        length.setValue(4);
        assertTrue(w.InternetQueryOptionW(null, WinInet.INTERNET_OPTION_CONNECT_TIMEOUT, value, length));
        assertEquals(60_000, value.getInt(0), "WinINet's default connect timeout");

        IntByReference chars = new IntByReference(0);
        assertFalse(w.InternetQueryOptionW(request, WinInet.INTERNET_OPTION_USER_AGENT, null, chars));
        assertEquals(("winnet4j-test".length() + 1) * 2, chars.getValue(), "bytes required");
        Memory agent = new Memory(chars.getValue());
        assertTrue(w.InternetQueryOptionW(request, WinInet.INTERNET_OPTION_USER_AGENT, agent, chars));
        assertEquals("winnet4j-test".length(), chars.getValue(), "characters written");
    }
}
