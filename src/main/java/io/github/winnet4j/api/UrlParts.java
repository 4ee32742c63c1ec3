package io.github.winnet4j.api;

/**
 * A URL split the way InternetCrackUrlW splits it.
 *
 * @param scheme     e.g. {@code "https"}
 * @param schemeType the INTERNET_SCHEME_* value
 * @param host       the host name, or empty
 * @param port       the port (the scheme's default when the URL has none)
 * @param user       the user name, or empty
 * @param password   the password, or empty
 * @param path       the path, e.g. {@code "/a/b.html"}
 * @param extra      the query and fragment, e.g. {@code "?q=1#top"}
 */
public record UrlParts(String scheme, int schemeType, String host, int port, String user,
                       String password, String path, String extra) {

    /** Redacts the password, so that the record can be logged. */
    @Override
    public String toString() {
        return "UrlParts[scheme=" + scheme + ", host=" + host + ", port=" + port + ", user=" + user
                + ", password=" + (password.isEmpty() ? "" : "***") + ", path=" + path + ", extra=" + extra + "]";
    }
}
