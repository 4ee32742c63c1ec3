package io.github.winnet4j.api;

/**
 * Whether a URL names a user ({@code scheme://user[:password]@host/...}): such a URL brings its own
 * credentials, so WinINet may authenticate with them.
 */
final class UrlCredentials {
    private UrlCredentials() {
    }

    /** True when the authority of {@code url} has a user part. */
    static boolean present(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return false;
        }
        start += 3;
        int end = start;
        while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.lastIndexOf('@', end - 1) >= start;
    }
}
