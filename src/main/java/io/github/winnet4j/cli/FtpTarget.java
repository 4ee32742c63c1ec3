package io.github.winnet4j.cli;

import io.github.winnet4j.api.UrlParts;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.api.WinUrls;

/**
 * An {@code ftp://[user[:password]@]host[:port]/path} URL. As in curl, the path is relative to the
 * login directory ({@code ftp://host/a.txt} is {@code a.txt} there); {@code %2F} starts an absolute
 * one ({@code ftp://host/%2Fpub/a.txt} is {@code /pub/a.txt}).
 *
 * @param host     the host
 * @param port     the control port (21 by default)
 * @param path     the decoded remote path, relative to the login directory; empty for the directory itself
 * @param user     the decoded user name from the URL, or empty
 * @param password the decoded password from the URL, or empty
 */
record FtpTarget(String host, int port, String path, String user, String password) {

    static FtpTarget of(WinUrls urls, String url) throws WinInetException {
        UrlParts p = urls.crack(url);
        if (!p.scheme().equalsIgnoreCase("ftp")) {
            throw new CliFailure(ExitCodes.BAD_URL, "'" + url + "' is not an ftp:// URL");
        }
        if (p.host().isEmpty()) {
            throw new CliFailure(ExitCodes.BAD_URL, "'" + url + "' has no host");
        }
        String path = p.path().startsWith("/") ? p.path().substring(1) : p.path();
        return new FtpTarget(p.host(), p.port(), Target.percentDecode(path), Target.percentDecode(p.user()),
                Target.percentDecode(p.password()));
    }

    /** The path with {@code name} appended when the path names a directory (empty or ending in '/'). */
    String orChild(String name) {
        return path.isEmpty() || path.endsWith("/") ? path + name : path;
    }

    /** The path or, when empty, the login directory. */
    String pathOrHere() {
        return path.isEmpty() ? "." : path;
    }
}
