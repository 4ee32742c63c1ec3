package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.winnet4j.marshal.Utf16;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strings the java WinHTTP hands to the caller for GlobalFree (WINHTTP_PROXY_INFO,
 * WINHTTP_CURRENT_USER_IE_PROXY_CONFIG, WinHttpDetectAutoProxyConfigUrl). Each is a JNA
 * {@link Memory} kept reachable here until {@code Backend.globalFree} releases it (JNA frees a
 * {@code Memory} when it is collected, so without this table a returned pointer could dangle).
 * Freeing a pointer this table does not hold is ignored, as is {@code NULL}.
 */
final class AllocatedMemory {
    private final Map<Long, Memory> held = new ConcurrentHashMap<>();

    /** A NUL-terminated UTF-16LE copy of {@code value}, or {@code null} for {@code null}. */
    Pointer string(String value) {
        if (value == null) {
            return null;
        }
        Memory m = new Memory((value.length() + 1L) * Utf16.CHAR_BYTES);
        Utf16.write(m, value);
        held.put(Pointer.nativeValue(m), m);
        return m;
    }

    /** GlobalFree: drops the memory; it is released when collected. */
    void free(Pointer p) {
        if (p != null) {
            Memory m = held.remove(Pointer.nativeValue(p));
            if (m != null) {
                m.close();
            }
        }
    }

    /** How many allocations are outstanding (for leak checks in tests). */
    int outstanding() {
        return held.size();
    }
}
