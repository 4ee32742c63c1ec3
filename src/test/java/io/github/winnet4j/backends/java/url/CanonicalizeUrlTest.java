package io.github.winnet4j.backends.java.url;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.github.winnet4j.backends.java.url.RawUrlCalls.POISON;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.URLS;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.canonicalize;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.wide;
import static io.github.winnet4j.raw.WinInetConstants.ICU_BROWSER_MODE;
import static io.github.winnet4j.raw.WinInetConstants.ICU_DECODE;
import static io.github.winnet4j.raw.WinInetConstants.ICU_ENCODE_PERCENT;
import static io.github.winnet4j.raw.WinInetConstants.ICU_ENCODE_SPACES_ONLY;
import static io.github.winnet4j.raw.WinInetConstants.ICU_ESCAPE;
import static io.github.winnet4j.raw.WinInetConstants.ICU_NO_ENCODE;
import static io.github.winnet4j.raw.WinInetConstants.ICU_NO_META;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * InternetCanonicalizeUrlW through the raw contract. The flag cases and the length contract are
 * Windows' answers in Wine's wininet tests ({@code url.c}, {@code internet.c}); the path and file
 * cases are Windows' answers for shlwapi's UrlCanonicalize in Wine's {@code shlwapi/tests/url.c},
 * with the flags InternetCanonicalizeUrl passes to it (it always adds URL_ESCAPE_UNSAFE, which
 * ICU_NO_ENCODE removes, and URL_WININET_COMPATIBILITY).
 */
