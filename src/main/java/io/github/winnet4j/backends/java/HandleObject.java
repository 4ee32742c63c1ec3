package io.github.winnet4j.backends.java;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the java WinINet and WinHTTP engines' handle objects have in common: the handle value, the
 * parent, options seen through the nearest ancestor that sets them, the context value, the status
 * callback (copied from the parent when the object is created) and the closed mark. How closing
 * spreads to children and how a callback is installed differ between the two APIs and stay with
 * {@code InternetObject} and {@code WinHttpObject}.
 *
 * @param <P> the engine's own handle object type
 * @param <C> the engine's status callback type
 */
public abstract class HandleObject<P extends HandleObject<P, C>, C> {
    /** The handle value, never reused. */
    public final long handle;
    /** The parent object, or {@code null} for a session. */
    public final P parent;

    private final Map<Integer, Object> options = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long context;
    private volatile C callback;

    protected HandleObject(long handle, P parent, long context) {
        this.handle = handle;
        this.parent = parent;
        this.context = context;
        if (parent != null) {
            this.callback = parent.callback();
        }
    }

    /** The option's value set on this object or the nearest ancestor, or {@code null}. */
    public Object option(int id) {
        Object value = options.get(id);
        if (value == null && parent != null) {
            return parent.option(id);
        }
        return value;
    }

    public void setOption(int id, Object value) {
        options.put(id, value);
    }

    public long context() {
        return context;
    }

    public void setContext(long context) {
        this.context = context;
    }

    public C callback() {
        return callback;
    }

    /** Installs a callback and returns the previous one. */
    protected C replaceCallback(C next) {
        C previous = callback;
        callback = next;
        return previous;
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Marks the object closed; {@code true} for the one caller that closed it. */
    protected boolean closeOnce() {
        return closed.compareAndSet(false, true);
    }
}
