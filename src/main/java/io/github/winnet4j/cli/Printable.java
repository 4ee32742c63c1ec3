package io.github.winnet4j.cli;

/**
 * Text from a server made safe to print on a terminal: control characters (which could move the
 * cursor or retitle the window) become {@code ?}.
 */
final class Printable {
    private Printable() {
    }

    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }

    /** As {@link #of}, keeping line breaks (CR LF becomes LF). */
    static String lines(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            sb.append(of(line)).append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
