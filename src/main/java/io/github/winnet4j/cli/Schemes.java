package io.github.winnet4j.cli;

import java.util.Locale;

import static io.github.winnet4j.raw.WinInetConstants.*;

/** INTERNET_SCHEME_* values and names, for printing and for {@code url create}. */
final class Schemes {
    private static final String[] NAMES = {
        "ftp", "gopher", "http", "https", "file", "news", "mailto", "socks", "javascript", "vbscript", "res",
    };

    private Schemes() {
    }

    /** The INTERNET_SCHEME_* constant's name for a value. */
    static String name(int type) {
        if (type >= INTERNET_SCHEME_FIRST && type <= INTERNET_SCHEME_LAST) {
            return "INTERNET_SCHEME_" + NAMES[type - 1].toUpperCase(Locale.ROOT);
        }
        return switch (type) {
            case INTERNET_SCHEME_DEFAULT -> "INTERNET_SCHEME_DEFAULT";
            case INTERNET_SCHEME_PARTIAL -> "INTERNET_SCHEME_PARTIAL";
            default -> "INTERNET_SCHEME_UNKNOWN";
        };
    }

    /** The INTERNET_SCHEME_* value for a scheme name; INTERNET_SCHEME_UNKNOWN when Windows has none. */
    static int type(String scheme) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(scheme)) {
                return i + 1;
            }
        }
        return INTERNET_SCHEME_UNKNOWN;
    }
}
