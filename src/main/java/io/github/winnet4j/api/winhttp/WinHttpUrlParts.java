package io.github.winnet4j.api.winhttp;

/**
 * A URL split the way WinHttpCrackUrl splits it.
 *
 * @param scheme     e.g. {@code "https"}
 * @param schemeType WinHTTP's INTERNET_SCHEME_* (1 HTTP, 2 HTTPS; not WinINet's numbers)
 * @param host       the host name, or empty
 * @param port       the port (the scheme's default when the URL has none)
 * @param user       the user name, or empty
 * @param password   the password, or empty
 * @param path       the path, e.g. {@code "/a/b.html"}
 * @param extra      the query and fragment, e.g. {@code "?q=1#top"}
 */
public record WinHttpUrlParts(String scheme, int schemeType, String host, int port, String user,
                              String password, String path, String extra) {

    /** Redacts the password, so that the record can be logged. */
    @Override
    public String toString() {
        return "WinHttpUrlParts[scheme=" + scheme + ", host=" + host + ", port=" + port + ", user=" + user
                + ", password=" + (password.isEmpty() ? "" : "***") + ", path=" + path + ", extra=" + extra + "]";
    }
}
