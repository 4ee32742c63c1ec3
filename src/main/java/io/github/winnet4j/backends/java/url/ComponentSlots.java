package io.github.winnet4j.backends.java.url;

import com.sun.jna.Pointer;
import io.github.winnet4j.raw.URL_COMPONENTSW;

/**
 * The six string slots of a {@link URL_COMPONENTSW} as {@link ComponentOutput.Slot}s, and the
 * reading of them as strings for InternetCreateUrl (a zero length there means NUL-terminated).
 */
final class ComponentSlots {
    private ComponentSlots() {
    }

    static ComponentOutput.Slot scheme(URL_COMPONENTSW c) {
        return slot(() -> c.lpszScheme, () -> c.dwSchemeLength, (p, n) -> {
            c.lpszScheme = p;
            c.dwSchemeLength = n;
        });
    }

    static ComponentOutput.Slot hostName(URL_COMPONENTSW c) {
        return slot(() -> c.lpszHostName, () -> c.dwHostNameLength, (p, n) -> {
            c.lpszHostName = p;
            c.dwHostNameLength = n;
        });
    }

    static ComponentOutput.Slot userName(URL_COMPONENTSW c) {
        return slot(() -> c.lpszUserName, () -> c.dwUserNameLength, (p, n) -> {
            c.lpszUserName = p;
            c.dwUserNameLength = n;
        });
    }

    static ComponentOutput.Slot password(URL_COMPONENTSW c) {
        return slot(() -> c.lpszPassword, () -> c.dwPasswordLength, (p, n) -> {
            c.lpszPassword = p;
            c.dwPasswordLength = n;
        });
    }

    static ComponentOutput.Slot urlPath(URL_COMPONENTSW c) {
        return slot(() -> c.lpszUrlPath, () -> c.dwUrlPathLength, (p, n) -> {
            c.lpszUrlPath = p;
            c.dwUrlPathLength = n;
        });
    }

    static ComponentOutput.Slot extraInfo(URL_COMPONENTSW c) {
        return slot(() -> c.lpszExtraInfo, () -> c.dwExtraInfoLength, (p, n) -> {
            c.lpszExtraInfo = p;
            c.dwExtraInfoLength = n;
        });
    }

    /** A slot's string for InternetCreateUrl: {@code null} for NULL, NUL-terminated when length 0. */
    static String read(ComponentOutput.Slot slot) {
        Pointer p = slot.pointer();
        if (p == null) {
            return null;
        }
        return slot.length() == 0 ? io.github.winnet4j.marshal.Utf16.decode(p)
                : io.github.winnet4j.marshal.Utf16.decodeExact(p, slot.length());
    }

    private interface Setter {
        void set(Pointer p, int n);
    }

    private static ComponentOutput.Slot slot(java.util.function.Supplier<Pointer> pointer,
                                             java.util.function.IntSupplier length, Setter setter) {
        return new ComponentOutput.Slot() {
            @Override
            public Pointer pointer() {
                return pointer.get();
            }

            @Override
            public int length() {
                return length.getAsInt();
            }

            @Override
            public void set(Pointer p, int n) {
                setter.set(p, n);
            }
        };
    }
}
