package io.github.winnet4j.api.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.ShortByReference;
import io.github.winnet4j.api.HandleUse;
import io.github.winnet4j.api.HandleNode;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinHttp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static io.github.winnet4j.raw.WinHttpConstants.*;
import static io.github.winnet4j.raw.WinHttpErrors.ERROR_WINHTTP_INVALID_SERVER_RESPONSE;

/**
 * A WebSocket over WinHTTP (WinHttpWebSocketCompleteUpgrade, …Send, …Receive, …Close). It lives
 * under its connection, not under the request that was upgraded: the request may be closed at once.
 *
 * <pre>{@code
 * try (WinHttpConnection server = session.connect("127.0.0.1", 8080, false);
 *      WinHttpWebSocket socket = server.openWebSocket("/echo")) {
 *     socket.sendText("hello");
 *     WebSocketMessage reply = socket.receive();
 *     System.out.println(reply.text());
 *     socket.close(WebSocketCloseStatus.NORMAL, "done");
 * }
 * }</pre>
 *
 * <p>{@link #close()} without a prior {@link #close(int, String)} sends a normal close frame
 * without waiting for the answer (WinHttpWebSocketShutdown), then closes the handle. One thread
 * sends and one receives at a time.
 */
public final class WinHttpWebSocket extends WinHttpHandle {
    /** The largest message {@link #receive()} assembles. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;
    /** Fragments of one message at most (empty fragments would otherwise never end it). */
    private static final int MAX_FRAGMENTS = 65_536;

    private volatile boolean closeSent;

    private WinHttpWebSocket(HandleNode node) {
        super(node);
    }

    /**
     * Completes the upgrade of a request that was prepared with
     * {@link WinHttpRequest#prepareWebSocketUpgrade()}, sent and received with status 101.
     */
    public static WinHttpWebSocket upgrade(WinHttpRequest request) throws WinHttpException {
        Arguments.requireNonNull(request, "request");
        int status = request.statusCode();
        if (status != 101) {
            throw new WinHttpException("WinHttpWebSocketCompleteUpgrade", ERROR_WINHTTP_INVALID_SERVER_RESPONSE,
                    "ERROR_WINHTTP_INVALID_SERVER_RESPONSE", "the server answered " + status + " "
                    + request.statusText() + " instead of 101 Switching Protocols", request.toString());
        }
        HINTERNET h;
        try (HandleUse u = request.useToOpen()) {
            h = request.backend().winhttp().WinHttpWebSocketCompleteUpgrade(u.value(), null);
        }
        if (h == null) {
            throw Calls.failure(request.backend(), "WinHttpWebSocketCompleteUpgrade", request.toString());
        }
        HandleNode connection = request.connectionNode();
        return new WinHttpWebSocket(connection.child(h, "WinHttpWebSocket(" + request.settings.path + ")",
                Calls.CLOSER));
    }

    private WinHttp api() {
        return backend().winhttp();
    }

