package io.github.winnet4j.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>Observed against Wine 8.0's wininet.dll (the Wine stage, seed 0x5EED2026, inputs ×
 * crack/canonicalize/combine): at the CI size (3,000 inputs) 3,775 of 8,928 comparisons differ, 925
 * of them pinned as Wine deviations; at 100,000 inputs 127,883 of 297,503 differ, 30,280 pinned.
 * Pinned means evidence of what Windows does (Wine's conformance tests, which pass on Windows:
 * shlwapi and wininet {@code tests/*.c}): the {@link #WINE_STEPS}, found by asking the DLL again,
 * and the {@code wine-*} rules of {@link #ALL}. The rest are on inputs of an odd shape, grouped
 * by that shape (the first rule that matches names the group), or compare the two answers and say
 * what would settle the side; no test evidence covers them. A crack with ICU_DECODE that the java
 * backend answers as the DLL once the URL is canonicalized first is
 * {@link #CRACK_DECODE_CANONICALIZES} (the test assigns it). A difference on a plain input
 * (lower-case known scheme, "//", a plain authority, no controls, backslashes or percent signs)
 * matches none of the shape rules; only the answer rules, each drawn narrowly with its evidence or
 * its open question, can take it.
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
    private static final Pattern AUTHORITY_THEN_TAIL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#\\\\]*)([?#].*)$", Pattern.DOTALL);
    /** shlwapi's opaque schemes (UrlIs URLIS_OPAQUE). */
    private static final Set<String> OPAQUE_SCHEMES = Set.of("about", "javascript", "mailto", "shell", "vbscript");

    /** Ids given by asking the DLL again with one of Windows' first steps applied (see below). */
    static final String WINE_KEEPS_WHITESPACE = "wine-keeps-whitespace-windows-strips";
    static final String WINE_KEEPS_SCHEME_CASE = "wine-keeps-scheme-case";
    static final String WINE_KEEPS_HOST_CASE = "wine-keeps-host-case";
    static final String WINE_KEEPS_BACKSLASHES = "wine-keeps-backslashes";
    /** Id the test gives a crack difference it explains by canonicalizing first (see the test). */
    static final String CRACK_DECODE_CANONICALIZES = "crack-decode-canonicalizes-first";
    static final String WINE_HOST_TAKES_QUERY = "wine-host-takes-query-or-fragment";

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
                    d -> oddAuthority(parts(d).get(0)) || (!schemeRelative(d).isEmpty() && oddAuthority(schemeRelative(d)))),
            new Known("percent-signs",
                    "side not established: '%' escapes, valid or not, in the authority or path",
                    "canonicalize 0 \"gopher://%41%\\ubc3b42\": java \"gopher://%41%\\ubc3b42/\", native"
                            + " without the '/'",
                    d -> parts(d).stream().anyMatch(p -> p.indexOf('%') >= 0)),
            new Known("browser-mode-latin1-host",
                    "side not established: with ICU_BROWSER_MODE Wine 8.0 escapes U+00FC in an ftp host as"
                            + " %FC (Latin-1); the java backend leaves the host as it is",
                    "canonicalize 0x2000000 \"ftp://b\\u00fccher.test/\\ud83d\\ude00/c;p=1/lA?#,#@\": native"
                            + " \"ftp://b%FCcher.test/...\"",
                    d -> d.input().startsWith("ftp://b\u00fccher.test/\ud83d\ude00/c;p=1/lA?#,#@")),
            // The rules below were added for the 100,000-input run; each compares the two answers.
            new Known(WINE_HOST_TAKES_QUERY,
                    "Wine deviation: a '?' or '#' right after the host ends the host; Windows' shlwapi"
                            + " (tests/url.c, UrlGetPart: http://host?a:b@c:d has host \"host\" and query"
                            + " \"a:b@c:d\", http://host#a:b@c:d has host \"host\"; unk_scheme_tests: //?/a/./"
                            + " gives ///?/a/./, a '/' after the host; TEST_COMBINE: a relative path drops the"
                            + " base's query and fragment, tests9 and tests16). Wine 8.0 reads the query or"
                            + " fragment as part of the host: no '/' is put after the host, and a combine keeps"
                            + " it in front of the relative part. The rule: the base has '?' or '#' right after"
                            + " its authority and Wine's answer still has that authority and tail joined, the"
                            + " java answer not",
                    "canonicalize 0x10000000 \"http://example.test#!$&'()*+,=\": java"
                            + " \"http://example.test/#!$&'()*+,=\", native \"http://example.test#!$&'()*+,=\";"
                            + " combine \"...#!$&'()*+,= + x\": native \"http://example.test#!$&'()*+,=/x\"",
                    KnownUrlDifferences::hostTakesQuery),
            new Known("wine-opaque-gets-slash",
                    "Wine deviation: Windows leaves what follows the colon of an opaque URL (about,"
                            + " javascript, mailto, shell, vbscript) as it is (shlwapi tests/url.c opaque_tests:"
                            + " about://a/b/./c/../d\\e unchanged); Wine 8.0 puts a '/' after a bare"
                            + " javascript://host",
                    "canonicalize 0x8000000 \"javascript://example.test\": java \"javascript://example.test\","
                            + " native \"javascript://example.test/\"",
                    d -> !d.function().equals("crack") && opaqueScheme(parts(d).get(0))
                            && (d.nativeAnswer().equals(slashAfterAuthority(d.java())) || d.nativeAnswer().equals(d.java() + "/"))),
            new Known("opaque-escaping",
                    "side not established: in an opaque URL (about, javascript, mailto, vbscript) Wine 8.0"
                            + " escapes '/', '?', '#', '&' and Latin-1 letters as UrlEscape does for opaque URLs"
                            + " (shlwapi TEST_ESCAPE, which passes on Windows: mailto:/fo/o@b... gives"
                            + " mailto:%2Ffo%2Fo@b...); the java backend does not. No test shows whether"
                            + " UrlCanonicalize with URL_ESCAPE_UNSAFE (InternetCanonicalizeUrl's default) escapes"
                            + " opaque URLs; InternetCanonicalizeUrl(\"mailto://a/b\", 0) on Windows would settle it."
                            + " The rule: the answers differ only in %XX escapes, or Wine escaped the \"//\" after"
                            + " the scheme (it then also adds a '/' or drops a last segment, as for a path)",
                    "canonicalize 0x0 \"mailto://example.test/.\": java \"mailto://example.test/.\", native"
                            + " \"mailto:%2F%2Fexample.test%2F.\"",
                    d -> !d.function().equals("crack") && opaqueScheme(parts(d).get(0))
                            && (percentDecoded(d.java()).equals(percentDecoded(d.nativeAnswer()))
                            || d.nativeAnswer().startsWith("ok " + scheme(WindowsUrlNormalization.stripWhitespace(parts(d).get(0)))
                            .toLowerCase(Locale.ROOT) + ":%2F%2F"))),
            new Known("host-characters",
                    "side not established: a host with a character other than ASCII letters, digits, '.' and"
                            + " '-' ('_', '>', '^', '!', non-ASCII). Wine 8.0 then puts no '/' after the host and"
                            + " escapes some of its characters (U+00FC as %FC, '>' as %3E), the java backend"
                            + " adds the '/' (shlwapi http_tests: //a gives //a/) and leaves the host as it is;"
                            + " Windows' shlwapi takes any such character into the host (UrlGetPart:"
                            + " http:// !\"$%&'()*+,-.;<=>[]^_`{|~} has that host) but no test canonicalizes one."
                            + " InternetCanonicalizeUrl(\"http://h_o.t\", 0) on Windows would settle it. The rule:"
                            + " the host of the base or of a \"//host\" relative part has such a character, and"
                            + " Wine's answer with the host unescaped, TAB/CR/LF dropped and a '/' after the host is"
                            + " the java answer but for letter case (host case is pinned above)",
                    "canonicalize 0x0 \"gopher://999.>1..1\": java \"gopher://999.>1..1/\", native"
                            + " \"gopher://999.%3E1..1\"",
                    d -> !d.function().equals("crack") && (oddHostCharacters(parts(d).get(0)) || oddHostCharacters(schemeRelative(d)))
                            && (d.java().equalsIgnoreCase(hostUnescaped(d.nativeAnswer()))
                            || d.java().equalsIgnoreCase(slashAfterAuthority(hostUnescaped(d.nativeAnswer()))))),
            new Known("combine-empty-relative-cuts-last-segment",
                    "side not established, likely Wine: with an empty relative part Wine 8.0 answers with"
                            + " the base cut after its last '/' (the last segment, query or fragment gone) for some"
                            + " bases (non-ASCII, '//', ICU_NO_META; after resolving dot segments in a fragment as"
                            + " if it were path). RFC 3986 and 1808 give the base itself (without"
                            + " its fragment); no Windows test combines with an empty relative part."
                            + " InternetCombineUrl(\"res://h/\\u20ac\", \"\", 0) on Windows would settle it",
                    "combine 0x20000000 \"res://0x7f.1/\\u20ac + \": java \"res://0x7f.1/\\u20ac\", native"
                            + " \"res://0x7f.1/\"",
                    d -> d.function().equals("combine")
                            && WindowsUrlNormalization.stripWhitespace(parts(d).get(1)).isEmpty()
                            && d.java().startsWith("ok ") && d.nativeAnswer().startsWith("ok ")
                            && (d.nativeAnswer().equals(cutAfterLastSlash(d.java()))
                            || d.nativeAnswer().equals(cutAfterLastSlash(beforeQueryOrFragment(d.java())))
                            || d.nativeAnswer().equals(cutAfterLastSlash(dotsResolved(d.java(), true))))),
            new Known("combine-query-relative-cuts-last-segment",
                    "side not established, likely Wine: a relative part that is only a query (\"?x\") keeps the"
                            + " base's path in RFC 3986 and 1808; Wine 8.0 drops the base's last segment for some"
                            + " bases (non-ASCII, odd hosts), the java backend keeps it. Windows' UrlCombine tests"
                            + " have no query-only relative part; InternetCombineUrl(\"http://h/a/b\", \"?x\", 0)"
                            + " on Windows would settle it",
                    "combine 0x4000000 \"mailto://l/\\u00e9?(=b.html#\\u00e9 + ?q\": java \"mailto://l/\\u00e9?q\","
                            + " native \"mailto://l/?q\"",
                    d -> d.function().equals("combine")
                            && WindowsUrlNormalization.stripWhitespace(parts(d).get(1)).startsWith("?")
                            && d.java().startsWith("ok ")
                            && withoutControls(d.nativeAnswer()).equalsIgnoreCase(queryAfterDirectory(d.java()))),
            new Known("wine-keeps-base-fragment",
                    "Wine deviation: resolving a relative part drops the base's fragment (shlwapi TEST_COMBINE,"
                            + " which passes on Windows: test13#aaa + #bbb gives test13#bbb, test14#aaa/bbb#ccc + #"
                            + " gives test14#, tests/#example + tests9 gives tests/tests9); Wine 8.0 keeps a"
                            + " fragment that has a '/' (or a '?') in front of a query or fragment relative part."
                            + " The rule: Wine's answer has the base's fragment, up to its first '/' or '?', the java answer not",
                    "combine 0x2000000 \"ftp://h/x/#/ + #c\": java \"ftp://h/x/#c\", native \"ftp://h/x/#/#c\"",
                    KnownUrlDifferences::keepsBaseFragment),
            new Known("wine-relative-misread-as-absolute",
                    "Wine deviation: a relative part whose second character is ':' after a non-letter"
                            + " (\"?:\", \"#:\", \"/:\"), or that starts with ':', is not a URL of its own on"
                            + " Windows (shlwapi misc_tests: \"-:a\" stays \"-:a\", not a file URL; \"://../../a\""
                            + " gives \"a\": a colon alone is no scheme); Wine 8.0 takes any character before ':'"
                            + " for a DOS drive (a file URL) and an empty scheme for a scheme",
                    "combine 0x0 \"news://localhost + ?:\": java \"news://localhost/?:\", native \"file:///?:\"",
                    d -> {
                        if (!d.function().equals("combine")) {
                            return false;
                        }
                        String rel = WindowsUrlNormalization.stripWhitespace(parts(d).get(1));
                        boolean driveLike = rel.length() >= 2 && rel.charAt(1) == ':' && !isAsciiLetter(rel.charAt(0));
                        return (driveLike && d.nativeAnswer().startsWith("ok file:"))
                                || (rel.startsWith(":") && d.nativeAnswer().startsWith("ok :"));
                    }),
            new Known("wine-drive-relative-trailing-slash",
                    "Wine deviation: a bare drive \"E:\" as a file URL has no trailing '/' on Windows (shlwapi"
                            + " file_tests: file://a: and file:a: give file:///a:); Wine 8.0 combines a relative"
                            + " \"E:\" into file:///E:/",
                    "combine 0x20000000 \"https://b\\u00fccher.test/#x + E:\": java \"file:///E:\", native"
                            + " \"file:///E:/\"",
                    d -> d.function().equals("combine")
                            && WindowsUrlNormalization.stripWhitespace(parts(d).get(1)).matches("[A-Za-z]:")
                            && d.nativeAnswer().equals(d.java() + "/")),
            new Known("wine-keeps-dot-segments",
                    "Wine deviation: a path segment '.' or '..' (not the first after the host) is resolved on"
                            + " Windows, at the end and before '?' or '#' too (shlwapi http_tests: //a/b/. gives"
                            + " //a/b/, //a/b/.. gives //a/, //a//../../.. gives //a/;"
                            + " unk_scheme_tests: //a/b/.? gives //a/b/?; TEST_CANONICALIZE: /tests/..?query=x gives"
                            + " /?query=x, /tests/..#example gives /#example); Wine 8.0 keeps it after some"
                            + " segments (a non-ASCII or odd host, '~', ';', an empty segment). The rule: Wine's answer"
                            + " with its dot segments resolved is the java answer but for letter case (host case is"
                            + " pinned above)",
                    "canonicalize 0x4000000 \"news://host./a/~u/.?:=?\": java \"news://host./a/~u/?:=?\", native"
                            + " \"news://host./a/~u/.?:=?\"",
                    d -> !d.function().equals("crack") && d.java().equalsIgnoreCase(dotsResolved(d.nativeAnswer(), false))),
            new Known("wine-simplifies-dots-windows-keeps",
                    "Wine deviation: Windows leaves the dot segments alone in an opaque URL (shlwapi"
                            + " opaque_tests: about://a/b/./c/../d\\e unchanged), in a host URL whose path starts"
                            + " with a '.' or '..' segment (http_tests: //a/./b/./../ and //a/.././ unchanged), and"
                            + " in a query or fragment (http_tests: //a/b?c/./d and //a/b#c/./d unchanged); Wine 8.0"
                            + " resolves them. The rule: the java answer is the input as given (after Windows'"
                            + " whitespace cut, scheme and host in lower case), Wine's differs and the input has"
                            + " a dot segment",
                    "canonicalize 0x0 \"http://hot././..\": java \"http://hot././..\", native \"http://hot./\"",
                    d -> d.function().equals("canonicalize") && d.input().contains("/.")
                            && d.java().equalsIgnoreCase("ok " + WindowsUrlNormalization.stripWhitespace(d.input()))));

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

    private static boolean opaqueScheme(String url) {
        String s = scheme(WindowsUrlNormalization.stripWhitespace(url));
        return s != null && OPAQUE_SCHEMES.contains(s.toLowerCase(Locale.ROOT));
    }

    /** The end of the authority of {@code answer} ("ok scheme://authority..."), or -1 if it has none. */
    private static int authorityEnd(String answer) {
        int slashes = answer.indexOf("://");
        if (!answer.startsWith("ok ") || slashes < 0 || slashes > answer.indexOf(':')) {
            return -1;
        }
        int i = slashes + 3;
        while (i < answer.length() && "/?#\\".indexOf(answer.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** {@code answer} with a '/' put right after its authority, unless one is there. */
    static String slashAfterAuthority(String answer) {
        int end = authorityEnd(answer);
        if (end < 0 || (end < answer.length() && answer.charAt(end) == '/')) {
            return answer;
        }
        return answer.substring(0, end) + "/" + answer.substring(end);
    }

    /** {@code answer} with the %XX escapes of its authority decoded (one Latin-1 character each). */
    static String unescapeAuthority(String answer) {
        int end = authorityEnd(answer);
        if (end < 0) {
            return answer;
        }
        int start = answer.indexOf("://") + 3;
        return answer.substring(0, start) + percentDecoded(answer.substring(start, end)) + answer.substring(end);
    }

    /** {@code s} with every %XX escape decoded as one Latin-1 character. */
    static String percentDecoded(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code answer} cut after its last '/' (when that is after the authority). */
    static String cutAfterLastSlash(String answer) {
        int end = authorityEnd(answer);
        int slash = answer.lastIndexOf('/');
        return end < 0 || slash < end ? answer : answer.substring(0, slash + 1);
    }

    /** {@code answer} without its query and fragment (from the first '?' or '#' after the authority). */
    static String beforeQueryOrFragment(String answer) {
        int end = authorityEnd(answer);
        if (end < 0) {
            return answer;
        }
        for (int i = end; i < answer.length(); i++) {
            if (answer.charAt(i) == '?' || answer.charAt(i) == '#') {
                return answer.substring(0, i);
            }
        }
        return answer;
    }

    /** {@code answer} with the last segment of its path cut and its query kept. */
    static String queryAfterDirectory(String answer) {
        String path = beforeQueryOrFragment(answer);
        return cutAfterLastSlash(path) + answer.substring(path.length());
    }

    /** The base has '?' or '#' right after its authority and Wine kept them joined, java not. */
    private static boolean hostTakesQuery(FuzzUrlBackendsAgreeTest.Difference d) {
        if (d.function().equals("crack")) {
            return false;
        }
        Matcher m = AUTHORITY_THEN_TAIL.matcher(parts(d).get(0));
        if (!m.find()) {
            return false;
        }
        String joined = m.group(1) + m.group(2).charAt(0);
        return unescapeAuthority(d.nativeAnswer()).contains(joined) && !d.java().contains(joined);
    }

    /** For a combine, the relative part if it starts with "//", put behind the base's scheme; else "". */
    private static String schemeRelative(FuzzUrlBackendsAgreeTest.Difference d) {
        if (!d.function().equals("combine")) {
            return "";
        }
        String rel = WindowsUrlNormalization.stripWhitespace(parts(d).get(1));
        String s = scheme(WindowsUrlNormalization.stripWhitespace(parts(d).get(0)));
        return s != null && rel.startsWith("//") ? s.toLowerCase(Locale.ROOT) + ":" + rel : "";
    }

    /** {@code answer} with its authority unescaped and TAB, CR, LF dropped. */
    private static String hostUnescaped(String answer) {
        return unescapeAuthority(answer).replace("\t", "").replace("\r", "").replace("\n", "");
    }

    private static String withoutControls(String s) {
        return s.replaceAll("[\\x00-\\x1f]", "");
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The index of the first '?' or '#' after the authority of {@code answer}, or its length. */
    private static int tailStart(String answer) {
        return beforeQueryOrFragment(answer).length();
    }

    /**
     * {@code answer} with the dot segments of its path resolved ({@code /a/./b/../c} gives
     * {@code /a/c}, {@code //../x} gives {@code /x}, never above the root); with
     * {@code throughTail} the query and fragment count as path.
     */
    static String dotsResolved(String answer, boolean throughTail) {
        int start = authorityEnd(answer);
        if (start < 0) {
            return answer;
        }
        int tail = throughTail ? answer.length() : tailStart(answer);
        String path = answer.substring(start, tail);
        if (!path.startsWith("/")) {
            return answer;
        }
        String[] segments = path.substring(1).split("/", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..")) {
                if (segment.equals("..") && !out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                if (last) {
                    out.add("");
                }
            } else {
                out.add(segment);
            }
        }
        return answer.substring(0, start) + "/" + String.join("/", out) + answer.substring(tail);
    }

    /** Wine's answer has the base's fragment (up to its first '/' or '?'), the java answer not. */
    private static boolean keepsBaseFragment(FuzzUrlBackendsAgreeTest.Difference d) {
        if (!d.function().equals("combine")) {
            return false;
        }
        String base = WindowsUrlNormalization.stripWhitespace(parts(d).get(0));
        int hash = base.indexOf('#');
        if (hash < 0) {
            return false;
        }
        String fragment = base.substring(hash);
        for (int i = 1; i < fragment.length(); i++) {
            if (fragment.charAt(i) == '/' || fragment.charAt(i) == '?') {
                fragment = fragment.substring(0, i + 1);
                break;
            }
        }
        return fragment.length() > 1 && d.nativeAnswer().contains(fragment) && !d.java().contains(fragment);
    }

    /** The host of the URL's authority has a character other than ASCII letters, digits, '.', '-'. */
    private static boolean oddHostCharacters(String url) {
        Matcher m = AUTHORITY.matcher(WindowsUrlNormalization.stripWhitespace(url));
        if (!m.find()) {
            return false;
        }
        String a = m.group(1);
        String host = a.substring(a.lastIndexOf('@') + 1);
        Matcher port = PLAIN_PORT.matcher(host);
        if (port.find()) {
            host = host.substring(0, port.start());
        }
        return !host.matches("[A-Za-z0-9.-]*");
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
