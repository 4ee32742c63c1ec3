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

import static io.github.winnet4j.backends.java.url.RawUrlCalls.URLS;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.combine;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.wide;
import static io.github.winnet4j.raw.WinInetConstants.ICU_BROWSER_MODE;
import static io.github.winnet4j.raw.WinInetConstants.ICU_ENCODE_SPACES_ONLY;
import static io.github.winnet4j.raw.WinInetConstants.ICU_ESCAPE;
import static io.github.winnet4j.raw.WinInetConstants.ICU_NO_ENCODE;
import static io.github.winnet4j.raw.WinInetConstants.ICU_NO_META;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * InternetCombineUrlW through the raw contract. InternetCombineUrl hands its flags to shlwapi's
 * UrlCombine with ICU_NO_ENCODE flipped into URL_ESCAPE_UNSAFE; the Windows answers for
 * UrlCombine with flags 0 in Wine's {@code shlwapi/tests/url.c} are therefore the answers for
 * InternetCombineUrl with ICU_NO_ENCODE (and URL_DONT_SIMPLIFY is ICU_NO_META).
 */
class CombineUrlTest {
    private static final String W = "http://www.winehq.org";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(W + "/tests", "tests1", ICU_NO_ENCODE, W + "/tests1"),
                Arguments.of("http://www.%77inehq.org/tests", "tests1", ICU_NO_ENCODE, "http://www.%77inehq.org/tests1"),
                Arguments.of(W + "/tests/", "../tests3", ICU_NO_ENCODE, W + "/tests3"),
                Arguments.of(W + "/tests/test1", "test2", ICU_NO_ENCODE, W + "/tests/test2"),
                Arguments.of(W + "/tests/../tests", "tests4", ICU_NO_ENCODE, W + "/tests4"),
                Arguments.of(W + "/tests/../tests/", "tests5", ICU_NO_ENCODE, W + "/tests/tests5"),
                Arguments.of(W + "/tests/../tests/", "/tests6/..", ICU_NO_ENCODE, W + "/"),
                Arguments.of(W + "/tests/../tests/..", "tests7/..", ICU_NO_ENCODE, W + "/"),
                Arguments.of(W + "/tests/?query=x&return=y", "tests8", ICU_NO_ENCODE, W + "/tests/tests8"),
                Arguments.of(W + "/tests/#example", "tests9", ICU_NO_ENCODE, W + "/tests/tests9"),
                Arguments.of(W + "/tests/../tests/", "/tests10/..", ICU_NO_ENCODE | ICU_NO_META, W + "/tests10/.."),
                Arguments.of(W + "/tests/../", "tests11", ICU_NO_ENCODE | ICU_NO_META, W + "/tests/../tests11"),
                Arguments.of(W + "/test12", "#", ICU_NO_ENCODE, W + "/test12#"),
                Arguments.of(W + "/test13#aaa", "#bbb", ICU_NO_ENCODE, W + "/test13#bbb"),
                Arguments.of(W + "/test14#aaa/bbb#ccc", "#", ICU_NO_ENCODE, W + "/test14#"),
                Arguments.of(W + "/tests/?query=x/y/z", "tests15", ICU_NO_ENCODE, W + "/tests/tests15"),
                Arguments.of(W + "/tests/?query=x/y/z#example", "tests16", ICU_NO_ENCODE, W + "/tests/tests16"),
                Arguments.of("file:///C:\\dir\\file.txt", "test.txt", ICU_NO_ENCODE, "file:///C:/dir/test.txt"),
                Arguments.of(W + "/test/", "test%20file.txt", ICU_NO_ENCODE, W + "/test/test%20file.txt"),
                Arguments.of("foo:today", "foo:calendar", ICU_NO_ENCODE, "foo:calendar"),
                Arguments.of("foo:today", "bar:calendar", ICU_NO_ENCODE, "bar:calendar"),
                Arguments.of("foo:/today", "foo:calendar", ICU_NO_ENCODE, "foo:/calendar"),
                Arguments.of("Foo:/today/", "fOo:calendar", ICU_NO_ENCODE, "foo:/today/calendar"),
                Arguments.of("outbind://xxxxxxxxx", "http://wine1/dir", ICU_NO_ENCODE, "http://wine1/dir"),
                Arguments.of("xxxx://xxxxxxxxx", "http://wine2/dir", ICU_NO_ENCODE, "http://wine2/dir"),
                Arguments.of("ftp://xxxxxxxxx/", "http://wine3/dir", ICU_NO_ENCODE, "http://wine3/dir"),
                Arguments.of("http://xxxxxxxxx", "outbind://wine7/dir", ICU_NO_ENCODE, "outbind://wine7/dir"),
                Arguments.of("xxx://xxxxxxxxx", "ftp://wine8/dir", ICU_NO_ENCODE, "ftp://wine8/dir"),
                Arguments.of("ftp://xxxxxxxxx/", "xxx://wine9/dir", ICU_NO_ENCODE, "xxx://wine9/dir"),
                Arguments.of("http://xxxxxxxxx", "outbind:wine13/dir", ICU_NO_ENCODE, "outbind:wine13/dir"),
                Arguments.of("xxx://xxxxxxxxx", "ftp:wine14/dir", ICU_NO_ENCODE, "ftp:wine14/dir"),
                Arguments.of("ftp://xxxxxxxxx/", "xxx:wine15/dir", ICU_NO_ENCODE, "xxx:wine15/dir"),
                Arguments.of("outbind://xxxxxxxxx/", "http:wine16/dir", ICU_NO_ENCODE, "http:wine16/dir"),
                Arguments.of("file:///c:/dir/file.txt", "index.html?test=c:/abc", ICU_ENCODE_SPACES_ONLY | ICU_BROWSER_MODE,
                        "file:///c:/dir/index.html?test=c:/abc"),
                Arguments.of(W + "/test/", "test file.txt", 0, W + "/test/test%20file.txt"),
                Arguments.of(W + "/a/b", "..\\c\\d", 0, W + "/c/d"),
                Arguments.of(W, "x", 0, W + "/x"),
                Arguments.of(W + "/a/b?q=1", "?r=2", 0, W + "/a/b?r=2"),
                Arguments.of(W + "/a/b", "//other.org/p", 0, "http://other.org/p"),
                Arguments.of(W + "/a/b", "", 0, W + "/a/b"),
                Arguments.of(W + "/a/b", "  c  ", 0, W + "/a/c"),
                Arguments.of("file:///C:/dir/file.txt", "sub/x.txt", ICU_ESCAPE, "file://C:\\dir\\sub\\x.txt"),
                // a DOS drive path as the relative part is a file URL whatever the base
                // (shlwapi TEST_COMBINE, a drive path against a drive path; misc_tests: q:a).
                Arguments.of("https://h/x/#f", "E:\\d\\f.txt", ICU_NO_ENCODE, "file:///E:/d/f.txt"),
                // a dot segment the merge put first is still resolved
                Arguments.of(W + "/a/b", "./c", ICU_NO_ENCODE, W + "/a/c"),
                // shlwapi file_tests (UrlCanonicalize, flags 0): "file:/a" reads as "file:///a"
                Arguments.of("file:/a/b", "c", ICU_NO_ENCODE, "file:///a/c"));
    }

    @ParameterizedTest(name = "[{index}] {0} + {1}")
    @MethodSource("cases")
    void combined(String base, String relative, int flags, String expected) {
        assertEquals(expected, combine(base, relative, flags));
    }

    @Test
    void tooSmallBufferAnswersCharactersIncludingTheTerminator() {
        String expected = W + "/tests/test2";
        RawUrlCalls.Answer a = combine(W + "/tests/test1", "test2", Utf16.allocate(expected.length()), expected.length(), 0);
        assertFalse(a.ok());
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, a.lastError());
        assertEquals(expected.length() + 1, a.length());
    }

    @Test
    void exactBufferAnswersCharactersWithoutTheTerminator() {
        String expected = W + "/tests/test2";
        RawUrlCalls.Answer a = combine(W + "/tests/test1", "test2", Utf16.allocate(expected.length() + 1),
                expected.length() + 1, 0);
        assertTrue(a.ok());
        assertEquals(expected.length(), a.length());
        assertEquals(expected, a.text());
    }

    @Test
    void nullBufferIsASizeQuery() {
        RawUrlCalls.Answer a = combine(W + "/", "x", null, 0, 0);
        assertFalse(a.ok());
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, a.lastError());
        assertEquals((W + "/x").length() + 1, a.length());
    }

    @Test
    void nullArgumentsAreInvalidParameters() {
        Memory buffer = Utf16.allocate(64);
        IntByReference length = new IntByReference(64);
        assertFalse(URLS.InternetCombineUrlW(null, wide("x"), buffer, length, 0));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertFalse(URLS.InternetCombineUrlW(wide(W), null, buffer, length, 0));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertFalse(URLS.InternetCombineUrlW(wide(W), wide("x"), buffer, null, 0));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
    }
}
