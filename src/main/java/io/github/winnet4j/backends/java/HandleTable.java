package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInetErrors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Maps HINTERNET values to the backend's objects. Values start at 0xCC0004 and grow by 4, like
 * WinINet's, and are never reused, so a stale value can only ever fail with ERROR_INVALID_HANDLE.
 */
final class HandleTable {
    static final long FIRST_HANDLE = 0xCC0004L;
    static final long HANDLE_STEP = 4;

    private final AtomicLong next = new AtomicLong(FIRST_HANDLE);
    private final Map<Long, InternetObject> live = new ConcurrentHashMap<>();

    /** A fresh handle value. */
    long allocate() {
        return next.getAndAdd(HANDLE_STEP);
    }

    void register(InternetObject object) {
        live.put(object.handle, object);
    }

    void remove(InternetObject object) {
        live.remove(object.handle, object);
    }

    /** The open object behind {@code h}, or {@code null}. */
    InternetObject find(HINTERNET h) {
        if (h == null || h.getPointer() == null) {
            return null;
        }
        InternetObject object = live.get(h.value());
        return object == null || object.isClosed() ? null : object;
    }

    /**
     * The open object behind {@code h} of the wanted kind.
     *
     * @throws Win32Failure ERROR_INVALID_HANDLE when unknown or closed,
     *                      ERROR_INTERNET_INCORRECT_HANDLE_TYPE when of another kind
     */
    <T extends InternetObject> T require(HINTERNET h, Class<T> kind) throws Win32Failure {
        InternetObject object = find(h);
        if (object == null) {
            throw new Win32Failure(Win32Codes.ERROR_INVALID_HANDLE);
        }
        if (!kind.isInstance(object)) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_TYPE);
        }
        return kind.cast(object);
    }

    /** The number of open objects (for tests and leak checks). */
    int size() {
        return live.size();
    }
}
