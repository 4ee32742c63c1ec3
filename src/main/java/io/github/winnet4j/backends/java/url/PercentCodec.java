package io.github.winnet4j.backends.java.url;

/**
 * {@code %XX} escaping and unescaping as the Windows URL functions do it: one escape per UTF-16
 * unit up to U+00FF (so {@code é} becomes {@code %E9}, not UTF-8), characters above U+00FF left
 * alone, and a {@code %} that does not start a valid escape kept as it is.
 */
final class PercentCodec {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String UNSAFE_PUNCTUATION = " <>\"{}|\\^[]`&";

    /** What an escaping pass encodes. */
    enum Mode {
        /** Nothing (besides {@code %} when asked). */
        NONE,
        /** Spaces only (ICU_ENCODE_SPACES_ONLY). */
        SPACES,
        /** Every unsafe character (the default of InternetCanonicalizeUrl). */
        UNSAFE
    }

    private PercentCodec() {
    }

    /** True for the characters Windows' URL escaping calls unsafe. */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0xFF) || UNSAFE_PUNCTUATION.indexOf(c) >= 0;
    }

    /**
     * Escapes {@code s}: characters selected by {@code mode}, plus {@code %} if {@code percent};
     * characters in {@code keep} are never escaped.
     */
    static String escape(String s, Mode mode, boolean percent, String keep) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escape = keep.indexOf(c) < 0 && switch (mode) {
                case NONE -> false;
                case SPACES -> c == ' ';
                case UNSAFE -> unsafe(c);
            };
            if (percent && c == '%') {
                escape = true;
            }
            if (escape && c <= 0xFF) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Replaces every valid {@code %XX} by the character U+00XX. */
    static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.append((char) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2))));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
