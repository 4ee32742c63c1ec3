package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.raw.WINHTTP_STATUS_CALLBACK;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a WinHTTP handle stands for in the java backend: a session, a connection, a request or a
 * WebSocket.
 *
 * <p>Unlike WinINet, WinHTTP does not close children with their parent: closing a session while one
 * of its requests lives leaves the request working until it is closed itself. So a child keeps a
 * strong reference to its parent (whose settings it still reads) and closing never cascades.
 * Options set on a parent are seen by children that do not set their own. The status callback and
 * its notification flags are copied to a child when the child is created, as WinHTTP does.
 */
abstract class WinHttpObject {
    /** The handle value, never reused. */
    final long handle;
    /** The parent object (kept even after the parent's handle is closed), or {@code null}. */
    final WinHttpObject parent;

    private final Map<Integer, Object> options = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long context;
    private volatile WINHTTP_STATUS_CALLBACK callback;
    private volatile int notificationFlags;

    WinHttpObject(long handle, WinHttpObject parent) {
        this.handle = handle;
        this.parent = parent;
        if (parent != null) {
            this.callback = parent.callback;
            this.notificationFlags = parent.notificationFlags;
            this.context = parent.context;
        }
    }

    /** The WINHTTP_HANDLE_TYPE_* value of this object (0 for a WebSocket, which has none). */
    abstract int handleType();

    /** The option's value set on this object or the nearest ancestor, or {@code null}. */
    Object option(int id) {
        Object value = options.get(id);
        if (value == null && parent != null) {
            return parent.option(id);
        }
        return value;
    }

    void setOption(int id, Object value) {
        options.put(id, value);
    }

    long context() {
        return context;
    }

    void setContext(long context) {
        this.context = context;
    }

    WINHTTP_STATUS_CALLBACK callback() {
        return callback;
    }

    int notificationFlags() {
        return notificationFlags;
    }

    /** Installs a callback and returns the previous one. */
    synchronized WINHTTP_STATUS_CALLBACK swapCallback(WINHTTP_STATUS_CALLBACK next, int flags) {
        WINHTTP_STATUS_CALLBACK previous = callback;
        callback = next;
        notificationFlags = next == null ? 0 : flags;
        return previous;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Marks the object closed; {@code true} for the one caller that closed it. */
    boolean markClosed() {
        return closed.compareAndSet(false, true);
    }

    /**
     * Releases what the object holds (sockets, streams); called once after it was marked closed,
     * possibly while another thread is blocked in an operation on it. Must not block.
     */
    void release() {
    }
}
