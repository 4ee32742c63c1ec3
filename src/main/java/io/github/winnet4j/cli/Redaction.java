package io.github.winnet4j.cli;

import java.util.regex.Pattern;

/**
 * Hides credentials in proxy URLs and settings before they are printed: the user information of
 * {@code scheme://user:password@host} or of a bare {@code user:password@host:port} becomes
 * {@code ***}. Applied to every line {@code winnet proxy} writes, errors included.
 */
final class Redaction {
    /** An optional scheme, then user information up to an '@' that precedes a host. */
    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)?[^\\s/@;=,\"'()<>]+@(?=[^\\s@])");

    private Redaction() {
    }

    static String of(String text) {
        return text == null ? null : USER_INFO.matcher(text).replaceAll(m -> {
            String scheme = m.group(1) == null ? "" : m.group(1);
            return java.util.regex.Matcher.quoteReplacement(scheme + "***@");
        });
    }
}
