package io.github.winnet4j.backends.java.url;

import io.github.winnet4j.raw.WinInetConstants;

import java.util.Locale;
import java.util.Set;

/**
 * InternetCanonicalizeUrl on strings: trims whitespace, removes {@code .} and {@code ..}
 * segments, decodes and encodes per the ICU_* flags.
 *
 * <ul>
 * <li>default: unsafe characters of the path become {@code %XX}; the query and the fragment are
 *     left as they are ({@code #>} stays), an existing {@code %XX} is kept.</li>
 * <li>ICU_NO_ENCODE: nothing is encoded; ICU_ENCODE_SPACES_ONLY: only spaces;
 *     ICU_ENCODE_PERCENT: {@code %} too ({@code %27} becomes {@code %2527}).</li>
 * <li>ICU_DECODE: {@code %XX} is decoded first (then re-encoded per the other flags);
 *     ICU_BROWSER_MODE keeps it from decoding the query and fragment.</li>
 * <li>ICU_NO_META: {@code .} and {@code ..} stay.</li>
 * </ul>
 * Leading and trailing whitespace and control characters go, as do tabs and line breaks inside.
 * A URL of a scheme with a host (http, https, ftp, gopher, news, res) and an empty path gets
 * {@code /}, and its host is lower-cased (Wine's shlwapi tests, {@code http_tests}, run on Windows
 * for each of those prefixes: {@code //a} gives {@code //a/}; {@code misc_tests}:
 * {@code hTtP://A/b/../../C} gives {@code http://a/C}); the scheme is lower-cased. In such a URL
 * a path whose first segment is {@code .} or {@code ..} keeps all its dot segments
 * ({@code http_tests}: {@code //a/./b/./../} and {@code //a/.} stay as they are). Opaque schemes
 * (about, javascript, mailto, shell, vbscript) keep their dot segments too ({@code opaque_tests}).
 */
public final class UrlCanonicalizer {
    private static final Set<String> OPAQUE_SCHEMES = Set.of("about", "javascript", "mailto", "shell", "vbscript");

    private UrlCanonicalizer() {
    }

    /** Canonical form of {@code url} per InternetCanonicalizeUrl (file URLs in WinINet form). */
    public static String canonicalize(String url, int flags) {
        return canonicalize(url, flags, true);
    }

    /**
     * Canonical form of {@code url}; {@code wininetFileForm} selects {@code file://C:\x} over
     * {@code file:///C:/x} for file URLs.
     */
    static String canonicalize(String url, int flags, boolean wininetFileForm) {
        String cleaned = Whitespace.clean(url);
        if (ParsedUrl.schemeOf(cleaned) == null && FileUrls.startsWithDrive(cleaned)) {
            cleaned = "file:///" + cleaned;
        }
        ParsedUrl parsed = ParsedUrl.parse(cleaned);
        UrlScheme scheme = parsed.knownScheme();
        if (parsed.scheme() != null && !scheme.hierarchical() && scheme != UrlScheme.RES
                && parsed.authority() == null && !parsed.path().startsWith("/")) {
            return parsed.schemePrefix() + cleaned.substring(parsed.scheme().length() + 1);
        }
        boolean decode = has(flags, WinInetConstants.ICU_DECODE);
        boolean decodeExtra = decode && !has(flags, WinInetConstants.ICU_BROWSER_MODE);
        if (scheme == UrlScheme.FILE) {
            String rest = cleaned.substring(parsed.scheme().length() + 1);
            int queryAt = rest.indexOf('?');
            String query = queryAt < 0 ? "" : rest.substring(queryAt);
            String beforeQuery = (queryAt < 0 ? rest : rest.substring(0, queryAt)).replace('\\', '/');
            String canonical = FileUrls.canonicalize(beforeQuery, wininetFileForm, p -> pathStep(p, flags, true));
            return canonical + (decodeExtra ? PercentCodec.unescape(query) : query);
        }
        boolean hostScheme = scheme.webLike() || scheme == UrlScheme.NEWS || scheme == UrlScheme.RES;
        boolean keepDots = opaque(parsed.scheme())
                || (hostScheme && parsed.authority() != null
                        && DotSegments.startsWithDotSegment(parsed.path(), scheme == UrlScheme.FTP));
        int pathFlags = keepDots ? flags | WinInetConstants.ICU_NO_META : flags;
        String path = pathStep(parsed.path(), pathFlags, false, scheme == UrlScheme.FTP);
        if (path.isEmpty() && parsed.authority() != null && hostScheme) {
            path = "/";
        }
        String authority = parsed.authority();
        if (authority != null && decode) {
            authority = PercentCodec.unescape(authority);
        }
        if (authority != null && hostScheme) {
            authority = lowerCaseHost(authority);
        }
        String query = decodeExtra ? PercentCodec.unescape(parsed.query()) : parsed.query();
        String fragment = decodeExtra ? PercentCodec.unescape(parsed.fragment()) : parsed.fragment();
        return new ParsedUrl(parsed.scheme(), authority, path, query, fragment).format();
    }

    /**
     * True for the opaque schemes (about, javascript, mailto, shell, vbscript: shlwapi's
     * {@code UrlIs(URLIS_OPAQUE)}), whose part after the colon canonicalization leaves as it is,
     * {@code //} and dot segments included (Wine's shlwapi tests, {@code opaque_tests}:
     * {@code about://a/b/./c/../d\e} stays as it is).
     */
    static boolean opaque(String scheme) {
        return scheme != null && OPAQUE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
    }

    /** {@code authority} with the host (after any user info) in lower case; ASCII letters only. */
    static String lowerCaseHost(String authority) {
        int at = authority.lastIndexOf('@') + 1;
        StringBuilder out = new StringBuilder(authority);
        for (int i = at; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return out.toString();
    }

    /** Dot-segment removal, decoding and encoding of one path, per the flags. */
    static String pathStep(String path, int flags, boolean filePath) {
        return pathStep(path, flags, filePath, false);
    }

    /** As {@link #pathStep(String, int, boolean)}; {@code \} separates segments if {@code backslashSeparates}. */
    static String pathStep(String path, int flags, boolean filePath, boolean backslashSeparates) {
        String result = has(flags, WinInetConstants.ICU_NO_META) ? path : DotSegments.remove(path, backslashSeparates);
        if (has(flags, WinInetConstants.ICU_DECODE)) {
            result = PercentCodec.unescape(result);
        }
        PercentCodec.Mode mode = escapeMode(flags);
        result = PercentCodec.escape(result, mode, has(flags, WinInetConstants.ICU_ENCODE_PERCENT), "");
        if (filePath && mode == PercentCodec.Mode.UNSAFE) {
            result = result.replace("#", "%23");
        }
        return result;
    }

    /** Which characters the ICU_* flags ask to encode. */
    static PercentCodec.Mode escapeMode(int flags) {
        if (has(flags, WinInetConstants.ICU_ENCODE_SPACES_ONLY)) {
            return PercentCodec.Mode.SPACES;
        }
        return has(flags, WinInetConstants.ICU_NO_ENCODE) ? PercentCodec.Mode.NONE : PercentCodec.Mode.UNSAFE;
    }

    private static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }
}
