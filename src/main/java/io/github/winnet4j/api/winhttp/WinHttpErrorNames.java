package io.github.winnet4j.api.winhttp;

import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.raw.WinHttpErrors;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/** Symbolic names of the codes WinHTTP calls leave: WinHTTP's own names first, then Win32's. */
final class WinHttpErrorNames {
    private static final Map<Integer, String> NAMES = load();

    private WinHttpErrorNames() {
    }

    /** E.g. {@code ERROR_WINHTTP_TIMEOUT}, or {@code "0x…"} when unknown. */
    static String of(int code) {
        String name = NAMES.get(code);
        return name != null ? name : String.format("0x%08X", code);
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> map = new HashMap<>();
        addFrom(WinHttpErrors.class, map);
        addFrom(WinError.class, map);
        map.put(0, "ERROR_SUCCESS");
        return map;
    }

    private static void addFrom(Class<?> type, Map<Integer, String> map) {
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class && f.getName().startsWith("ERROR_")) {
                try {
                    map.putIfAbsent(f.getInt(null), f.getName());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
