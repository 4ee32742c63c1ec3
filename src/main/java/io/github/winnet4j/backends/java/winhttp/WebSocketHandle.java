package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.raw.WinHttpErrors;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Arrays;

import static io.github.winnet4j.raw.WinHttpConstants.*;

/**
 * The object behind a WinHttpWebSocketCompleteUpgrade handle: a client WebSocket over the
 * handshake's socket. Sends and receives are each serialised (one sender and one receiver may run
 * at once); pings are answered while receiving. The WinHTTP buffer types map to frames as
 * documented: *_MESSAGE ends a message (FIN), *_FRAGMENT leaves it open, and the frames after a
 * fragment are continuations.
 */
final class WebSocketHandle extends WinHttpObject {
    /** ERROR_INVALID_OPERATION (winerror.h): the call does not fit the WebSocket's state. */
    static final int ERROR_INVALID_OPERATION = WinError.ERROR_INVALID_OPERATION;

    /** WinHTTP's default for WINHTTP_OPTION_WEB_SOCKET_CLOSE_TIMEOUT, in seconds. */
    static final int DEFAULT_CLOSE_TIMEOUT_SECONDS = 10;
    private static final int CLOSE_OPCODE_MIN = WebSocketFrames.CLOSE;

    private final WebSocketHandshake connection;
    private final Object sendLock = new Object();
    private final Object receiveLock = new Object();

    private boolean sendingFragmented;
    private volatile boolean closeSent;
    private volatile boolean closeReceived;
    private volatile int closeStatus;
    private volatile byte[] closeReason = new byte[0];

    // receive side: the frame being read
    private long remaining;
    private boolean frameFin;
    private int messageOpcode;
    private byte[] frameMask;
    private long frameOffset;

    WebSocketHandle(long handle, RequestHandle request, WebSocketHandshake connection) {
        super(handle, request);
        this.connection = connection;
    }

    @Override
    int handleType() {
        return 0; // winhttp.h names no handle type for WebSockets
    }

    void send(int bufferType, Pointer buffer, int length) throws Win32Failure {
        if (length < 0 || (buffer == null && length > 0)) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        boolean utf8;
        boolean fin;
        switch (bufferType) {
            case WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE -> { utf8 = false; fin = true; }
            case WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE -> { utf8 = false; fin = false; }
            case WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE -> { utf8 = true; fin = true; }
            case WINHTTP_WEB_SOCKET_UTF8_FRAGMENT_BUFFER_TYPE -> { utf8 = true; fin = false; }
            default -> throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        byte[] bytes = length == 0 ? new byte[0] : buffer.getByteArray(0, length);
        synchronized (sendLock) {
            if (closeSent) {
                throw new Win32Failure(ERROR_INVALID_OPERATION);
            }
            int opcode = sendingFragmented ? WebSocketFrames.CONTINUATION
                    : utf8 ? WebSocketFrames.TEXT : WebSocketFrames.BINARY;
            try {
                WebSocketFrames.write(connection.out, fin, opcode, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw ioFailure(e);
            }
            sendingFragmented = !fin;
        }
    }

    /** Receives into {@code buffer}; returns {bytes read, buffer type}. */
    int[] receive(Pointer buffer, int length) throws Win32Failure {
        if (buffer == null || length <= 0) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        synchronized (receiveLock) {
            if (closeReceived) {
                throw new Win32Failure(ERROR_INVALID_OPERATION);
            }
            try {
                while (remaining == 0) {
                    WebSocketFrames.Header h = WebSocketFrames.readHeader(connection.in);
                    if (h.opcode() >= CLOSE_OPCODE_MIN) {
                        if (control(h)) {
                            return new int[]{0, WINHTTP_WEB_SOCKET_CLOSE_BUFFER_TYPE};
                        }
                        continue;
                    }
                    if (h.opcode() != WebSocketFrames.CONTINUATION) {
                        messageOpcode = h.opcode();
                    }
                    frameFin = h.fin();
                    frameMask = h.mask();
                    frameOffset = 0;
                    remaining = h.length();
                    if (remaining == 0) {
                        return new int[]{0, type(frameFin)};
                    }
                }
                int n = (int) Math.min(length, remaining);
                byte[] bytes = new byte[n];
                WebSocketFrames.readFully(connection.in, bytes, 0, n);
                if (frameMask != null) {
                    for (int i = 0; i < n; i++) {
                        bytes[i] ^= frameMask[(int) ((frameOffset + i) & 3)];
                    }
                }
                frameOffset += n;
                remaining -= n;
                buffer.write(0, bytes, 0, n);
                return new int[]{n, type(remaining == 0 && frameFin)};
            } catch (IOException e) {
                throw ioFailure(e);
            }
        }
    }

    private int type(boolean endOfMessage) {
        boolean utf8 = messageOpcode == WebSocketFrames.TEXT;
        if (endOfMessage) {
            return utf8 ? WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE : WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE;
        }
        return utf8 ? WINHTTP_WEB_SOCKET_UTF8_FRAGMENT_BUFFER_TYPE : WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE;
    }

    /** Handles a control frame; {@code true} when it was the close frame. */
    private boolean control(WebSocketFrames.Header h) throws IOException {
        byte[] payload = new byte[(int) Math.min(h.length(), 125)];
        WebSocketFrames.readFully(connection.in, payload, 0, payload.length);
        if (h.mask() != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= h.mask()[i & 3];
            }
        }
        switch (h.opcode()) {
            case WebSocketFrames.CLOSE -> {
                closeStatus = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF)
                        : WINHTTP_WEB_SOCKET_EMPTY_CLOSE_STATUS;
                closeReason = payload.length > 2 ? Arrays.copyOfRange(payload, 2, payload.length) : new byte[0];
                closeReceived = true;
                return true;
            }
            case WebSocketFrames.PING -> {
                synchronized (sendLock) {
                    if (!closeSent) {
                        WebSocketFrames.write(connection.out, true, WebSocketFrames.PONG, payload, 0, payload.length);
                    }
                }
                return false;
            }
            default -> {
                return false; // pong or unknown control frame
            }
        }
    }

