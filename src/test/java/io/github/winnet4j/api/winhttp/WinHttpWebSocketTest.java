package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.ByteString;

import java.nio.charset.StandardCharsets;

import static io.github.winnet4j.api.winhttp.WinHttpSupport.direct;
import static org.junit.jupiter.api.Assertions.*;

/** WebSocket upgrade, text and binary echo, and the close handshake against MockWebServer. */
class WinHttpWebSocketTest {

    /** Echoes every message; answers a close frame with 1000 "bye". */
    private static final class Echo extends WebSocketListener {
        @Override
        public void onMessage(WebSocket ws, String text) {
            ws.send("echo:" + text);
        }

        @Override
        public void onMessage(WebSocket ws, ByteString bytes) {
            ws.send(bytes);
        }

        @Override
        public void onClosing(WebSocket ws, int code, String reason) {
            ws.close(1000, "bye");
        }

        @Override
        public void onOpen(WebSocket ws, Response response) {
        }
    }

    @AllBackends
    void echoesTextAndBinaryThenClosesWithStatus(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false)) {
            server.enqueue(new MockResponse().withWebSocketUpgrade(new Echo()));
            try (WinHttpWebSocket socket = c.openWebSocket("/echo")) {
                socket.sendText("héllo");
                WebSocketMessage text = socket.receive();
                assertEquals(WebSocketMessage.Type.TEXT, text.type());
                assertEquals("echo:héllo", text.text());
                byte[] binary = new byte[70_000];
                for (int i = 0; i < binary.length; i++) {
                    binary[i] = (byte) i;
                }
                socket.sendBinary(binary);
                WebSocketMessage back = socket.receive();
                assertEquals(WebSocketMessage.Type.BINARY, back.type());
                assertArrayEquals(binary, back.data());
                assertTrue(socket.closeStatus().isEmpty());
                socket.close(1000, "done");
                assertEquals(new WebSocketCloseStatus(1000, "bye"), socket.closeStatus().orElseThrow());
            }
        }
    }

    @AllBackends
    void plainResponseIsNotAnUpgrade(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false)) {
            server.enqueue(new MockResponse().setResponseCode(200).setBody("no"));
            WinHttpException e = assertThrows(WinHttpException.class, () -> c.openWebSocket("/plain").close());
            assertTrue(e.getMessage().contains("200"), e.getMessage());
        }
    }

    @AllBackends
    void closeReasonIsLimitedTo123Bytes(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false)) {
            server.enqueue(new MockResponse().withWebSocketUpgrade(new Echo()));
            try (WinHttpWebSocket socket = c.openWebSocket("/echo")) {
                String tooLong = "é".repeat(62); // 124 bytes of UTF-8
                assertThrows(IllegalArgumentException.class, () -> socket.close(1000, tooLong));
                assertThrows(IllegalArgumentException.class, () -> socket.close(1005, ""));
                assertTrue(new String(tooLong.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).length() == 62);
            }
        }
    }
}