class CanonicalizeUrlTest {
    private static final String MIXED = "http://www.winehq.org/%27/ /./>/#>  ";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(MIXED, 0, "http://www.winehq.org/%27/%20/%3E/#>"),
                Arguments.of(MIXED, ICU_BROWSER_MODE, "http://www.winehq.org/%27/%20/%3E/#>"),
                Arguments.of(MIXED, ICU_ESCAPE, "http://www.winehq.org/%27/%20/%3E/#>"),
                Arguments.of(MIXED, ICU_DECODE, "http://www.winehq.org/'/%20/%3E/#>"),
                Arguments.of(MIXED, ICU_ENCODE_PERCENT, "http://www.winehq.org/%2527/%20/%3E/#>"),
                Arguments.of(MIXED, ICU_ENCODE_SPACES_ONLY, "http://www.winehq.org/%27/%20/>/#>"),
                Arguments.of(MIXED, ICU_NO_ENCODE, "http://www.winehq.org/%27/ />/#>"),
                Arguments.of(MIXED, ICU_NO_META, "http://www.winehq.org/%27/%20/./%3E/#>"),
                Arguments.of("http://www.winehq.org/index.php?x= ", ICU_BROWSER_MODE, "http://www.winehq.org/index.php?x="),
                Arguments.of("file:///C:/Program%20Files/Atmel/AVR%20Tools/STK500/STK500.xml", ICU_DECODE | ICU_NO_ENCODE,
                        "file://C:\\Program Files\\Atmel\\AVR Tools\\STK500\\STK500.xml"),
                Arguments.of("http://swupmf.adobe.com/manifest/50/win/AdobeUpdater.upd", 0,
                        "http://swupmf.adobe.com/manifest/50/win/AdobeUpdater.upd"),
                Arguments.of("", 0, ""),
                Arguments.of("http://www.winehq.org/tests/../tests/../..", 0, "http://www.winehq.org/"),
                Arguments.of("http://www.winehq.org/..", 0, "http://www.winehq.org/.."),
                Arguments.of("http://www.winehq.org/tests/tests2/../../tests", 0, "http://www.winehq.org/tests"),
                Arguments.of("http://www.winehq.org/tests/../tests", 0, "http://www.winehq.org/tests"),
                Arguments.of("http://www.winehq.org/tests\n", ICU_ENCODE_SPACES_ONLY, "http://www.winehq.org/tests"),
                Arguments.of("http://www.winehq.org/tests\r", ICU_ENCODE_SPACES_ONLY, "http://www.winehq.org/tests"),
                Arguments.of("http://www.winehq.org/tests\r", ICU_NO_ENCODE, "http://www.winehq.org/tests"),
                Arguments.of("http://www.winehq.org/tests/../tests/", 0, "http://www.winehq.org/tests/"),
                Arguments.of("http://www.winehq.org/tests/../tests/..", 0, "http://www.winehq.org/"),
                Arguments.of("http://www.winehq.org/tests/../tests/../", 0, "http://www.winehq.org/"),
                Arguments.of("http://www.winehq.org/tests/..", 0, "http://www.winehq.org/"),
                Arguments.of("http://www.winehq.org/tests/../", 0, "http://www.winehq.org/"),
                Arguments.of("http://www.winehq.org/tests/..?query=x&return=y", 0, "http://www.winehq.org/?query=x&return=y"),
                Arguments.of("http://www.winehq.org/tests/../?query=x&return=y", 0, "http://www.winehq.org/?query=x&return=y"),
                Arguments.of("\tht\ttp\t://www\t.w\tineh\t\tq.or\tg\t/\ttests/..\t?\tquer\ty=x\t\t&re\tturn=y\t\t", 0,
                        "http://www.winehq.org/?query=x&return=y"),
                Arguments.of("http://www.winehq.org/tests/..#example", 0, "http://www.winehq.org/#example"),
                Arguments.of("http://www.winehq.org/tests/../#example", 0, "http://www.winehq.org/#example"),
                Arguments.of("http://www.winehq.org/tests\\../#example", 0, "http://www.winehq.org/#example"),
                Arguments.of("http://www.winehq.org/tests/..\\#example", 0, "http://www.winehq.org/#example"),
                Arguments.of("http://www.winehq.org\\tests/../#example", 0, "http://www.winehq.org/#example"),
                Arguments.of("http://www.winehq.org/tests/../#example", ICU_NO_META, "http://www.winehq.org/tests/../#example"),
                Arguments.of("http://www.winehq.org/tests/foo bar", ICU_ENCODE_SPACES_ONLY | ICU_BROWSER_MODE,
                        "http://www.winehq.org/tests/foo%20bar"),
                Arguments.of("http://www.winehq.org/tests/foo%20bar", ICU_DECODE | ICU_NO_ENCODE, "http://www.winehq.org/tests/foo bar"),
                Arguments.of("http://www.winehq.org", 0, "http://www.winehq.org/"),
                Arguments.of("http:///www.winehq.org", 0, "http:///www.winehq.org"),
                Arguments.of("http:////www.winehq.org", 0, "http:////www.winehq.org"),
                Arguments.of("file:///c:\\tests\\foobar", 0, "file://c:\\tests\\foobar"),
                Arguments.of("file://home/user/file", 0, "file://\\\\home\\user\\file"),
                Arguments.of("file:///home/user/file", 0, "file://\\home\\user\\file"),
                Arguments.of("file:////home/user/file", 0, "file://\\\\home\\user\\file"),
                Arguments.of("file://///home/user/file", 0, "file://\\\\home\\user\\file"),
                Arguments.of("file://C:/user/file", 0, "file://C:\\user\\file"),
                Arguments.of("file:///C:/user/file", 0, "file://C:\\user\\file"),
                Arguments.of("file:////C:/user/file", 0, "file://C:\\user\\file"),
                Arguments.of("/A/../B/./C/../../test_remove_dot_segments", 0, "/test_remove_dot_segments"),
                Arguments.of("///A/../B", 0, "///B"),
                Arguments.of("A", 0, "A"),
                Arguments.of("../A", 0, "../A"),
                Arguments.of("A/../B", 0, "B"),
                Arguments.of("http:www.winehq.org/dir/../index.html", 0, "http:www.winehq.org/index.html"),
                Arguments.of("http://localhost/test.html", 0, "http://localhost/test.html"),
                Arguments.of("http://localhost/te%20st.html", 0, "http://localhost/te%20st.html"),
                Arguments.of("http://www.winehq.org/%E6%A1%9C.html", 0, "http://www.winehq.org/%E6%A1%9C.html"),
                Arguments.of("res://file", 0, "res://file/"),
                Arguments.of("http://h/a|b{c}\"d`e^f", 0, "http://h/a%7Cb%7Bc%7D%22d%60e%5Ef"),
                Arguments.of("http://h/%41", ICU_ENCODE_PERCENT, "http://h/%2541"),
                Arguments.of("http://h/a b?q=x y#f g", 0, "http://h/a%20b?q=x y#f g"),
                Arguments.of("http://h/a%20b?q=%41#%42", ICU_DECODE | ICU_NO_ENCODE, "http://h/a b?q=A#B"),
                Arguments.of("http://h/a%20b?q=%41#%42", ICU_DECODE | ICU_NO_ENCODE | ICU_BROWSER_MODE, "http://h/a b?q=%41#%42"),
                Arguments.of("HTTP://Host/Path", 0, "http://host/Path"),
                // shlwapi http_tests (every host scheme): when the first path segment is a dot
                // segment, no dot segment of the path is removed; a later one still is.
                Arguments.of("http://h/./b/./../", ICU_NO_ENCODE, "http://h/./b/./../"),
                Arguments.of("gopher://h/../x/./y", ICU_NO_ENCODE, "gopher://h/../x/./y"),
                Arguments.of("news://h/.", ICU_NO_ENCODE, "news://h/."),
                Arguments.of("ftp://h/b/./c/..", ICU_NO_ENCODE, "ftp://h/b/"),
                // shlwapi opaque_tests (about, javascript, mailto, shell, vbscript): what follows
                // the colon keeps its slashes and dot segments.
                Arguments.of("about://h/b/./c/../d", ICU_NO_ENCODE, "about://h/b/./c/../d"),
                Arguments.of("javascript://h/.", ICU_NO_ENCODE, "javascript://h/."),
                Arguments.of("mailto:/a/./b/..", ICU_NO_ENCODE, "mailto:/a/./b/.."),
                // shlwapi tests (misc_tests, http_tests for the news prefix), answers from Windows:
                // the host of an http-like URL is lower-cased, a bare news host gets its '/'.
                Arguments.of("hTtPs://User@EXAMPLE.Test:8080/A/b/../C", 0, "https://User@example.test:8080/A/C"),
                Arguments.of("news://Localhost", 0, "news://localhost/"),
                Arguments.of("news://", 0, "news:///"),
                Arguments.of("gopher://A", 0, "gopher://a/"),
                Arguments.of("file://Server/Share", ICU_NO_ENCODE, "file://\\\\Server\\Share"),
                Arguments.of("mailto:Someone@Example.Com", 0, "mailto:Someone@Example.Com"),
                // shlwapi file_tests with URL_WININET_COMPATIBILITY: one slash after "file:" is an
                // empty host, as three are; none leaves a relative path.
                Arguments.of("file:/a", ICU_NO_ENCODE, "file://\\a"),
                // shlwapi http_tests, ftp column: ftp keeps '\' but counts it as a separator
                Arguments.of("ftp://a/b\\", ICU_NO_ENCODE, "ftp://a/b\\"),
                Arguments.of("ftp://a/b\\./c", ICU_NO_ENCODE, "ftp://a/b\\c"),
                Arguments.of("ftp://a/b\\c/../.\\", ICU_NO_ENCODE, "ftp://a/b\\"),
                Arguments.of("ftp://a\\b", ICU_NO_ENCODE, "ftp://a\\b/"),
                Arguments.of("ftp:a\\b\\", ICU_NO_ENCODE, "ftp:a\\b\\"),
                Arguments.of("http://a/b\\./c", ICU_NO_ENCODE, "http://a/b/c"),
                Arguments.of("file:\\a\\b", ICU_NO_ENCODE, "file://\\a\\b"),
                Arguments.of("file:/", ICU_NO_ENCODE, "file://\\"),
                Arguments.of("file:../a", ICU_NO_ENCODE, "file:..\\a"),
                Arguments.of("file:a:", ICU_NO_ENCODE, "file://a:"),
                Arguments.of("file:/a:", ICU_NO_ENCODE, "file://a:"),
                Arguments.of("file:///a:/b", ICU_NO_ENCODE, "file://a:\\b"),
                Arguments.of("mailto:someone@example.com", 0, "mailto:someone@example.com"),
                Arguments.of("javascript:alert('../x')", 0, "javascript:alert('../x')"));
    }

    @ParameterizedTest(name = "[{index}] {0} flags {1}")
    @MethodSource("cases")
    void canonicalForm(String url, int flags, String expected) {
        assertEquals(expected, canonicalize(url, flags));
    }

    private static final String ADOBE = "http://swupmf.adobe.com/manifest/50/win/AdobeUpdater.upd";

    @Test
    void oneCharacterBufferAsksForTheLengthWithTerminator() {
        RawUrlCalls.Answer a = canonicalize(ADOBE, 1, 0);
        assertFalse(a.ok());
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, a.lastError());
        assertEquals(ADOBE.length() + 1, a.length());
    }

    @Test
    void bufferWithoutRoomForTheTerminatorIsTooSmall() {
        RawUrlCalls.Answer a = canonicalize(ADOBE, ADOBE.length(), 0);
        assertFalse(a.ok());
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, a.lastError());
        assertEquals(ADOBE.length() + 1, a.length());
    }

    @Test
    void exactBufferSucceedsWithTheLengthWithoutTerminator() {
        RawUrlCalls.Answer a = canonicalize(ADOBE, ADOBE.length() + 1, 0);
        assertTrue(a.ok());
        assertEquals(ADOBE.length(), a.length());
        assertEquals(ADOBE, a.text());
        assertEquals(POISON, a.lastError());
    }

    @Test
    void largerBufferSucceedsWithTheLengthWithoutTerminator() {
        RawUrlCalls.Answer a = canonicalize(ADOBE, ADOBE.length() + 2, 0);
        assertTrue(a.ok());
        assertEquals(ADOBE.length(), a.length());
    }

    @Test
    void tooSmallBufferIsNotWritten() {
        Memory buffer = Utf16.allocate(8);
        buffer.setChar(0, '#');
        IntByReference length = new IntByReference(4);
        assertFalse(URLS.InternetCanonicalizeUrlW(wide(ADOBE), buffer, length, 0));
        assertEquals('#', buffer.getChar(0));
    }

    @Test
    void nullArgumentsAreInvalidParameters() {
        Memory buffer = Utf16.allocate(80);
        IntByReference length = new IntByReference(80);
        assertFalse(URLS.InternetCanonicalizeUrlW(null, buffer, length, 0));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertFalse(URLS.InternetCanonicalizeUrlW(wide(ADOBE), null, length, 0));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertFalse(URLS.InternetCanonicalizeUrlW(wide(ADOBE), buffer, null, 0));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertEquals(80, length.getValue());
    }
}
