package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.Win32Codes;
import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinHttpErrors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Maps WinHTTP handle values to the backend's objects. Values have their own numbering (from
 * 0x40000008 in steps of 8, far from the WinINet table's 0xCC0004 upwards, so a WinINet handle
 * passed here is unknown) and are never reused, so a stale value can only fail with
 * ERROR_INVALID_HANDLE.
 */
final class WinHttpHandles {
    static final long FIRST_HANDLE = 0x4000_0008L;
    static final long HANDLE_STEP = 8;

    private final AtomicLong next = new AtomicLong(FIRST_HANDLE);
    private final Map<Long, WinHttpObject> live = new ConcurrentHashMap<>();

    long allocate() {
        return next.getAndAdd(HANDLE_STEP);
    }

    <T extends WinHttpObject> T register(T object) {
        live.put(object.handle, object);
        return object;
    }

    void remove(WinHttpObject object) {
        live.remove(object.handle, object);
    }

    /** The open object behind {@code h}, or {@code null}. */
    WinHttpObject find(HINTERNET h) {
        if (h == null || h.getPointer() == null) {
            return null;
        }
        WinHttpObject object = live.get(h.value());
        return object == null || object.isClosed() ? null : object;
    }

    /**
     * The open object behind {@code h} of the wanted kind.
     *
     * @throws Win32Failure ERROR_INVALID_HANDLE when unknown or closed,
     *                      ERROR_WINHTTP_INCORRECT_HANDLE_TYPE when of another kind
     */
    <T extends WinHttpObject> T require(HINTERNET h, Class<T> kind) throws Win32Failure {
        WinHttpObject object = find(h);
        if (object == null) {
            throw new Win32Failure(Win32Codes.ERROR_INVALID_HANDLE);
        }
        if (!kind.isInstance(object)) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
        }
        return kind.cast(object);
    }

    int size() {
        return live.size();
    }
}
