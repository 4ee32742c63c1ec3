package io.github.winnet4j.hardening;

import static io.github.winnet4j.raw.WinInetConstants.ICU_DECODE;

/**
 * The inputs Wine 8.0's InternetCrackUrlW faults on ("Invalid memory access" from inside the
 * call), which the fuzz tests must not pass to the DLL under Wine: a crash inside the DLL is no
 * answer to compare or check, and it may leave the process in a bad state. Everywhere else
 * (the java backend, Windows) nothing is skipped.
 *
 * <p>Reduced by hand: {@code InternetCrackUrlW("h:/::1_]:99999999999999999999/y?:=%", ICU_DECODE)}
 * crashes, while the same URL without {@code "y?:=%"}, or without ICU_DECODE, cracks. Wine
 * canonicalizes a URL whose second character is ':' as a DOS drive path into a file URL first
 * (with ICU_DECODE, which canonicalizes before cracking); the crash is in cracking a file URL
 * that has a query or fragment. Probed under Wine with 128,000 generated (URL, flags) pairs:
 * all 1,406 crashes had the shape below, with flags 0 and ICU_ESCAPE only for "file:" URLs.
 * The 100,000-input runs found more: the drive check looks at the URL as given, so a TAB, CR or
 * LF first character followed by ':' counts as a drive letter too ({@code "\r:\\\\::1]/x///\t?b.html"}
 * with ICU_DECODE | ICU_ESCAPE); a scheme that is a prefix of "file" is a file URL to Wine, which
 * matches a scheme over the scheme's own length ({@code "fil://a..b?c;p=1=%"}, no flags); and
 * with ICU_DECODE, inputs of no file shape at all ("fil://", U+2029, " 27.0.0.1?V=:#a b").
 * So beyond the shape skipped up front ({@link #skip}), a crash is tolerated, counted and not
 * compared, under Wine for a broader shape ({@link #tolerated}): a query or fragment, and
 * ICU_DECODE or a file scheme. A crash on any other input still fails.
 */
final class WineCrackUrlCrash {
    /** Set by native-tests/run in its Wine mode only. */
    static final boolean UNDER_WINE = Boolean.getBoolean("winnet4j.wine");

    private WineCrackUrlCrash() {
    }

    /** Whether {@code url} cracked with {@code flags} must be skipped: under Wine and of the crashing shape. */
    static boolean skip(String url, int flags) {
        return UNDER_WINE && crashingShape(url, flags);
    }

    /**
     * A file URL (scheme "file:" or, as Wine reads schemes, a prefix of it; or with ICU_DECODE a
     * one-character "scheme" that Wine takes for a DOS drive) with a query or fragment. The scheme
     * test is made on the URL with TAB, CR and LF dropped (as the DLL drops them before cracking)
     * and, for the drive, also on the URL as given (the DLL's drive check sees the characters
     * before they are dropped).
     */
    static boolean crashingShape(String url, int flags) {
        if (!hasQueryOrFragment(url)) {
            return false;
        }
        String s = withoutTabsAndLineBreaks(url);
        if (fileScheme(s)) {
            return true;
        }
        return (flags & ICU_DECODE) != 0 && (secondIsColon(s) || secondIsColon(url));
    }

    /**
     * Whether a crash inside InternetCrackUrlW on {@code url} with {@code flags} is Wine's known
     * fault rather than a failure: under Wine, a query or fragment, and ICU_DECODE or a file URL.
     */
    static boolean tolerated(String url, int flags) {
        return UNDER_WINE && hasQueryOrFragment(url)
                && ((flags & ICU_DECODE) != 0 || fileScheme(withoutTabsAndLineBreaks(url)));
    }

    /**
     * For a crash ({@code e}) inside InternetCrackUrlW: returns when it is Wine's known fault (the
     * DLL's, {@code dll}, and {@link #tolerated}), for the caller to count; fails the test naming
     * the input otherwise.
     */
    static void requireTolerated(boolean dll, String url, int flags, Error e) {
        if (!(dll && tolerated(url, flags))) {
            throw new AssertionError("crash in InternetCrackUrlW, flags 0x" + Integer.toHexString(flags)
                    + ", input " + FuzzText.show(url), e);
        }
    }

    private static boolean hasQueryOrFragment(String url) {
        return url.indexOf('?') >= 0 || url.indexOf('#') >= 0;
    }

    private static String withoutTabsAndLineBreaks(String url) {
        return url.replace("\t", "").replace("\r", "").replace("\n", "");
    }

    /**
     * A scheme Wine takes for "file": itself or a non-empty prefix of it ("f:", "fi:", "fil:"), as
     * Wine 8.0 matches a scheme over its own length (see KnownUrlDifferences, wine-scheme-prefix).
     */
    private static boolean fileScheme(String s) {
        int colon = s.indexOf(':');
        return colon > 0 && colon <= 4 && "file".regionMatches(true, 0, s, 0, colon);
    }

    private static boolean secondIsColon(String s) {
        return s.length() >= 2 && s.charAt(1) == ':';
    }
}
