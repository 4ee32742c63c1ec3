package io.github.winnet4j.marshal;

import io.github.winnet4j.backends.Backend;

import java.util.Optional;

/** The message text for an error code; never throws and never returns null. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /**
     * The backend's text for {@code code} (on native, the DLL's own message table, then the
     * system's), or {@code "Unknown error (0x…)"}.
     */
    public static String text(Backend backend, int code) {
        Optional<String> text;
        try {
            text = backend.message(code);
        } catch (RuntimeException | LinkageError e) {
            text = Optional.empty();
        }
        return text.map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> String.format("Unknown error (0x%08X)", code));
    }
}
