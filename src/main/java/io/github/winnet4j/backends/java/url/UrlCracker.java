package io.github.winnet4j.backends.java.url;

import io.github.winnet4j.backends.java.url.CrackedUrl.Component;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

/**
 * InternetCrackUrl on strings: {@code scheme:[//[user[:password]@]host[:port]][path][extra]}.
 *
 * <p>Windows' rules, which are not RFC 3986's:
 * <ul>
 * <li>the scheme is any run of letters, digits, {@code + - .} before a colon, so {@code C:\file.txt}
 *     has scheme {@code C}; no colon at all is ERROR_INTERNET_UNRECOGNIZED_SCHEME;</li>
 * <li>the "extra info" is everything from the first {@code ?} (or, without one, the first
 *     {@code #}) to the end, query and fragment together; it is split from the path only if the
 *     caller asks for it, else it stays in the path;</li>
 * <li>the port is the scheme's default (http 80, https 443, ftp 21, others 0) when none is given;
 *     a port that is not a number up to 65535 is ERROR_INTERNET_INVALID_URL;</li>
 * <li>{@code res://} hosts have no port; a {@code file://} "host" of one letter is a drive, not a
 *     host; an IPv6 literal keeps its brackets ({@code [::1]});</li>
 * <li>in a copy, a file URL's path is a DOS path ({@code file:///C:/a%20b} gives
 *     {@code C:\a b}); ICU_DECODE (and ICU_ESCAPE, which Microsoft documents alike) decode
 *     {@code %XX} in copied components.</li>
 * </ul>
 */
public final class UrlCracker {
    private UrlCracker() {
    }

    /**
     * Cracks {@code url}.
     *
     * @param splitExtra true if the caller wants the extra info apart (else it stays in the path)
     * @throws UrlException with ERROR_INTERNET_UNRECOGNIZED_SCHEME or ERROR_INTERNET_INVALID_URL
     */
    public static CrackedUrl crack(String url, int flags, boolean splitExtra) throws UrlException {
        int colon = schemeEnd(url);
        if (colon <= 0) {
            throw new UrlException(WinInetErrors.ERROR_INTERNET_UNRECOGNIZED_SCHEME, "no scheme in URL");
        }
        boolean decode = (flags & (WinInetConstants.ICU_DECODE | WinInetConstants.ICU_ESCAPE)) != 0;
        UrlScheme scheme = UrlScheme.ofName(url.substring(0, colon));
        int end = url.length();
        int extraAt = url.indexOf('?', colon);
        if (extraAt < 0) {
            extraAt = url.indexOf('#', colon);
        }
        Component extra = extraAt < 0 ? Component.ABSENT : part(url, extraAt, end, decode);
        Component user = Component.ABSENT;
        Component password = Component.ABSENT;
        Component host = Component.ABSENT;
        int port = 0;
        int cursor = colon + 1;
        if (url.startsWith("//", cursor)) {
            cursor += 2;
            int netLocEnd = url.indexOf('/', cursor);
            if (netLocEnd < 0 || (extraAt >= 0 && extraAt < netLocEnd)) {
                netLocEnd = extraAt >= 0 ? extraAt : end;
            }
            int at = url.indexOf('@', cursor);
            if (at >= 0 && at < netLocEnd) {
                int passwordColon = url.lastIndexOf(':', at - 1);
                if (passwordColon >= cursor) {
                    user = part(url, cursor, passwordColon, decode);
                    password = part(url, passwordColon + 1, at, decode);
                } else {
                    user = part(url, cursor, at, decode);
                }
                cursor = at + 1;
            }
            int portColon = portColon(url, cursor, netLocEnd, scheme);
            int hostEnd = portColon >= 0 ? portColon : netLocEnd;
            if (scheme != UrlScheme.FILE || hostEnd > cursor + 1) {
                host = part(url, cursor, hostEnd, decode);
                port = portColon >= 0 ? parsePort(url, portColon + 1, netLocEnd, scheme) : scheme.crackDefaultPort();
                if (host.length() == 0 && (scheme.webLike() && scheme != UrlScheme.GOPHER)) {
                    throw new UrlException(WinInetErrors.ERROR_INTERNET_INVALID_URL, "URL has no host name");
                }
                cursor = netLocEnd;
            }
        }
        int pathEnd = splitExtra && extraAt >= 0 ? extraAt : end;
        if (extraAt >= 0 && cursor > extraAt) {
            pathEnd = cursor;
        }
        Component path = path(url, cursor, pathEnd, scheme, decode);
        return new CrackedUrl(scheme, part(url, 0, colon, false), host, port, user, password, path, extra);
    }

    /** Index of the colon ending the scheme, or -1 if {@code url} does not start with one. */
    static int schemeEnd(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i;
            }
            boolean schemeChar = (c < 0x80 && Character.isLetterOrDigit(c)) || c == '+' || c == '.' || c == '-';
            if (!schemeChar) {
                return -1;
            }
        }
        return -1;
    }

    private static int portColon(String url, int hostStart, int netLocEnd, UrlScheme scheme) {
        if (scheme == UrlScheme.RES) {
            return -1;
        }
        int from = hostStart;
        if (hostStart < netLocEnd && url.charAt(hostStart) == '[') {
            int close = url.indexOf(']', hostStart);
            if (close >= 0 && close < netLocEnd) {
                from = close;
            }
        }
        int colon = url.lastIndexOf(':', netLocEnd - 1);
        return colon >= from ? colon : -1;
    }

    private static int parsePort(String url, int start, int end, UrlScheme scheme) throws UrlException {
        if (start == end) {
            return scheme.crackDefaultPort();
        }
        if (end - start > 5) {
            throw new UrlException(WinInetErrors.ERROR_INTERNET_INVALID_URL, "port out of range");
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c < '0' || c > '9') {
                throw new UrlException(WinInetErrors.ERROR_INTERNET_INVALID_URL, "port is not a number");
            }
            value = value * 10 + (c - '0');
        }
        if (value > WinInetConstants.INTERNET_MAX_PORT_NUMBER_VALUE) {
            throw new UrlException(WinInetErrors.ERROR_INTERNET_INVALID_URL, "port out of range");
        }
        return value;
    }

    private static Component path(String url, int start, int end, UrlScheme scheme, boolean decode) {
        String raw = url.substring(start, end);
        String text = raw;
        if (scheme == UrlScheme.FILE && !raw.isEmpty()) {
            text = FileUrls.toDosPath(raw);
        }
        return new Component(start, end - start, decode ? PercentCodec.unescape(text) : text);
    }

    private static Component part(String url, int start, int end, boolean decode) {
        String raw = url.substring(start, end);
        return new Component(start, end - start, decode ? PercentCodec.unescape(raw) : raw);
    }
}
