package io.github.winnet4j.hardening;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.winnet4j.raw.WinInetConstants.ICU_ESCAPE;

/**
 * The known differences between the java backend's URL functions and wininet.dll's, each with an
 * example input and both answers as observed, and which side the deviation is on where that is
 * known. {@link FuzzUrlBackendsAgreeTest} fails on any difference not listed here.
 *
 * <p>Observed against Wine 8.0's wininet.dll (the Wine stage, seed 0x5EED2026, 3,000 inputs ×
 * crack/canonicalize/combine): 3,788 of 8,928 comparisons differed. 938 are pinned as Wine
 * deviations with evidence of what Windows does (Wine's conformance tests, which pass on Windows:
 * shlwapi and wininet {@code tests/*.c}): the {@link #WINE_STEPS}, found by asking the DLL again,
 * and the {@code wine-*} rules of {@link #ALL}. The rest are on inputs of an odd shape, grouped
 * by that shape (the first rule that matches names the group); no test evidence covers them.
 * Rules look at the input only, except where the kind of answer pins the cause; a difference on a
 * plain input (lower-case known scheme, "//", a plain authority, no controls, backslashes or percent
 * signs) matches none of the shape rules and fails the test.
 */
final class KnownUrlDifferences {
    /** One documented difference: the example is for the reader; the rule matches its kind. */
    record Known(String id, String whichSide, String example, Predicate<FuzzUrlBackendsAgreeTest.Difference> rule) {
    }

