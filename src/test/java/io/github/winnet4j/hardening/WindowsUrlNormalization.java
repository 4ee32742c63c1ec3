package io.github.winnet4j.hardening;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two first steps Windows' URL canonicalization is documented to take before anything else, used
 * by {@link FuzzUrlBackendsAgreeTest} to tell a Wine deviation from a real difference: when the
 * DLL, given the input with one of these steps already applied, answers exactly as the java
 * backend did for the raw input, the difference lies in that step alone.
 *
 * <p>Evidence (Wine's conformance tests, which pass on Windows): shlwapi {@code tests/url.c},
 * {@code test_UrlCanonicalizeA} {@code misc_tests}: leading and trailing spaces and C0 controls
 * are cut (U+007F and C1 controls are not) and TAB, CR and LF are dropped everywhere;
 * {@code test_UrlCanonicalizeW} checks that characters 1..32 are cut from the end; wininet
 * {@code tests/internet.c} {@code test_InternetCanonicalizeUrlA}: a trailing space is cut even with
 * ICU_BROWSER_MODE. The same {@code misc_tests} lower-case the scheme ({@code wInE://A/B} gives
 * {@code wine://A/B}, {@code hTtP://...} is treated as http) and, for the schemes with a host
 * (ftp, gopher, http, https, local, news, nntp, res, snews, telnet, wais), the host too
 * ({@code hTtP://A/b/../../C} gives {@code http://a/C}; {@code http_tests} run for each prefix).
 * The same {@code http_tests} show http, https, gopher, news, nntp, snews and telnet turning every
 * {@code \} before the query into {@code /}, the first two included ({@code //a\b} gives
 * {@code //a/b}, {@code /\a\..} gives {@code //a/..}, {@code a\b\} gives {@code a/b/}), where
 * ftp, local, res and wais keep them; and {@code TEST_COMBINE} resolves the relative part
 * {@code \tests6\..} against an http base as {@code /tests6/..}.
 */
final class WindowsUrlNormalization {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z0-9+.-]+):");
    private static final Pattern SLASHING_SCHEME = Pattern.compile("^(https?|gopher|news|nntp|snews|telnet):");
    private static final Pattern HOST_URL = Pattern.compile(
            "^(ftp|gopher|https?|local|news|nntp|res|snews|telnet|wais)://([^/?#\\\\]*)");

    private WindowsUrlNormalization() {
    }

    /** {@code url} without leading and trailing spaces/C0 controls and without TAB, CR, LF. */
    static String stripWhitespace(String url) {
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

    /** {@code url} with its scheme (ASCII letters, digits, {@code + - .} before a colon) in lower case. */
    static String lowerCaseScheme(String url) {
        Matcher m = SCHEME.matcher(url);
        if (!m.find()) {
            return url;
        }
        return m.group(1).toLowerCase(Locale.ROOT) + url.substring(m.end(1));
    }

    /** {@code url} (scheme already in lower case) with the host of a host scheme in lower case (ASCII). */
    static String lowerCaseHost(String url) {
        Matcher m = HOST_URL.matcher(url);
        if (!m.find()) {
            return url;
        }
        String authority = m.group(2);
        int at = authority.lastIndexOf('@') + 1;
        StringBuilder host = new StringBuilder(authority.substring(at));
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                host.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return url.substring(0, m.start(2)) + authority.substring(0, at) + host + url.substring(m.end(2));
    }

    /** True if {@code url} (scheme in lower case) is of a scheme that reads {@code \} as {@code /}. */
    static boolean slashingScheme(String url) {
        return SLASHING_SCHEME.matcher(url).find();
    }

    /** {@code url} with every {@code \} before the first {@code ?} or {@code #} turned into {@code /}. */
    static String backslashesToSlashes(String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                end = i;
                break;
            }
        }
        return url.substring(0, end).replace('\\', '/') + url.substring(end);
    }
}
