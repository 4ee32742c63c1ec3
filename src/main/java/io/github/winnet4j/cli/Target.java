package io.github.winnet4j.cli;

import io.github.winnet4j.api.UrlParts;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.api.WinUrls;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An http(s) URL split by InternetCrackUrlW into what a connection and a request need.
 *
 * @param url      the URL as given
 * @param secure   https
 * @param host     the host name
 * @param port     the port (the scheme's default when the URL has none)
 * @param resource the path and query for the request line ({@code "/"} at least)
 * @param user     the decoded user name from the URL, or empty
 * @param password the decoded password from the URL, or empty
 */
record Target(String url, boolean secure, String host, int port, String resource, String user, String password) {

    static Target of(WinUrls urls, String url) throws WinInetException {
        UrlParts p = urls.crack(url);
        String scheme = p.scheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new CliFailure(ExitCodes.BAD_URL, "'" + url + "' is not an http or https URL"
                    + (scheme.equals("ftp") ? "; for FTP use winnet ftp" : ""));
        }
        if (p.host().isEmpty()) {
            throw new CliFailure(ExitCodes.BAD_URL, "'" + url + "' has no host");
        }
        String path = p.path().isEmpty() ? "/" : p.path();
        String extra = p.extra();
        int hash = extra.indexOf('#');
        if (hash >= 0) {
            extra = extra.substring(0, hash); // the fragment stays with the client
        }
        return new Target(url, scheme.equals("https"), p.host(), p.port(), path + extra,
                percentDecode(p.user()), percentDecode(p.password()));
    }

    /** Whether {@code other} is the same scheme, host and port (credentials may go there too). */
    boolean sameOrigin(Target other) {
        return secure == other.secure && host.equalsIgnoreCase(other.host) && port == other.port;
    }

    /** {@code host:port} as in a Host header (the port only when not the scheme's default). */
    String authority() {
        boolean defaultPort = port == (secure ? 443 : 80);
        String h = host.contains(":") ? "[" + host + "]" : host;
        return defaultPort ? h : h + ":" + port;
    }

    /** %XX escapes decoded as UTF-8 ('+' stays '+': this is a URL, not a form). */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
