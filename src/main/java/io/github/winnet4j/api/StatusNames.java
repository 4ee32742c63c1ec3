package io.github.winnet4j.api;

import io.github.winnet4j.raw.WinInetConstants;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/** Symbolic names of INTERNET_STATUS_* codes. */
final class StatusNames {
    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        for (Field f : WinInetConstants.class.getFields()) {
            if (f.getName().startsWith("INTERNET_STATUS_") && f.getType() == int.class) {
                try {
                    NAMES.putIfAbsent(f.getInt(null), f.getName());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private StatusNames() {
    }

    static String of(int status) {
        return NAMES.getOrDefault(status, "INTERNET_STATUS_" + status);
    }
}
