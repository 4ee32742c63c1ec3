package io.github.winnet4j.backends.java.url;

import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.raw.WinInetConstants;

/**
 * InternetCreateUrl on strings: {@code scheme:[//][user[:password]@][host[:port]][/]path extra}.
 *
 * <p>Windows' rules: the scheme text wins over {@code nScheme} (which is only used, with
 * INTERNET_SCHEME_DEFAULT meaning http, when the text is absent); {@code //} is written for http,
 * https, ftp, gopher and file, and for any scheme when there is a host; the port is written only
 * with a host and only when it is not 0 and not the scheme's own ({@code nhttp://h:80});
 * a password without a user name is ERROR_INVALID_PARAMETER; a path not starting with {@code /}
 * gets one after the host. ICU_ESCAPE encodes spaces, controls and {@code " < >} in the path
 * and extra info.
 */
public final class UrlCreator {
    private static final String KEEP_IN_PATH = "{}|\\^[]`&";

    private UrlCreator() {
    }

    /**
     * The URL built from {@code parts}.
     *
     * @throws UrlException ERROR_INVALID_PARAMETER for a password without a user name or an
     *     unknown {@code nScheme} without scheme text
     */
    public static String create(UrlParts parts, int flags) throws UrlException {
        String schemeText = parts.schemeName();
        UrlScheme scheme;
        if (schemeText != null) {
            scheme = UrlScheme.ofName(schemeText);
        } else {
            UrlScheme byCode = UrlScheme.ofCode(parts.schemeCode());
            scheme = byCode == UrlScheme.DEFAULT ? UrlScheme.HTTP : byCode;
            if (scheme == null || scheme.schemeName() == null) {
                throw new UrlException(WinError.ERROR_INVALID_PARAMETER, "no scheme name and no known nScheme");
            }
            schemeText = scheme.schemeName();
        }
        if (parts.password() != null && parts.userName() == null) {
            throw new UrlException(WinError.ERROR_INVALID_PARAMETER, "password without user name");
        }
        StringBuilder url = new StringBuilder(schemeText).append(':');
        if (scheme.hierarchical() || parts.hostName() != null) {
            url.append("//");
        }
        if (parts.userName() != null) {
            url.append(parts.userName());
            if (parts.password() != null) {
                url.append(':').append(parts.password());
            }
            url.append('@');
        }
        String path = parts.urlPath();
        String extra = parts.extraInfo();
        if ((flags & WinInetConstants.ICU_ESCAPE) != 0) {
            path = path == null ? null : PercentCodec.escape(path, PercentCodec.Mode.UNSAFE, false, KEEP_IN_PATH);
            extra = extra == null ? null : PercentCodec.escape(extra, PercentCodec.Mode.UNSAFE, false, KEEP_IN_PATH);
        }
        if (parts.hostName() != null) {
            url.append(parts.hostName());
            if (!scheme.omitsPortInCreate(parts.port())) {
                url.append(':').append(parts.port());
            }
            if (path != null && !path.startsWith("/")) {
                url.append('/');
            }
        }
        if (path != null) {
            url.append(path);
        }
        if (extra != null) {
            url.append(extra);
        }
        return url.toString();
    }
}
