package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.HandleObject;
import io.github.winnet4j.raw.WINHTTP_STATUS_CALLBACK;

/**
 * What a WinHTTP handle stands for in the java backend: a session, a connection, a request or a
 * WebSocket.
 *
 * <p>Unlike WinINet, WinHTTP does not close children with their parent: closing a session while one
 * of its requests lives leaves the request working until it is closed itself. So a child keeps a
 * strong reference to its parent (whose settings it still reads, kept even after the parent's
 * handle is closed) and closing never cascades. Options set on a parent are seen by children that
 * do not set their own. The status callback, its notification flags and the context value are
 * copied to a child when the child is created, as WinHTTP does.
 */
abstract class WinHttpObject extends HandleObject<WinHttpObject, WINHTTP_STATUS_CALLBACK> {
    private volatile int notificationFlags;

    WinHttpObject(long handle, WinHttpObject parent) {
        super(handle, parent, parent == null ? 0 : parent.context());
        if (parent != null) {
            this.notificationFlags = parent.notificationFlags;
        }
    }

    /** The WINHTTP_HANDLE_TYPE_* value of this object (0 for a WebSocket, which has none). */
    abstract int handleType();

    int notificationFlags() {
        return notificationFlags;
    }

    /** Installs a callback and returns the previous one. */
    synchronized WINHTTP_STATUS_CALLBACK swapCallback(WINHTTP_STATUS_CALLBACK next, int flags) {
        WINHTTP_STATUS_CALLBACK previous = replaceCallback(next);
        notificationFlags = next == null ? 0 : flags;
        return previous;
    }

    /** Marks the object closed; {@code true} for the one caller that closed it. */
    boolean markClosed() {
        return closeOnce();
    }

    /**
     * Releases what the object holds (sockets, streams); called once after it was marked closed,
     * possibly while another thread is blocked in an operation on it. Must not block.
     */
    void release() {
    }
}
