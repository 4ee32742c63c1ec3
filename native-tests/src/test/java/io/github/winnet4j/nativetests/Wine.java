package io.github.winnet4j.nativetests;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;

import java.util.Optional;

/** Whether this Windows JVM runs under Wine, from ntdll's {@code wine_get_version} export. */
final class Wine {
    private static final Optional<String> VERSION = probe();

    private Wine() {
    }

    /** Wine's version, or empty on real Windows. */
    static Optional<String> version() {
        return VERSION;
    }

    private static Optional<String> probe() {
        try {
            Function f = NativeLibrary.getInstance("ntdll").getFunction("wine_get_version");
            return Optional.of(f.invokeString(new Object[0], false));
        } catch (UnsatisfiedLinkError e) {
            return Optional.empty();
        }
    }
}
