package io.github.winnet4j.backends.java.url;

import java.util.Locale;

/**
 * A URL split for canonicalization and combination: {@code scheme:[//authority]path[?query][#fragment]}.
 *
 * <p>{@code scheme} is {@code null} for a relative reference, {@code authority} is {@code null}
 * when there is no {@code //}; {@code query} and {@code fragment} keep their leading {@code ?}
 * and {@code #} and are empty when absent. For http, https, gopher and file a {@code \} counts as
 * {@code /} up to the query (ftp keeps it: see {@link DotSegments}); file URLs have no fragment ({@code #} is part of the file name).
 */
record ParsedUrl(String scheme, String authority, String path, String query, String fragment) {

    /** Splits {@code url}; never fails (anything that is not a scheme is a relative path). */
    static ParsedUrl parse(String url) {
        String scheme = schemeOf(url);
        UrlScheme known = UrlScheme.ofName(scheme);
        String rest = scheme == null ? url : url.substring(scheme.length() + 1);
        boolean fragments = known != UrlScheme.FILE;
        int queryAt = rest.indexOf('?');
        int hashAt = fragments ? rest.indexOf('#') : -1;
        if (hashAt >= 0 && queryAt > hashAt) {
            queryAt = -1;
        }
        int pathEnd = firstOf(rest.length(), queryAt, hashAt);
        String beforeQuery = rest.substring(0, pathEnd);
        if ((known.webLike() && known != UrlScheme.FTP) || known == UrlScheme.FILE) {
            beforeQuery = beforeQuery.replace('\\', '/');
        }
        String authority = null;
        String path = beforeQuery;
        if (beforeQuery.startsWith("//")) {
            int slash = beforeQuery.indexOf('/', 2);
            authority = slash < 0 ? beforeQuery.substring(2) : beforeQuery.substring(2, slash);
            path = slash < 0 ? "" : beforeQuery.substring(slash);
        }
        String query = queryAt < 0 ? "" : rest.substring(queryAt, hashAt < 0 ? rest.length() : hashAt);
        String fragment = hashAt < 0 ? "" : rest.substring(hashAt);
        return new ParsedUrl(scheme, authority, path, query, fragment);
    }

    /** The scheme name (two characters or more, so {@code C:\x} is a path), or {@code null}. */
    static String schemeOf(String url) {
        int colon = url.indexOf(':');
        if (colon < 2) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            boolean ok = (c < 0x80 && Character.isLetterOrDigit(c)) || c == '+' || c == '-' || c == '.';
            if (!ok || (i == 0 && !Character.isLetter(c))) {
                return null;
            }
        }
        return url.substring(0, colon);
    }

    /** The scheme as a table entry ({@link UrlScheme#UNKNOWN} for none or an unlisted one). */
    UrlScheme knownScheme() {
        return UrlScheme.ofName(scheme);
    }

    /** {@code scheme:} in lower case, or the empty string for a relative reference. */
    String schemePrefix() {
        return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT) + ":";
    }

    /** {@code //authority}, or the empty string when there is none. */
    String authorityPrefix() {
        return authority == null ? "" : "//" + authority;
    }

    /** The URL put back together. */
    String format() {
        return schemePrefix() + authorityPrefix() + path + query + fragment;
    }

    private static int firstOf(int otherwise, int a, int b) {
        int result = otherwise;
        if (a >= 0) {
            result = Math.min(result, a);
        }
        if (b >= 0) {
            result = Math.min(result, b);
        }
        return result;
    }
}
