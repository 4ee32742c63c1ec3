package io.github.winnet4j.api.winhttp;

import java.nio.charset.StandardCharsets;

/**
 * One whole message received on a {@link WinHttpWebSocket} (its fragments joined), or the close
 * frame.
 *
 * @param type what the message is
 * @param data its bytes (UTF-8 for TEXT; the reason for CLOSE is read with
 *             {@link WinHttpWebSocket#closeStatus()})
 */
public record WebSocketMessage(Type type, byte[] data) {
    /** The kind of a message. */
    public enum Type {
        /** UTF-8 text. */
        TEXT,
        /** Binary data. */
        BINARY,
        /** The server's close frame: no more messages follow. */
        CLOSE
    }

    /** The data as UTF-8 text. */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
