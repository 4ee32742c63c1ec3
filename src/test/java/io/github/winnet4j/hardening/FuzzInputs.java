package io.github.winnet4j.hardening;

import java.util.Random;

/**
 * Generated inputs for the fuzz tests: URLs built from plausible and hostile parts, then mutated,
 * and header/path strings sprinkled with CR, LF, NUL, other controls and non-ASCII characters.
 *
 * <p>Reproducible: everything comes from one seeded {@link Random} ({@code -Dwinnet4j.fuzz.seed},
 * default {@value #DEFAULT_SEED}). The number of inputs per target is {@code -Dwinnet4j.fuzz.count}
 * (at least 100,000 for a manual run); without it each test uses its own CI size.
 */
final class FuzzInputs {
    static final long DEFAULT_SEED = 0x5EED_2026L;

    private static final String[] SCHEMES = {
        "http", "https", "ftp", "file", "gopher", "mailto", "news", "res", "about", "javascript",
        "HTTP", "Https", "h", "x-custom", "", "ht%74p", "http ", "1http",
    };
    private static final String[] SEPARATORS = {"://", ":", ":/", ":///", "//", "", ":\\\\", "://:"};
    private static final String[] HOSTS = {
        "127.0.0.1", "localhost", "example.test", "[::1]", "[fe80::1%25eth0]", "", "a", "host.",
        "xn--bcher-kva.test", "b\u00fccher.test", "\u4f8b\u3048.test", "999.1.1.1", "0x7f.1", "%41%42",
        "h_o-s.t", "[::1", "::1]", "a..b", "@", "h o", "HOST.Test",
    };
    private static final String[] SEGMENTS = {
        "a", "b.html", ".", "..", "", "%20", "%2e%2E", "%", "%g1", "%41", "\u00e9", "\u20ac", "\ud83d\ude00",
        "a b", "a\\b", "c;p=1", "~u", "%00", "x%0d%0a", ":", "@", "!$&'()*+,=", "\t", "#", "?",
    };
    private static final char[] HOSTILE_CHARS = {
        '\r', '\n', '\0', '\t', '\u0001', '\u001f', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029',
        '\ufeff', '\ufffd', '\ud800', '\udc00', ' ', '%', '#', '?', '/', '\\', '@', ':', '[', ']',
        '\u010a', '\u010d', '\u0100', '\u0a0d', '\u0d0a', '\u00ff', '\u00e9', '"', '<', '>', '{', '|',
    };

    private final Random random;

    FuzzInputs(long salt) {
        this.random = new Random(seed() ^ salt);
    }

    static long seed() {
        return Long.getLong("winnet4j.fuzz.seed", DEFAULT_SEED);
    }

    /** The number of inputs for one target: the manual setting if given, else {@code ciCount}. */
    static int count(int ciCount) {
        return Integer.getInteger("winnet4j.fuzz.count", ciCount);
    }

    Random random() {
        return random;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A URL: mostly well-shaped with odd parts, sometimes noise, then 0 to 3 mutations. */
    String url() {
        String url = random.nextInt(10) == 0 ? noise(random.nextInt(40)) : shapedUrl();
        return mutate(url, random.nextInt(4));
    }

    private String shapedUrl() {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(SCHEMES)).append(pick(SEPARATORS));
        if (random.nextInt(5) == 0) {
            sb.append(segmentish()).append(random.nextBoolean() ? ":" + segmentish() : "").append('@');
        }
        sb.append(pick(HOSTS));
        if (random.nextInt(3) == 0) {
            sb.append(':').append(port());
        }
        int segments = random.nextInt(6);
        for (int i = 0; i < segments; i++) {
            sb.append(random.nextInt(8) == 0 ? "\\" : "/").append(segmentish());
        }
        if (random.nextInt(3) == 0) {
            sb.append('?').append(segmentish()).append('=').append(segmentish());
        }
        if (random.nextInt(4) == 0) {
            sb.append('#').append(segmentish());
        }
        return sb.toString();
    }

    private String port() {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> String.valueOf(random.nextInt(65536));
            case 2 -> String.valueOf(65536 + random.nextInt(100_000));
            case 3 -> "-1";
            case 4 -> "99999999999999999999";
            default -> "8a";
        };
    }

    /** A relative reference for combine: a path, a query, a fragment, a scheme-relative or absolute URL. */
    String relative() {
        String r = switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "?" + segmentish();
            case 2 -> "#" + segmentish();
            case 3 -> "//" + pick(HOSTS) + "/" + segmentish();
            case 4 -> url();
            case 5 -> "/" + segmentish() + "/" + segmentish();
            default -> segmentish() + "/" + pick(SEGMENTS) + "/" + segmentish();
        };
        return mutate(r, random.nextInt(3));
    }

    private String segmentish() {
        return random.nextInt(6) == 0 ? noise(random.nextInt(6)) : pick(SEGMENTS);
    }

    /** Inserts, deletes or replaces {@code times} characters at random places. */
    String mutate(String s, int times) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < times; i++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(at, anyChar());
                case 1 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < sb.length()) {
                        sb.setCharAt(at, anyChar());
                    }
                }
            }
        }
        return sb.toString();
    }

    /** {@code length} characters: printable ASCII, hostile characters and random UTF-16 units. */
    String noise(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(anyChar());
        }
        return sb.toString();
    }

    char anyChar() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> (char) (0x21 + random.nextInt(0x5e));
            case 2 -> HOSTILE_CHARS[random.nextInt(HOSTILE_CHARS.length)];
            default -> (char) random.nextInt(0x10000);
        };
    }

    /** A header name candidate: usually a token, sometimes with a hostile character inside. */
    String headerName() {
        StringBuilder sb = new StringBuilder("X-F");
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            sb.append(random.nextInt(6) == 0 ? anyChar() : (char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    /** A header value or path candidate: mostly harmless text with hostile characters mixed in. */
    String text(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(random.nextInt(5) == 0 ? anyChar() : (char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
