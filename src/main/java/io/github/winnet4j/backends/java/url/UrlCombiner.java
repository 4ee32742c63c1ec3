package io.github.winnet4j.backends.java.url;

import io.github.winnet4j.raw.WinInetConstants;

/**
 * InternetCombineUrl on strings: resolves a relative URL against a base the Windows way, then
 * canonicalizes the result per the ICU_* flags.
 *
 * <p>Where Windows departs from RFC 3986 (and from {@code java.net.URI.resolve}):
 * <ul>
 * <li>the base is simplified before the merge: {@code /a/../b/..} + {@code c/..} gives {@code /};</li>
 * <li>a relative URL that repeats the base's scheme without {@code //} ({@code http:g}) is still
 *     relative: {@code http://a/b/c} + {@code http:g} gives {@code http://a/b/g};</li>
 * <li>{@code \} is a separator in web URLs, whitespace is trimmed, unsafe characters encoded;</li>
 * <li>a relative part that is a DOS drive path ({@code E:}, {@code E:\x}, {@code E|/x}) is a file URL of its
 *     own, whatever the base (shlwapi's {@code TEST_COMBINE}: {@code C:\Test\test.txt} gives
 *     {@code file:///C:/Test/test.txt}; a one-letter "scheme" is a drive: {@code misc_tests},
 *     {@code q:a} gives {@code file:///q:a});</li>
 * <li>file URLs come out as {@code file:///C:/x}, or as {@code file://C:\x} with ICU_ESCAPE
 *     (the bit shlwapi calls URL_WININET_COMPATIBILITY).</li>
 * </ul>
 */
public final class UrlCombiner {
    private UrlCombiner() {
    }

    /** The URL {@code relative} names when read against {@code base}, canonicalized per {@code flags}. */
    public static String combine(String base, String relative, int flags) {
        boolean wininetFileForm = (flags & WinInetConstants.ICU_ESCAPE) != 0;
        int structuralFlags = WinInetConstants.ICU_NO_ENCODE | (flags & WinInetConstants.ICU_NO_META);
        String rel = Whitespace.clean(relative);
        String simplifiedBase = UrlCanonicalizer.canonicalize(base, structuralFlags, false);
        String merged = merge(ParsedUrl.parse(simplifiedBase), rel);
        return UrlCanonicalizer.canonicalize(merged, flags, wininetFileForm);
    }

    private static String merge(ParsedUrl base, String rel) {
        if (rel.isEmpty()) {
            return base.format();
        }
        if (FileUrls.startsWithDrive(rel)) {
            return rel;
        }
        String relScheme = ParsedUrl.schemeOf(rel);
        if (relScheme != null) {
            String rest = rel.substring(relScheme.length() + 1);
            boolean sameScheme = base.scheme() != null && relScheme.equalsIgnoreCase(base.scheme());
            if (!sameScheme || rest.startsWith("//")) {
                return rel;
            }
            rel = rest;
            if (rel.isEmpty()) {
                return base.format();
            }
        }
        boolean webLike = base.knownScheme().webLike() || base.knownScheme() == UrlScheme.FILE;
        String relSlashed = webLike ? slashesUpToQuery(rel) : rel;
        if (relSlashed.startsWith("//")) {
            return base.schemePrefix() + relSlashed;
        }
        if (relSlashed.startsWith("/")) {
            return base.schemePrefix() + base.authorityPrefix() + relSlashed;
        }
        if (relSlashed.startsWith("#")) {
            return base.schemePrefix() + base.authorityPrefix() + base.path() + base.query() + relSlashed;
        }
        if (relSlashed.startsWith("?")) {
            return base.schemePrefix() + base.authorityPrefix() + base.path() + relSlashed;
        }
        String path = base.path();
        int lastSlash = path.lastIndexOf('/');
        String directory = lastSlash < 0 ? "" : path.substring(0, lastSlash + 1);
        if (directory.isEmpty() && base.authority() != null) {
            directory = "/";
        }
        return base.schemePrefix() + base.authorityPrefix() + directory + relSlashed;
    }

    private static String slashesUpToQuery(String rel) {
        int end = rel.length();
        int q = rel.indexOf('?');
        int h = rel.indexOf('#');
        if (q >= 0) {
            end = q;
        }
        if (h >= 0 && h < end) {
            end = h;
        }
        return rel.substring(0, end).replace('\\', '/') + rel.substring(end);
    }
}
