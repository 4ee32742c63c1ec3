package io.github.winnet4j.backends.java;

import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.raw.HINTERNET;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Maps handle values to one engine's handle objects, for both the WinINet and the WinHTTP engine.
 * Values start at the engine's first value, grow by its step and are never reused, so a stale
 * value can only ever fail with ERROR_INVALID_HANDLE; a handle of the wrong kind fails with the
 * engine's own incorrect-handle-type code.
 *
 * @param <O> the engine's handle object type
 */
public class HandleRegistry<O extends HandleObject<O, ?>> {
    private final AtomicLong next;
    private final long step;
    private final int incorrectTypeError;
    private final Map<Long, O> live = new ConcurrentHashMap<>();

    protected HandleRegistry(long first, long step, int incorrectTypeError) {
        this.next = new AtomicLong(first);
        this.step = step;
        this.incorrectTypeError = incorrectTypeError;
    }

    /** A fresh handle value. */
    public long allocate() {
        return next.getAndAdd(step);
    }

    public <T extends O> T register(T object) {
        live.put(object.handle, object);
        return object;
    }

    public void remove(O object) {
        live.remove(object.handle, object);
    }

    /** The open object behind {@code h}, or {@code null}. */
    public O find(HINTERNET h) {
        if (h == null || h.getPointer() == null) {
            return null;
        }
        O object = live.get(h.value());
        return object == null || object.isClosed() ? null : object;
    }

    /**
     * The open object behind {@code h} of the wanted kind.
     *
     * @throws Win32Failure ERROR_INVALID_HANDLE when unknown or closed, the engine's
     *                      incorrect-handle-type code when of another kind
     */
    public <T extends O> T require(HINTERNET h, Class<T> kind) throws Win32Failure {
        O object = find(h);
        if (object == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_HANDLE);
        }
        if (!kind.isInstance(object)) {
            throw new Win32Failure(incorrectTypeError);
        }
        return kind.cast(object);
    }

    /** The number of open objects (for tests and leak checks). */
    public int size() {
        return live.size();
    }
}
