package io.github.winnet4j.marshal;

import io.github.winnet4j.backends.Backend;

import java.util.Optional;
import java.util.function.IntFunction;

/** The message text for an error code; never throws and never returns null. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /**
     * The backend's text for {@code code} (on native, the DLL's own message table, then the
     * system's), or {@code "Unknown error (0x…)"}.
     */
    public static String text(Backend backend, int code) {
        return text(code, c -> backend.message(c));
    }

    /**
     * The text {@code lookup} gives for {@code code} (a backend's message lookup, e.g.
     * {@link Backend#winHttpMessage(int)}), or {@code "Unknown error (0x…)"} when it has none or
     * fails.
     */
    public static String text(int code, IntFunction<Optional<String>> lookup) {
        Optional<String> text;
        try {
            text = lookup.apply(code);
        } catch (RuntimeException | LinkageError e) {
            text = Optional.empty();
        }
        return text.map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> String.format("Unknown error (0x%08X)", code));
    }
}