    /** The schemes InternetCrackUrlW knows by name (the INTERNET_SCHEME_* values with a name). */
    private static final List<String> WININET_SCHEMES =
            List.of("ftp", "gopher", "http", "https", "file", "news", "mailto", "res");
    /** Schemes the generator spells properly: anything else is an odd scheme. */
    private static final Set<String> PLAIN_SCHEMES =
            Set.of("http", "https", "ftp", "file", "gopher", "mailto", "news", "res", "about", "javascript");
    private static final Pattern SCHEME = Pattern.compile("^([^:/?#]*):");
    /** A scheme as Windows reads one: two or more of ASCII letters, digits, {@code + - .}. */
    private static final Pattern WINDOWS_SCHEME = Pattern.compile("^[A-Za-z0-9+.-]{2,}:");
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\x00-\\x20\\x7f-\\xa0\\u2028\\u2029\\ufeff]");
    private static final Pattern AUTHORITY = Pattern.compile("^[a-z]+://([^/?#]*)");
    private static final Pattern PLAIN_PORT = Pattern.compile(":(\\d{1,5})$");

    /** Ids given by asking the DLL again with one of Windows' first steps applied (see below). */
    static final String WINE_KEEPS_WHITESPACE = "wine-keeps-whitespace-windows-strips";
    static final String WINE_KEEPS_SCHEME_CASE = "wine-keeps-scheme-case";
    static final String WINE_KEEPS_HOST_CASE = "wine-keeps-host-case";
    static final String WINE_KEEPS_BACKSLASHES = "wine-keeps-backslashes";

    /**
     * Canonicalize and combine differences the test pins by asking the DLL again with the inputs
     * already taken through a first step Windows is documented to take ({@link WindowsUrlNormalization}
     * has the evidence), cumulatively in this order: when the DLL then answers exactly as the java
     * backend did for the raw input, the whole difference is Wine 8.0 skipping that step. Their
     * rules never match here; the test assigns them.
     */
    static final List<Known> WINE_STEPS = List.of(
            new Known(WINE_KEEPS_WHITESPACE,
                    "Wine deviation: Windows cuts leading and trailing spaces and C0 controls and drops TAB,"
                            + " CR and LF everywhere before canonicalizing (shlwapi tests/url.c misc_tests and"
                            + " test_UrlCanonicalizeW; wininet tests/internet.c: a trailing space goes even with"
                            + " ICU_BROWSER_MODE); Wine 8.0 keeps or escapes them",
                    "canonicalize 0x2000000 \"\\r\\u01003\\uce71\\u3e5a\": java \"\\u01003\\uce71\\u3e5a\","
                            + " native \"%0D\\u01003\\uce71\\u3e5a\"",
                    d -> false),
            new Known(WINE_KEEPS_SCHEME_CASE,
                    "Wine deviation: Windows reads the scheme in any case and writes it in lower case"
                            + " (shlwapi misc_tests: wInE://A/B gives wine://A/B, hTtP://A/b/../../C gives"
                            + " http://a/C); Wine 8.0 keeps \"HTTP\" and does not treat it as http",
                    "canonicalize 0x20000000 \"HTTP://@\\\\%g1/@/%?#=#2e%2E\": java \"http://@/%g1/@/%?#=#2e%2E\","
                            + " native \"HTTP://@\\\\%g1/@/%?#=#2e%2E\"",
                    d -> false),
            new Known(WINE_KEEPS_HOST_CASE,
                    "Wine deviation: Windows lower-cases the host of http, https, ftp, gopher, news, res and"
                            + " the other host schemes (shlwapi misc_tests: hTtP://A/b/../../C gives http://a/C;"
                            + " http_tests run for each of those prefixes); Wine 8.0 keeps it",
                    "canonicalize 0x0 \"ftp://:HOST.Test/%?:=%2e%2E\": java \"ftp://:host.test/%?:=%2e%2E\","
                            + " native \"ftp://:HOST.Test/%?:=%2e%2E\"",
                    d -> false),
            new Known(WINE_KEEPS_BACKSLASHES,
                    "Wine deviation: in http, https, gopher and news URLs Windows reads every '\\' before the"
                            + " query as '/', the first two included (shlwapi http_tests: //a\\b gives //a/b,"
                            + " /\\a\\.. gives //a/.., a\\b\\ gives a/b/; TEST_COMBINE resolves \\tests6\\.. against"
                            + " an http base); Wine 8.0 keeps them or reads the URL as opaque",
                    "canonicalize 0x8000000 \"gopher:\\\\\\\\\\u20ac@example.tet/a c//\\ud83d\\ude00\": java"
                            + " \"gopher://\\u20ac@example.tet/a%20c//\\ud83d\\ude00\", native"
                            + " \"gopher:%5C%5C\\u20ac@example.tet%2Fa%20c%2F%2F\\ud83d\\ude00\"",
                    d -> false));

    static final List<Known> ALL = List.of(
            new Known("wine-scheme-prefix",
                    "Wine deviation: Wine 8.0's GetInternetSchemeW compares the URL's scheme with each known"
                            + " name over the scheme's own length (strncmpiW(scheme, name, len)), so \"h\" is"
                            + " taken for http and an empty scheme for ftp; Windows knows a scheme by its whole"
                            + " name (INTERNET_SCHEME_UNKNOWN otherwise)",
                    "crack 0x80000000 \"h://\\u049ba#..\": java type=-1 port=0, native type=3 port=80;"
                            + " crack 0 \":/\\ud800a..b#\\t\": java ERROR_INTERNET_UNRECOGNIZED_SCHEME,"
                            + " native ok scheme= type=1",
                    d -> d.function().equals("crack") && isStrictPrefixOfAKnownScheme(scheme(d.input()))),
            new Known("wine-crack-ignores-icu-escape",
                    "Wine deviation: the InternetCrackUrl reference says ICU_ESCAPE \"converts all escape"
                            + " sequences (%xx) to their corresponding characters\"; Wine 8.0 returns them as"
                            + " they are",
                    "crack 0x80000000 \"mailto://a/c;p=1/%41/&%41?%20=%20\": java path=/c;p=1/A/&A"
                            + " extra=? = , native path=/c;p=1/%41/&%41 extra=?%20=%20",
                    d -> d.function().equals("crack") && (d.flags() & ICU_ESCAPE) != 0
                            && d.java().startsWith("ok ") && d.nativeAnswer().startsWith("ok ")
                            && d.input().contains("%")),
            new Known("wine-file-url-not-wininet-form",
                    "Wine deviation: InternetCanonicalizeUrl writes a file URL in WinINet form, a DOS path"
                            + " after \"file://\" (wininet tests/internet.c: file:///C:/Program%20Files/... with"
                            + " ICU_DECODE | ICU_NO_ENCODE gives file://C:\\Program Files\\...; shlwapi file_tests"
                            + " with URL_WININET_COMPATIBILITY: file:///home/user/file gives file://\\home\\user\\file,"
                            + " file://home/user/file gives file://\\\\home\\user\\file); Wine 8.0 does so only"
                            + " for drive paths and otherwise answers in URL form. The rule: the java answer is"
                            + " Wine's answer turned into WinINet form",
                    "canonicalize 0x0 \"file://:h_o-s.t/Dp/%41\": java \"file://\\\\\\\\:h_o-s.t\\\\Dp\\\\%41\","
                            + " native \"file://:h_o-s.t/Dp/%41\"",
                    d -> d.function().equals("canonicalize") && d.nativeAnswer().startsWith("ok file:")
                            && d.java().equals("ok " + wininetFileForm(d.nativeAnswer().substring(3)))),
            new Known("combine-base-without-scheme",
                    "side not established: a combine whose base has no scheme (after Windows' whitespace"
                            + " cut; a one-letter \"scheme\" is a DOS drive); Wine 8.0 answers with the"
                            + " relative part alone (canonicalized), the java backend resolves it against the base"
                            + " as a path. Wine's UrlCombine tests (shlwapi tests/url.c TEST_COMBINE) combine"
                            + " only DOS-path bases without a scheme, which Windows turns into file URLs",
                    "combine 0x0 \"http :\\\\example.test:12592/a\\b + #B20\": java"
                            + " \"http%20:%5C%5Cexample.test:12592/a%5Cb#B20\", native \"#B20\"",
                    d -> d.function().equals("combine")
                            && !WINDOWS_SCHEME.matcher(WindowsUrlNormalization.stripWhitespace(parts(d).get(0))).find()),
            new Known("controls-or-spaces",
                    "side not established: an input that, after Windows' whitespace cut (pinned above),"
                            + " still has a space, a C0/C1 control, NBSP, U+2028/U+2029 or a BOM inside; Wine 8.0"
                            + " and the java backend escape them differently (a space in the query or host with"
                            + " ICU_ENCODE_SPACES_ONLY or by default, U+007F and C1 controls); no Windows test"
                            + " escapes these through InternetCanonicalizeUrl",
                    "canonicalize 0x2000000 \"\\r\\u01003\\uce71\\u3e5a\": java \"\\u01003\\uce71\\u3e5a\","
                            + " native \"%0D\\u01003\\uce71\\u3e5a\"",
                    d -> parts(d).stream().map(WindowsUrlNormalization::stripWhitespace)
                            .anyMatch(p -> CONTROL_OR_SPACE.matcher(p).find())),
            new Known("backslashes",
                    "side not established: an input with '\\' not explained by Wine keeping backslashes"
                            + " (pinned above): in opaque and unknown schemes, ftp, file URLs, after '?' or '#',"
                            + " or together with another odd shape; Wine 8.0 escapes or keeps it where the java"
                            + " backend keeps or turns it",
                    "canonicalize 0x20000000 \"Https:/xn--b\\u797eher-kva.test/%00/\\ud83d\\\\\": java"
                            + " \"https:/xn--b\\u797eher-kva.test/%00/\\ud83d/\", native kept \"Https:\" and the '\\'",
                    d -> parts(d).stream().anyMatch(p -> p.indexOf('\\') >= 0)),
            new Known("odd-scheme",
                    "side not established: the base URL has no scheme or one that is not a lower-case"
                            + " known name (\"Https\", \"ht%74p\", \"1http\", a one-character DOS-drive-like"
                            + " scheme, non-ASCII); the java backend lower-cases known schemes and refuses some"
                            + " that Wine 8.0 cracks",
                    "crack 0x10000000 \"1http://:HOST.Test\": java ERROR_INTERNET_INVALID_URL, native ok"
                            + " scheme=1http host= path=/",
                    d -> {
                        String s = scheme(parts(d).get(0));
                        return s == null || !PLAIN_SCHEMES.contains(s);
                    }),
            new Known("file-urls",
                    "side not established: file URLs the WinINet-form rule does not explain: cracks (the"
                            + " java backend's path is a DOS path, Wine 8.0 splits some differently), '#' and"
                            + " '?' in the path, dot segments in WinINet form, combines",
                    "crack 0x0 \"file://h_o-s.t/~u/@/%00/.\": java host=h_o-s.t path=\\~u\\@\\, native host=h_o-s.t"
                            + " path=\\\\h_o-s.t\\~u\\@\\",
                    d -> parts(d).stream().anyMatch(p -> p.regionMatches(true, 0, "file:", 0, 5))),
            new Known("no-authority",
                    "side not established: a known scheme not followed by \"//\" (\"https:/x\","
                            + " \"ftp:x\", \"gopher:/x\"); Wine 8.0 treats these as opaque in places where the"
                            + " java backend treats them as hierarchical",
                    "combine 0x4000000 \"ftp:b\\u00fccher.tesE/@//R. + ?%20\": java"
                            + " \"ftp:b\\u00fccher.tesE/@//R.?%20\", native \"ftp:?%20\"",
                    d -> !parts(d).get(0).matches("(?s)^[a-z]+://.*")),
            new Known("odd-authority",
                    "side not established: user info, brackets, an empty host or a port that is not 0-65535;"
                            + " Wine 8.0 cracks ports like \"-1\" (as 65535) and \"8a\" (as 8) that the java"
                            + " backend refuses with ERROR_INTERNET_INVALID_URL",
                    "crack 0x10000000 \"gopher://:OSN.Test:-1?#=b.html\": java ERROR_INTERNET_INVALID_URL,"
                            + " native ok host=:OSN.Test port=65535",
                    d -> oddAuthority(parts(d).get(0))),
            new Known("percent-signs",
                    "side not established: '%' escapes, valid or not, in the authority or path",
                    "canonicalize 0 \"gopher://%41%\\ubc3b42\": java \"gopher://%41%\\ubc3b42/\", native"
                            + " without the '/'",
                    d -> parts(d).stream().anyMatch(p -> p.indexOf('%') >= 0)),
            new Known("wine-drops-non-ascii-on-empty-combine",
                    "likely Wine deviation (a combine with an empty relative part should give the base):"
                            + " Wine 8.0 dropped the last segment \"\\u20ac\" of a res URL",
                    "combine 0x20000000 \"res://0x7f.1/\\u20ac + \": java \"res://0x7f.1/\\u20ac\", native"
                            + " \"res://0x7f.1/\"",
                    d -> d.input().equals("res://0x7f.1/\u20ac + ")),
            new Known("browser-mode-latin1-host",
                    "side not established: with ICU_BROWSER_MODE Wine 8.0 escapes U+00FC in an ftp host as"
                            + " %FC (Latin-1); the java backend leaves the host as it is",
                    "canonicalize 0x2000000 \"ftp://b\\u00fccher.test/\\ud83d\\ude00/c;p=1/lA?#,#@\": native"
                            + " \"ftp://b%FCcher.test/...\"",
                    d -> d.input().startsWith("ftp://b\u00fccher.test/\ud83d\ude00/c;p=1/lA?#,#@")));

    private KnownUrlDifferences() {
    }

    /** The id of the known difference {@code d} is an instance of, or {@code null}. */
    static String match(FuzzUrlBackendsAgreeTest.Difference d) {
        for (Known k : ALL) {
            if (k.rule().test(d)) {
                return k.id();
            }
        }
        return null;
    }

    /** The URL, or for combine the base and the relative part (the test joins them with " + "). */
    private static List<String> parts(FuzzUrlBackendsAgreeTest.Difference d) {
        if (d.function().equals("combine")) {
            int plus = d.input().indexOf(" + ");
            if (plus >= 0) {
                return List.of(d.input().substring(0, plus), d.input().substring(plus + 3));
            }
        }
        return List.of(d.input());
    }

    private static String scheme(String url) {
        Matcher m = SCHEME.matcher(url);
        return m.find() ? m.group(1) : null;
    }

    /**
     * A URL-form file URL ({@code file:///x/y}, {@code file://host/y}, {@code file:///C:/y}) in
     * WinINet form ({@code file://\\x\\y}, {@code file://\\\\host\\y}, {@code file://C:\\y}):
     * '/' becomes '\\' up to the first '?'.
     */
    static String wininetFileForm(String url) {
        String rest = url.substring("file:".length());
        int slashes = 0;
        while (slashes < rest.length() && rest.charAt(slashes) == '/') {
            slashes++;
        }
        String body = rest.substring(slashes);
        int query = body.indexOf('?');
        String path = (query < 0 ? body : body.substring(0, query)).replace('/', '\\');
        String tail = query < 0 ? "" : body.substring(query);
        boolean drive = body.length() >= 2 && Character.isLetter(body.charAt(0)) && (body.charAt(1) == ':' || body.charAt(1) == '|');
        if (slashes == 0) {
            return "file:" + path + tail;
        }
        if (drive) {
            return "file://" + path + tail;
        }
        return "file://" + (slashes == 3 ? "\\" : "\\\\") + path + tail;
    }

    private static boolean isStrictPrefixOfAKnownScheme(String scheme) {
        if (scheme == null) {
            return false;
        }
        for (String known : WININET_SCHEMES) {
            if (scheme.length() < known.length() && known.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean oddAuthority(String url) {
        Matcher m = AUTHORITY.matcher(url);
        String a = m.find() ? m.group(1) : "";
        if (a.isEmpty() || a.startsWith(":") || a.contains("@") || a.contains("[") || a.contains("]")) {
            return true;
        }
        int colon = a.indexOf(':');
        if (colon < 0) {
            return false;
        }
        Matcher port = PLAIN_PORT.matcher(a);
        return !port.find() || port.start() != colon || Integer.parseInt(port.group(1)) > 65535;
    }
}
