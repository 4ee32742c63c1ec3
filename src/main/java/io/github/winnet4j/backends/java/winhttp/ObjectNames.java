package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.raw.WinHttpConstants;

import java.nio.charset.StandardCharsets;

/**
 * The escaping WinHttpOpenRequest applies to the object name: characters that may not appear in a
 * URL (controls, space, non-ASCII as UTF-8, {@code " < > \ ^ ` { | }}) become {@code %XX}; with
 * WINHTTP_FLAG_ESCAPE_PERCENT so does {@code %}. WINHTTP_FLAG_ESCAPE_DISABLE and
 * _ESCAPE_DISABLE_QUERY cannot send such characters raw here (the JDK refuses a request target
 * that is not a valid URI), so they still get escaped; only {@code %} is left alone.
 */
final class ObjectNames {
    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "-._~:/?#[]@!$&'()*+,;=";

    private ObjectNames() {
    }

    static String escape(String text, int flags) {
        boolean percent = (flags & WinHttpConstants.WINHTTP_FLAG_ESCAPE_PERCENT) != 0
                && (flags & WinHttpConstants.WINHTTP_FLAG_ESCAPE_DISABLE) == 0;
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (ALLOWED.indexOf(c) >= 0 || (c == '%' && !percent))) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
