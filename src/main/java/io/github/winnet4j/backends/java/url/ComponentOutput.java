package io.github.winnet4j.backends.java.url;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.backends.java.url.CrackedUrl.Component;
import io.github.winnet4j.marshal.Utf16;

/**
 * Hands one cracked component to the caller under the URL_COMPONENTSW rules: a zero length means
 * "not wanted" and nothing is touched; a {@code NULL} pointer with a non-zero length receives a
 * pointer into the caller's URL string and the component's length; a buffer receives a
 * NUL-terminated copy and the copied length, or, if the buffer (its length counts the terminator)
 * is too small, ERROR_INSUFFICIENT_BUFFER and the length needed including the terminator.
 */
final class ComponentOutput {
    /** Where a component's pointer and length go in URL_COMPONENTSW. */
    interface Slot {
        Pointer pointer();

        int length();

        void set(Pointer pointer, int length);
    }

    private ComponentOutput() {
    }

    /** True if the caller asked for this component (non-zero length). */
    static boolean wanted(Slot slot) {
        return slot.length() != 0;
    }

    /**
     * Delivers {@code component} into {@code slot}; false (with the last error set) if a buffer is
     * too small.
     */
    static boolean deliver(Pointer url, Component component, Slot slot) {
        if (!wanted(slot)) {
            return true;
        }
        Pointer buffer = slot.pointer();
        if (buffer == null) {
            Pointer into = component.present() ? url.share((long) component.offset() * Utf16.CHAR_BYTES) : null;
            slot.set(into, component.length());
            return true;
        }
        String text = component.text();
        long capacity = Integer.toUnsignedLong(slot.length());
        if (capacity < text.length() + 1L) {
            slot.set(buffer, text.length() + 1);
            return JavaLastError.fail(WinError.ERROR_INSUFFICIENT_BUFFER);
        }
        Utf16.write(buffer, text);
        slot.set(buffer, text.length());
        return true;
    }
}