    /** WinHttpWebSocketShutdown: sends the close frame, the receive side stays open. */
    void shutdown(int status, Pointer reason, int reasonLength) throws Win32Failure {
        byte[] payload = closePayload(status, reason, reasonLength);
        synchronized (sendLock) {
            if (closeSent) {
                throw new Win32Failure(ERROR_INVALID_OPERATION);
            }
            try {
                WebSocketFrames.write(connection.out, true, WebSocketFrames.CLOSE, payload, 0, payload.length);
            } catch (IOException e) {
                throw ioFailure(e);
            }
            closeSent = true;
        }
    }

    /**
     * WinHttpWebSocketClose: sends the close frame (unless sent) and waits for the server's, at most
     * WINHTTP_OPTION_WEB_SOCKET_CLOSE_TIMEOUT seconds (default {@value #DEFAULT_CLOSE_TIMEOUT_SECONDS};
     * then ERROR_WINHTTP_TIMEOUT). Data arriving meanwhile is discarded.
     */
    void close(int status, Pointer reason, int reasonLength) throws Win32Failure {
        if (!closeSent) {
            shutdown(status, reason, reasonLength);
        }
        Object option = option(WINHTTP_OPTION_WEB_SOCKET_CLOSE_TIMEOUT);
        int seconds = option instanceof Integer i && i > 0 ? i : DEFAULT_CLOSE_TIMEOUT_SECONDS;
        try {
            connection.socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, seconds * 1000L));
        } catch (IOException e) {
            throw ioFailure(e);
        }
        Memory scratch = new Memory(4096);
        for (int frames = 0; !closeReceived && frames < 100_000; frames++) {
            receive(scratch, (int) scratch.size());
        }
        connection.close();
    }

    private static byte[] closePayload(int status, Pointer reason, int reasonLength) throws Win32Failure {
        if (reasonLength < 0 || reasonLength > WINHTTP_WEB_SOCKET_MAX_CLOSE_REASON_LENGTH
                || (reason == null && reasonLength > 0)) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        int s = status & 0xFFFF;
        if (s == WINHTTP_WEB_SOCKET_EMPTY_CLOSE_STATUS) {
            if (reasonLength > 0) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            return new byte[0];
        }
        if (s < 1000 || s == WINHTTP_WEB_SOCKET_ABORTED_CLOSE_STATUS
                || s == WINHTTP_WEB_SOCKET_SECURE_HANDSHAKE_ERROR_CLOSE_STATUS) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        byte[] payload = new byte[2 + reasonLength];
        payload[0] = (byte) (s >> 8);
        payload[1] = (byte) s;
        if (reasonLength > 0) {
            reason.read(0, payload, 2, reasonLength);
        }
        return payload;
    }

    boolean closeReceived() {
        return closeReceived;
    }

    int closeStatus() {
        return closeStatus;
    }

    byte[] closeReason() {
        return closeReason.clone();
    }

    private Win32Failure ioFailure(IOException e) {
        int code = isClosed() ? WinHttpErrors.ERROR_WINHTTP_OPERATION_CANCELLED
                : e instanceof SocketTimeoutException ? WinHttpErrors.ERROR_WINHTTP_TIMEOUT
                : WinHttpErrors.ERROR_WINHTTP_CONNECTION_ERROR;
        return new Win32Failure(code, e);
    }

    @Override
    void release() {
        connection.close();
    }
}
