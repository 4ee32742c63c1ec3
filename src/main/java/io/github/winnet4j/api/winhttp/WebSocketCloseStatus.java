package io.github.winnet4j.api.winhttp;

/**
 * The status and reason of a WebSocket close frame (RFC 6455 section 7.4), as the server sent it.
 *
 * @param code   e.g. 1000 for a normal closure
 * @param reason the UTF-8 reason, at most 123 bytes; may be empty
 */
public record WebSocketCloseStatus(int code, String reason) {
    /** A normal closure. */
    public static final int NORMAL = 1000;
}
