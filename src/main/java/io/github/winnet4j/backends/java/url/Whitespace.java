package io.github.winnet4j.backends.java.url;

/**
 * Whitespace as Windows' URL canonicalization treats it: spaces and control characters at either
 * end are cut, tabs and line breaks inside are dropped (a URL pasted across lines still works).
 */
final class Whitespace {
    private Whitespace() {
    }

    /** {@code url} trimmed of characters up to U+0020 at both ends, without inner tab, CR, LF. */
    static String clean(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\r' && c != '\n') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
