package io.github.winnet4j.backends.java;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the URL text WinINet accepts (spaces, non-ASCII characters) into a {@link URI}, escaping
 * what {@code java.net.URI} would refuse, the way WinINet escapes a path before sending it.
 */
final class UrlText {
    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "-._~:/?#[]@!$&'()*+,;=%";

    private UrlText() {
    }

    /** The URI for this text, or {@code null} when it cannot be one. */
    static URI parse(String text) {
        try {
            return new URI(escape(text));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Percent-escapes (UTF-8) every character a URI may not contain literally. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && ALLOWED.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** {@code scheme://host[:port]path} with the port left out when it is the scheme's default. */
    static URI of(boolean secure, String host, int port, String path) {
        String scheme = secure ? "https" : "http";
        int defaultPort = secure ? 443 : 80;
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String p = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
        return parse(scheme + "://" + h + (port == 0 || port == defaultPort ? "" : ":" + port) + p);
    }
}
