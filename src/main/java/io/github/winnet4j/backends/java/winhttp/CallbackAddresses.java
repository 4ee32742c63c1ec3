package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Pointer;
import io.github.winnet4j.raw.WINHTTP_STATUS_CALLBACK;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The "address" WinHttpSetStatusCallback and WINHTTP_OPTION_CALLBACK report for a callback: a
 * stable opaque value per callback object. A real native address cannot be made on every platform
 * (JNA refuses stdcall callback stubs off Windows), and a Java caller cannot turn an address back
 * into a callback anyway; what callers do with the value (compare it with {@code NULL} or
 * WINHTTP_INVALID_STATUS_CALLBACK) works with these.
 */
final class CallbackAddresses {
    private static final long FIRST = 0x7E00_0010L;
    private static final long STEP = 16;
    private static final Map<WINHTTP_STATUS_CALLBACK, Long> ADDRESSES = new WeakHashMap<>();
    private static long next = FIRST;

    private CallbackAddresses() {
    }

    /** The callback's value, or {@code null} for no callback. */
    static synchronized Pointer of(WINHTTP_STATUS_CALLBACK callback) {
        if (callback == null) {
            return null;
        }
        Long address = ADDRESSES.get(callback);
        if (address == null) {
            address = next;
            next += STEP;
            ADDRESSES.put(callback, address);
        }
        return new Pointer(address);
    }
}
