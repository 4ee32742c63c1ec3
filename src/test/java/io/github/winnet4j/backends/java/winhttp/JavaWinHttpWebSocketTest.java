package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.ShortByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.testing.Loopback;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** WinHTTP WebSockets on the java backend against MockWebServer's WebSocket upgrade (an echo server). */
class JavaWinHttpWebSocketTest {
    /** Echoes every message and answers a close with the same code and reason. */
    private static final class Echo extends WebSocketListener {
        @Override
        public void onMessage(WebSocket webSocket, String text) {
            webSocket.send(text);
        }

        @Override
        public void onMessage(WebSocket webSocket, ByteString bytes) {
            webSocket.send(bytes);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(code, reason);
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
        }
    }

    private final RawWinHttp raw = new RawWinHttp();
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = Loopback.http();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
        assertEquals(0, raw.w.openHandles());
    }

    private HINTERNET upgrade(HINTERNET[] h) {
        assertEquals(true, raw.w.WinHttpSetOption(h[2], WinHttp.WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, null, 0));
        assertEquals(101, raw.exchange(h[2]));
        HINTERNET ws = raw.w.WinHttpWebSocketCompleteUpgrade(h[2], new DWORD_PTR(0));
        assertNotNull(ws, () -> "WinHttpWebSocketCompleteUpgrade failed: " + JavaLastError.get());
        raw.close(h[2]); // the WebSocket outlives its request handle
        return ws;
    }

    private static Memory utf8(String s) {
        return RawWinHttp.bytes(s);
    }

    @Test
    void echoesMessagesAndFragmentsThenCloses() {
        server.enqueue(new MockResponse().withWebSocketUpgrade(new Echo()));
        HINTERNET[] h = raw.get("/ws", server.getPort(), 0);
        HINTERNET ws = upgrade(h);

        assertEquals(0, raw.w.WinHttpWebSocketSend(ws, WinHttp.WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE,
                utf8("héllo"), "héllo".getBytes(StandardCharsets.UTF_8).length));
        Memory buffer = new Memory(64);
        IntByReference read = new IntByReference();
        IntByReference type = new IntByReference();
        assertEquals(0, raw.w.WinHttpWebSocketReceive(ws, buffer, 64, read, type));
        assertEquals(WinHttp.WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE, type.getValue());
        assertEquals("héllo", new String(buffer.getByteArray(0, read.getValue()), StandardCharsets.UTF_8));

        assertEquals(0, raw.w.WinHttpWebSocketSend(ws, WinHttp.WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE,
                utf8("ab"), 2));
        assertEquals(0, raw.w.WinHttpWebSocketSend(ws, WinHttp.WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE,
                utf8("cd"), 2));
        assertEquals(0, raw.w.WinHttpWebSocketReceive(ws, buffer, 3, read, type));
        assertEquals(3, read.getValue());
        assertEquals(WinHttp.WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE, type.getValue());
        assertEquals("abc", new String(buffer.getByteArray(0, 3), StandardCharsets.US_ASCII));
        assertEquals(0, raw.w.WinHttpWebSocketReceive(ws, buffer, 3, read, type));
        assertEquals(1, read.getValue());
        assertEquals(WinHttp.WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, type.getValue());

        ShortByReference status = new ShortByReference();
        IntByReference consumed = new IntByReference();
        assertEquals(WebSocketHandle.ERROR_INVALID_OPERATION,
                raw.w.WinHttpWebSocketQueryCloseStatus(ws, status, buffer, 64, consumed));
        assertEquals(0, raw.w.WinHttpWebSocketClose(ws, (short) WinHttp.WINHTTP_WEB_SOCKET_SUCCESS_CLOSE_STATUS,
                utf8("bye"), 3));
        assertEquals(0, raw.w.WinHttpWebSocketQueryCloseStatus(ws, status, buffer, 64, consumed));
        assertEquals(1000, status.getValue());
        assertEquals(3, consumed.getValue());
        assertEquals("bye", new String(buffer.getByteArray(0, 3), StandardCharsets.US_ASCII));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER,
                raw.w.WinHttpWebSocketQueryCloseStatus(ws, status, buffer, 1, consumed));
        assertEquals(WebSocketHandle.ERROR_INVALID_OPERATION, raw.w.WinHttpWebSocketSend(ws,
                WinHttp.WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE, utf8("late"), 4));
        raw.close(ws, h[1], h[0]);
    }

    @Test
    void closingTheHandleCancelsABlockedReceive() throws Exception {
        server.enqueue(new MockResponse().withWebSocketUpgrade(new Echo()));
        HINTERNET[] h = raw.get("/ws", server.getPort(), 0);
        HINTERNET ws = upgrade(h);
        int[] result = new int[1];
        Thread receiver = new Thread(() -> result[0] = raw.w.WinHttpWebSocketReceive(ws, new Memory(16), 16,
                new IntByReference(), new IntByReference()));
        receiver.start();
        Thread.sleep(300);
        raw.close(ws);
        receiver.join(5000);
        assertEquals(WinHttp.ERROR_WINHTTP_OPERATION_CANCELLED, result[0]);
        raw.close(h[1], h[0]);
    }

    @Test
    void closeGivesUpAfterTheCloseTimeout() {
        server.enqueue(new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                Thread late = new Thread(() -> { // answers too late for the client; lets the server shut down
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    webSocket.close(code, reason);
                });
                late.setDaemon(true);
                late.start();
            }
        }));
        HINTERNET[] h = raw.get("/silent", server.getPort(), 0);
        HINTERNET ws = upgrade(h);
        assertEquals(true, raw.w.WinHttpSetOption(ws, WinHttp.WINHTTP_OPTION_WEB_SOCKET_CLOSE_TIMEOUT,
                RawWinHttp.dword(1), 4));
        long start = System.nanoTime();
        assertEquals(WinHttp.ERROR_WINHTTP_TIMEOUT, raw.w.WinHttpWebSocketClose(ws, (short) 1000, null, 0));
        long elapsed = System.nanoTime() - start;
        assertEquals(true, elapsed > 800_000_000L && elapsed < 5_000_000_000L, "waited " + elapsed / 1_000_000 + " ms");
        raw.close(ws, h[1], h[0]);
    }

    @Test
    void completeUpgradeNeedsAnUpgradedRequest() {
        server.enqueue(new MockResponse().setBody("plain"));
        HINTERNET[] h = raw.get("/", server.getPort(), 0);
        raw.exchange(h[2]);
        assertNull(raw.w.WinHttpWebSocketCompleteUpgrade(h[2], new DWORD_PTR(0)));
        assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_STATE, JavaLastError.get());
        assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, raw.w.WinHttpWebSocketSend(h[2],
                WinHttp.WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE, utf8("x"), 1));
        raw.readAll(h[2]);
        raw.close(h[2], h[1], h[0]);
    }

    @Test
    void shutdownSendsCloseAndTheServerAnswers() {
        server.enqueue(new MockResponse().withWebSocketUpgrade(new Echo()));
        HINTERNET[] h = raw.get("/ws", server.getPort(), 0);
        HINTERNET ws = upgrade(h);
        assertEquals(0, raw.w.WinHttpWebSocketShutdown(ws, (short) 1001, null, 0));
        Memory buffer = new Memory(16);
        IntByReference read = new IntByReference();
        IntByReference type = new IntByReference();
        assertEquals(0, raw.w.WinHttpWebSocketReceive(ws, buffer, 16, read, type));
        assertEquals(WinHttp.WINHTTP_WEB_SOCKET_CLOSE_BUFFER_TYPE, type.getValue());
        ShortByReference status = new ShortByReference();
        IntByReference consumed = new IntByReference();
        assertEquals(0, raw.w.WinHttpWebSocketQueryCloseStatus(ws, status, null, 0, consumed));
        assertEquals(1001, status.getValue());
        raw.close(ws, h[1], h[0]);
    }
}
