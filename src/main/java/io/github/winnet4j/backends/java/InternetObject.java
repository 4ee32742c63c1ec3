package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.INTERNET_STATUS_CALLBACK;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What an HINTERNET value stands for in the java backend: a session, a connection or a request.
 *
 * <p>Objects form the same tree as WinINet's handles. Options set on an object are seen by its
 * descendants unless they set their own (session → connection → request); the status callback is
 * copied to a child when the child is created, as WinINet does. Closing an object closes its
 * children first; once closed, every operation on it fails.
 */
abstract class InternetObject {
    /** The handle value, never reused. */
    final long handle;
    /** The parent object, or {@code null} for a session. */
    final InternetObject parent;

    private final Map<Integer, Object> options = new ConcurrentHashMap<>();
    private final Set<InternetObject> children = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long context;
    private volatile INTERNET_STATUS_CALLBACK callback;

    InternetObject(long handle, InternetObject parent, long context) {
        this.handle = handle;
        this.parent = parent;
        this.context = context;
        if (parent != null) {
            this.callback = parent.callback;
            parent.children.add(this);
        }
    }

    /** The INTERNET_HANDLE_TYPE_* value of this object. */
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

    INTERNET_STATUS_CALLBACK callback() {
        return callback;
    }

    INTERNET_STATUS_CALLBACK swapCallback(INTERNET_STATUS_CALLBACK next) {
        INTERNET_STATUS_CALLBACK previous = callback;
        callback = next;
        return previous;
    }

    boolean isClosed() {
        return closed.get();
    }

    /**
     * Marks this object and its descendants closed and returns them, descendants first, each
     * exactly once however many threads close concurrently.
     */
    List<InternetObject> markClosed() {
        List<InternetObject> out = new ArrayList<>();
        collectClosing(out);
        return out;
    }

    private void collectClosing(List<InternetObject> out) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (InternetObject child : children) {
            child.collectClosing(out);
        }
        out.add(this);
        if (parent != null) {
            parent.children.remove(this);
        }
    }

    /**
     * Releases what the object holds (sockets, streams); called once after it was marked
     * closed, possibly while another thread is blocked in an operation on it. Must not block.
     */
    void release() {
    }
}