    /** Sends a whole UTF-8 text message. */
    public void sendText(String text) throws WinHttpException {
        Arguments.requireNonNull(text, "text");
        send(WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a whole binary message. */
    public void sendBinary(byte[] data) throws WinHttpException {
        send(WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, Arguments.requireNonNull(data, "data"));
    }

    private void send(int type, byte[] data) throws WinHttpException {
        Memory m = null;
        if (data.length > 0) {
            m = new Memory(data.length);
            m.write(0, data, 0, data.length);
        }
        int code;
        try (HandleUse u = use()) {
            code = api().WinHttpWebSocketSend(u.value(), type, m, data.length);
        }
        if (code != 0) {
            throw Calls.ofCode(backend(), "WinHttpWebSocketSend", code, node.description());
        }
    }

    /**
     * Receives the next whole message, joining its fragments (at most {@value #MAX_MESSAGE_BYTES}
     * bytes), or the server's close frame as a message of type CLOSE.
     */
    public WebSocketMessage receive() throws WinHttpException {
        Memory buffer = new Memory(CHUNK);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        IntByReference read = new IntByReference();
        IntByReference type = new IntByReference();
        for (int fragments = 0; fragments < MAX_FRAGMENTS; fragments++) {
            int code;
            try (HandleUse u = use()) {
                code = api().WinHttpWebSocketReceive(u.value(), buffer, CHUNK, read, type);
            }
            if (code != 0) {
                throw Calls.ofCode(backend(), "WinHttpWebSocketReceive", code, node.description());
            }
            int n = read.getValue();
            if (data.size() + n > MAX_MESSAGE_BYTES) {
                throw new WinHttpException("WinHttpWebSocketReceive", ERROR_WINHTTP_INVALID_SERVER_RESPONSE,
                        "ERROR_WINHTTP_INVALID_SERVER_RESPONSE", "a message exceeds " + MAX_MESSAGE_BYTES + " bytes",
                        node.description());
            }
            data.write(buffer.getByteArray(0, n), 0, n);
            switch (type.getValue()) {
                case WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE:
                    return new WebSocketMessage(WebSocketMessage.Type.TEXT, data.toByteArray());
                case WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE:
                    return new WebSocketMessage(WebSocketMessage.Type.BINARY, data.toByteArray());
                case WINHTTP_WEB_SOCKET_CLOSE_BUFFER_TYPE:
                    return new WebSocketMessage(WebSocketMessage.Type.CLOSE, data.toByteArray());
                default:
                    break; // a fragment: more follows
            }
        }
        throw new WinHttpException("WinHttpWebSocketReceive", ERROR_WINHTTP_INVALID_SERVER_RESPONSE,
                "ERROR_WINHTTP_INVALID_SERVER_RESPONSE", "a message did not end within " + MAX_FRAGMENTS + " fragments", node.description());
    }

    /**
     * Sends a close frame with this status and reason and waits for the server's
     * (WinHttpWebSocketClose). The handle stays open for {@link #closeStatus()}; {@link #close()}
     * releases it.
     *
     * @param reason at most 123 bytes of UTF-8
     */
    public void close(int status, String reason) throws WinHttpException {
        Memory r = reason(status, reason);
        closeSent = true;
        int code;
        try (HandleUse u = use()) {
            code = api().WinHttpWebSocketClose(u.value(), (short) status, r, r == null ? 0 : (int) r.size());
        }
        if (code != 0) {
            throw Calls.ofCode(backend(), "WinHttpWebSocketClose", code, node.description());
        }
    }

    private static Memory reason(int status, String reason) {
        if (status < 1000 || status > 4999 || status == 1005 || status == 1006 || status == 1015) {
            throw new IllegalArgumentException("status is " + status + "; a close status to send is 1000-4999, "
                    + "not 1005, 1006 or 1015");
        }
        Arguments.requireNonNull(reason, "reason");
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > WINHTTP_WEB_SOCKET_MAX_CLOSE_REASON_LENGTH) {
            throw new IllegalArgumentException("reason is " + bytes.length + " bytes of UTF-8; at most "
                    + WINHTTP_WEB_SOCKET_MAX_CLOSE_REASON_LENGTH);
        }
        if (bytes.length == 0) {
            return null;
        }
        Memory m = new Memory(bytes.length);
        m.write(0, bytes, 0, bytes.length);
        return m;
    }

    /** The close status the server sent, empty before its close frame arrived. */
    public Optional<WebSocketCloseStatus> closeStatus() throws WinHttpException {
        ShortByReference status = new ShortByReference();
        Memory reason = new Memory(WINHTTP_WEB_SOCKET_MAX_CLOSE_REASON_LENGTH);
        IntByReference consumed = new IntByReference();
        int code;
        try (HandleUse u = use()) {
            code = api().WinHttpWebSocketQueryCloseStatus(u.value(), status, reason,
                    WINHTTP_WEB_SOCKET_MAX_CLOSE_REASON_LENGTH, consumed);
        }
        if (code == 4317) { // ERROR_INVALID_OPERATION: no close frame yet
            return Optional.empty();
        }
        if (code != 0) {
            throw Calls.ofCode(backend(), "WinHttpWebSocketQueryCloseStatus", code, node.description());
        }
        int n = Math.min(consumed.getValue(), WINHTTP_WEB_SOCKET_MAX_CLOSE_REASON_LENGTH);
        return Optional.of(new WebSocketCloseStatus(status.getValue() & 0xFFFF,
                new String(reason.getByteArray(0, n), StandardCharsets.UTF_8)));
    }

    /**
     * Sends a normal close frame without waiting (unless one was sent), then closes the handle.
     * Idempotent.
     */
    @Override
    public void close() throws WinHttpException {
        if (!closeSent && !isClosed()) {
            closeSent = true;
            try (HandleUse u = use()) {
                api().WinHttpWebSocketShutdown(u.value(), (short) WebSocketCloseStatus.NORMAL, null, 0);
            } catch (RuntimeException ignored) {
                // The handle is closed below whatever happened to the courtesy close frame.
            }
        }
        super.close();
    }
}
