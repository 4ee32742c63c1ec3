package io.github.winnet4j.backends.java.url;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.URL_COMPONENTSW;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.github.winnet4j.backends.java.url.RawUrlCalls.POISON;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.bufferRequest;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.crack;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.offset;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.pointerRequest;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.wide;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.wideRaw;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * InternetCrackUrlW through the raw contract. The expected offsets, lengths, schemes, ports and
 * copies of the first twenty URLs are the answers real Windows gives in Wine's
 * {@code dlls/wininet/tests/url.c}; the others follow the rules documented on
 * {@link UrlCracker}.
 */
class CrackUrlTest {
    private static final int HTTP = 3;
    private static final int HTTPS = 4;
    private static final int FTP = 1;
    private static final int GOPHER = 2;
    private static final int FILE = 5;
    private static final int NEWS = 6;
    private static final int MAILTO = 7;
    private static final int JAVASCRIPT = 9;
    private static final int VBSCRIPT = 10;
    private static final int RES = 11;
    private static final int UNKNOWN = -1;

    /** url; scheme off,len; nScheme; host off,len; port; user off,len; password off,len; path off,len; extra off,len. */
    static Stream<Arguments> pointerCases() {
        return Stream.of(
                Arguments.of("http://www.winehq.org/site/about#hi", new int[]{0, 4, HTTP, 7, 14, 80, -1, 0, -1, 0, 21, 11, 32, 3}),
                Arguments.of("http://www.myserver.com/myscript.php?arg=1", new int[]{0, 4, HTTP, 7, 16, 80, -1, 0, -1, 0, 23, 13, 36, 6}),
                Arguments.of("http://www.winehq.org?test=123", new int[]{0, 4, HTTP, 7, 14, 80, -1, 0, -1, 0, 21, 0, 21, 9}),
                Arguments.of("http://www.winehq.org/myscript.php;test=123", new int[]{0, 4, HTTP, 7, 14, 80, -1, 0, -1, 0, 21, 22, -1, 0}),
                Arguments.of("HtTp://www.winehq.org/scheme", new int[]{0, 4, HTTP, 7, 14, 80, -1, 0, -1, 0, 21, 7, -1, 0}),
                Arguments.of("http://www.winehq.org", new int[]{0, 4, HTTP, 7, 14, 80, -1, 0, -1, 0, 21, 0, -1, 0}),
                Arguments.of("file:///C:/Program%20Files/Atmel/AVR%20Tools/STK500/STK500.xml", new int[]{0, 4, FILE, -1, 0, 0, -1, 0, -1, 0, 7, 55, -1, 0}),
                Arguments.of("fide:///C:/Program%20Files/Atmel/AVR%20Tools/STK500/STK500.xml", new int[]{0, 4, UNKNOWN, 7, 0, 0, -1, 0, -1, 0, 7, 55, -1, 0}),
                Arguments.of("file://C:/Program%20Files/Atmel/AVR%20Tools/STK500/STK500.xml", new int[]{0, 4, FILE, -1, 0, 0, -1, 0, -1, 0, 7, 54, -1, 0}),
                Arguments.of("file://C:/Program%20Files/Atmel/..", new int[]{0, 4, FILE, -1, 0, 0, -1, 0, -1, 0, 7, 27, -1, 0}),
                Arguments.of("file://C:/Program%20Files/Atmel/../Asdf.xml", new int[]{0, 4, FILE, -1, 0, 0, -1, 0, -1, 0, 7, 36, -1, 0}),
                Arguments.of("file:///C:/Program%20Files/Atmel/..", new int[]{0, 4, FILE, -1, 0, 0, -1, 0, -1, 0, 7, 28, -1, 0}),
                Arguments.of("file:///C:/Program%20Files/Atmel/../Asdf.xml", new int[]{0, 4, FILE, -1, 0, 0, -1, 0, -1, 0, 7, 37, -1, 0}),
                Arguments.of("file://C:/Program%20Files/Atmel/.", new int[]{0, 4, FILE, -1, 0, 0, -1, 0, -1, 0, 7, 26, -1, 0}),
                Arguments.of("file://C:/Program%20Files/Atmel/./Asdf.xml", new int[]{0, 4, FILE, -1, 0, 0, -1, 0, -1, 0, 7, 35, -1, 0}),
                Arguments.of("file:///C:/Program%20Files/Atmel/.", new int[]{0, 4, FILE, -1, 0, 0, -1, 0, -1, 0, 7, 27, -1, 0}),
                Arguments.of("file:///C:/Program%20Files/Atmel/./Asdf.xml", new int[]{0, 4, FILE, -1, 0, 0, -1, 0, -1, 0, 7, 36, -1, 0}),
                Arguments.of("C:\\file.txt", new int[]{0, 1, UNKNOWN, -1, 0, 0, -1, 0, -1, 0, 2, 9, -1, 0}),
                Arguments.of("res://IELib.dll/test.htm", new int[]{0, 3, RES, 6, 9, 0, -1, 0, -1, 0, 15, 9, -1, 0}),
                Arguments.of("gopher://www.winehq.org/site/about#hi", new int[]{0, 6, GOPHER, 9, 14, 0, -1, 0, -1, 0, 23, 11, 34, 3}),
                Arguments.of("http://user:pass@host:8080/p?q", new int[]{0, 4, HTTP, 17, 4, 8080, 7, 4, 12, 4, 26, 2, 28, 2}),
                Arguments.of("https://h/", new int[]{0, 5, HTTPS, 8, 1, 443, -1, 0, -1, 0, 9, 1, -1, 0}),
                Arguments.of("HTTPS://H", new int[]{0, 5, HTTPS, 8, 1, 443, -1, 0, -1, 0, 9, 0, -1, 0}),
                Arguments.of("ftp://u@ftp.example.com/pub/file.txt", new int[]{0, 3, FTP, 8, 15, 21, 6, 1, -1, 0, 23, 13, -1, 0}),
                Arguments.of("ftp://ftp.example.com:2121/", new int[]{0, 3, FTP, 6, 15, 2121, -1, 0, -1, 0, 26, 1, -1, 0}),
                Arguments.of("http://[::1]:8080/x", new int[]{0, 4, HTTP, 7, 5, 8080, -1, 0, -1, 0, 17, 2, -1, 0}),
                Arguments.of("http://[fe80::1]/", new int[]{0, 4, HTTP, 7, 9, 80, -1, 0, -1, 0, 16, 1, -1, 0}),
                Arguments.of("http://127.0.0.1:65535/x", new int[]{0, 4, HTTP, 7, 9, 65535, -1, 0, -1, 0, 22, 2, -1, 0}),
                Arguments.of("mailto:someone@example.com", new int[]{0, 6, MAILTO, -1, 0, 0, -1, 0, -1, 0, 7, 19, -1, 0}),
                Arguments.of("news:comp.lang.java", new int[]{0, 4, NEWS, -1, 0, 0, -1, 0, -1, 0, 5, 14, -1, 0}),
                Arguments.of("javascript:alert(1)", new int[]{0, 10, JAVASCRIPT, -1, 0, 0, -1, 0, -1, 0, 11, 8, -1, 0}),
                Arguments.of("vbscript:x", new int[]{0, 8, VBSCRIPT, -1, 0, 0, -1, 0, -1, 0, 9, 1, -1, 0}),
                Arguments.of("about:blank", new int[]{0, 5, UNKNOWN, -1, 0, 0, -1, 0, -1, 0, 6, 5, -1, 0}),
                Arguments.of("about://host/blank", new int[]{0, 5, UNKNOWN, 8, 4, 0, -1, 0, -1, 0, 12, 6, -1, 0}));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("pointerCases")
    void pointersIntoTheUrl(String url, int[] e) {
        Memory u = wide(url);
        URL_COMPONENTSW c = pointerRequest();
        assertTrue(crack(u, url.length(), 0, c), () -> "failed with " + JavaLastError.get());
        assertAll(
                () -> assertEquals(e[0], offset(u, c.lpszScheme), "scheme offset"),
                () -> assertEquals(e[1], c.dwSchemeLength, "scheme length"),
                () -> assertEquals(e[2], c.nScheme, "nScheme"),
                () -> assertEquals(e[3], offset(u, c.lpszHostName), "host offset"),
                () -> assertEquals(e[4], c.dwHostNameLength, "host length"),
                () -> assertEquals(e[5], c.nPort & 0xFFFF, "port"),
                () -> assertEquals(e[6], offset(u, c.lpszUserName), "user offset"),
                () -> assertEquals(e[7], c.dwUserNameLength, "user length"),
                () -> assertEquals(e[8], offset(u, c.lpszPassword), "password offset"),
                () -> assertEquals(e[9], c.dwPasswordLength, "password length"),
                () -> assertEquals(e[10], offset(u, c.lpszUrlPath), "path offset"),
                () -> assertEquals(e[11], c.dwUrlPathLength, "path length"),
                () -> assertEquals(e[12], offset(u, c.lpszExtraInfo), "extra offset"),
                () -> assertEquals(e[13], c.dwExtraInfoLength, "extra length"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "http://www.winehq.org/site/about#hi|http|www.winehq.org|''|''|/site/about|#hi",
        "http://www.myserver.com/myscript.php?arg=1|http|www.myserver.com|''|''|/myscript.php|?arg=1",
        "http://www.winehq.org?test=123|http|www.winehq.org|''|''|''|?test=123",
        "HtTp://www.winehq.org/scheme|HtTp|www.winehq.org|''|''|/scheme|''",
        "file:///C:/Program%20Files/Atmel/AVR%20Tools/STK500/STK500.xml|file|''|''|''|C:\\Program Files\\Atmel\\AVR Tools\\STK500\\STK500.xml|''",
        "fide:///C:/Program%20Files/Atmel/AVR%20Tools/STK500/STK500.xml|fide|''|''|''|/C:/Program%20Files/Atmel/AVR%20Tools/STK500/STK500.xml|''",
        "file://C:/Program%20Files/Atmel/AVR%20Tools/STK500/STK500.xml|file|''|''|''|C:\\Program%20Files\\Atmel\\AVR%20Tools\\STK500\\STK500.xml|''",
        "file://C:/Program%20Files/Atmel/..|file|''|''|''|C:\\Program%20Files\\Atmel\\..\\|''",
        "file://C:/Program%20Files/Atmel/../Asdf.xml|file|''|''|''|C:\\Program%20Files\\Atmel\\..\\Asdf.xml|''",
        "file:///C:/Program%20Files/Atmel/..|file|''|''|''|C:\\Program Files\\Atmel\\..\\|''",
        "file:///C:/Program%20Files/Atmel/../Asdf.xml|file|''|''|''|C:\\Program Files\\Atmel\\..\\Asdf.xml|''",
        "file://C:/Program%20Files/Atmel/.|file|''|''|''|C:\\Program%20Files\\Atmel\\.\\|''",
        "file://C:/Program%20Files/Atmel/./Asdf.xml|file|''|''|''|C:\\Program%20Files\\Atmel\\.\\Asdf.xml|''",
        "file:///C:/Program%20Files/Atmel/.|file|''|''|''|C:\\Program Files\\Atmel\\.\\|''",
        "file:///C:/Program%20Files/Atmel/./Asdf.xml|file|''|''|''|C:\\Program Files\\Atmel\\.\\Asdf.xml|''",
        "C:\\file.txt|C|''|''|''|\\file.txt|''",
        "res://IELib.dll/test.htm|res|IELib.dll|''|''|/test.htm|''",
        "about://host/blank|about|host|''|''|/blank|''",
        "http://user:pass@host:8080/p?q|http|host|user|pass|/p|?q",
        "ftp://anonymous:@ftp.example.com/|ftp|ftp.example.com|anonymous|''|/|''",
    })
    void copiesIntoBuffers(String url, String scheme, String host, String user, String password,
                           String path, String extra) {
        URL_COMPONENTSW c = bufferRequest(url.length() + 8);
        assertTrue(crack(wide(url), 0, 0, c), () -> "failed with " + JavaLastError.get());
        assertAll(
                () -> assertCopy(scheme, c.lpszScheme, c.dwSchemeLength, "scheme"),
                () -> assertCopy(host, c.lpszHostName, c.dwHostNameLength, "host"),
                () -> assertCopy(user, c.lpszUserName, c.dwUserNameLength, "user"),
                () -> assertCopy(password, c.lpszPassword, c.dwPasswordLength, "password"),
                () -> assertCopy(path, c.lpszUrlPath, c.dwUrlPathLength, "path"),
                () -> assertCopy(extra, c.lpszExtraInfo, c.dwExtraInfoLength, "extra"));
    }

    private static void assertCopy(String expected, com.sun.jna.Pointer buffer, int length, String what) {
        assertEquals(expected, Utf16.decode(buffer), what + " text");
        assertEquals(expected.length(), length, what + " length");
    }

    private static final String CFIDE = "http://192.168.0.22/CFIDE/main.cfm?CFSVR=IDE&ACTION=IDE_DEFAULT";

    @Test
    void allBuffersSplitPathAndExtraInfo() {
        URL_COMPONENTSW c = bufferRequest(50);
        assertTrue(crack(wide(CFIDE), 0, 0, c));
        assertEquals(4, c.dwSchemeLength);
        assertEquals(12, c.dwHostNameLength);
        assertEquals(0, c.dwUserNameLength);
        assertEquals(0, c.dwPasswordLength);
        assertEquals(15, c.dwUrlPathLength);
        assertEquals(29, c.dwExtraInfoLength);
    }

    @Test
    void extraInfoNotAskedForStaysInThePath() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.lpszHostName = Utf16.allocate(20);
        c.dwHostNameLength = 20;
        c.lpszUrlPath = Utf16.allocate(50);
        c.dwUrlPathLength = 50;
        assertTrue(crack(wide(CFIDE), 0, 0, c));
        assertEquals(0, c.dwSchemeLength);
        assertEquals(12, c.dwHostNameLength);
        assertEquals(44, c.dwUrlPathLength);
        assertEquals("/CFIDE/main.cfm?CFSVR=IDE&ACTION=IDE_DEFAULT", Utf16.decode(c.lpszUrlPath));
        assertEquals(0, c.dwExtraInfoLength);
    }

    @Test
    void extraInfoAskedForByPointerIsSplitOffTheCopiedPath() {
        Memory u = wide(CFIDE);
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.lpszHostName = Utf16.allocate(20);
        c.dwHostNameLength = 20;
        c.lpszUrlPath = Utf16.allocate(50);
        c.dwUrlPathLength = 50;
        c.dwExtraInfoLength = 50;
        assertTrue(crack(u, 0, 0, c));
        assertEquals(15, c.dwUrlPathLength);
        assertEquals(29, c.dwExtraInfoLength);
        assertEquals(34, offset(u, c.lpszExtraInfo));
    }

    @Test
    void urlWithoutPathGivesAnEmptyPathCopy() {
        URL_COMPONENTSW c = bufferRequest(20);
        c.lpszUrlPath.setChar(0, (char) 0xBA);
        assertTrue(crack(wide("http://x.org"), 0, 0, c));
        assertEquals("x.org", Utf16.decode(c.lpszHostName));
        assertEquals("", Utf16.decode(c.lpszUrlPath));
        assertEquals(0, c.dwUrlPathLength);
    }

    @Test
    void decodeGivesDecodedCopiesAndKeepsAnEmptyPathEmpty() {
        URL_COMPONENTSW c = bufferRequest(40);
        assertTrue(crack(wide("http://x.org"), 0, WinInetConstants.ICU_DECODE, c));
        assertEquals("x.org", Utf16.decode(c.lpszHostName));
        assertEquals("", Utf16.decode(c.lpszUrlPath));

        URL_COMPONENTSW d = bufferRequest(40);
        assertTrue(crack(wide("http://h/a%20b?c%3Dd"), 0, WinInetConstants.ICU_DECODE, d));
        assertEquals("/a b", Utf16.decode(d.lpszUrlPath));
        assertEquals(4, d.dwUrlPathLength);
        assertEquals("?c=d", Utf16.decode(d.lpszExtraInfo));
    }

    @Test
    void urlLengthIsAMaximumThatANulCutsShort() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.lpszHostName = Utf16.allocate(20);
        c.dwHostNameLength = 20;
        assertTrue(crack(wide("http://x.org"), 13, 0, c));
        assertEquals(5, c.dwHostNameLength);

        URL_COMPONENTSW d = new URL_COMPONENTSW();
        d.lpszHostName = Utf16.allocate(20);
        d.dwHostNameLength = 20;
        d.lpszUrlPath = Utf16.allocate(20);
        d.dwUrlPathLength = 20;
        assertTrue(crack(wideRaw("http://x.org\0/x"), 15, 0, d));
        assertEquals(0, d.dwUrlPathLength);
    }

    @Test
    void urlLengthShorterThanTheStringCutsTheUrl() {
        Memory u = wide("http://host/path/more");
        URL_COMPONENTSW c = pointerRequest();
        assertTrue(crack(u, 16, 0, c));
        assertEquals(5, c.dwUrlPathLength);
        assertEquals(11, offset(u, c.lpszUrlPath));
    }

    @Test
    void nulRightAfterTheSlashesLeavesNoHost() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.lpszHostName = Utf16.allocate(20);
        c.dwHostNameLength = 20;
        assertFalse(crack(wideRaw("http://\0x.org"), 13, 0, c));
        assertEquals(WinInetErrors.ERROR_INTERNET_INVALID_URL, JavaLastError.get());
    }

    @Test
    void tooSmallBufferFailsWithTheLengthNeeded() {
        String extra = "#" + "x".repeat(5998);
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.lpszExtraInfo = Utf16.allocate(100);
        c.dwExtraInfoLength = 100;
        assertFalse(crack(wide("http://www.winehq.org/path/" + extra), 0, 0, c));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        assertEquals(extra.length() + 1, c.dwExtraInfoLength);
    }

    @Test
    void bufferMustHoldTheTerminatorToo() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.lpszScheme = Utf16.allocate(5);
        c.dwSchemeLength = 4;
        assertFalse(crack(wide("http://h/"), 0, 0, c));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        assertEquals(5, c.dwSchemeLength);

        c.dwSchemeLength = 5;
        assertTrue(crack(wide("http://h/"), 0, 0, c));
        assertEquals(4, c.dwSchemeLength);
        assertEquals("http", Utf16.decode(c.lpszScheme));
    }

    @Test
    void longPathComesBackWhole() {
        String path = "/" + "x".repeat(5998);
        Memory u = wide("http://www.winehq.org" + path);
        URL_COMPONENTSW c = pointerRequest();
        assertTrue(crack(u, 0, 0, c));
        assertEquals(21, offset(u, c.lpszUrlPath));
        assertEquals(path.length(), c.dwUrlPathLength);
        assertNull(c.lpszExtraInfo);
    }

    @Test
    void successLeavesTheLastErrorAlone() {
        assertTrue(crack(wide("http://h/"), 0, 0, pointerRequest()));
        assertEquals(POISON, JavaLastError.get());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(quoteCharacter = '"', value = {
        "../Ritz.xml, 12006",
        "file.txt, 12006",
        "www.winehq.org, 12006",
        "\"\", 12006",
        ":nothing, 12006",
        "http://host:99999/, 12005",
        "http://host:123456/, 12005",
        "http://host:8o/, 12005",
        "http://:80/, 12005",
    })
    void refusedUrls(String url, int error) {
        assertFalse(crack(wide(url), 0, 0, pointerRequest()));
        assertEquals(error, JavaLastError.get());
    }

    @Test
    void nullArgumentsAreInvalidParameters() {
        assertFalse(crack(null, 0, 0, pointerRequest()));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertFalse(crack(wide("http://h/"), 0, 0, null));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
    }

    @Test
    void askingForNothingIsAnInvalidParameter() {
        URL_COMPONENTSW c = bufferRequest(10);
        c.dwSchemeLength = 0;
        c.dwHostNameLength = 0;
        c.dwUserNameLength = 0;
        c.dwPasswordLength = 0;
        c.dwUrlPathLength = 0;
        c.dwExtraInfoLength = 0;
        assertFalse(crack(wide("http://h/"), 0, 0, c));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
    }

    @Test
    void zeroLengthComponentIsNotTouched() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        Memory scheme = Utf16.allocate(8);
        scheme.setChar(0, 'Z');
        c.lpszScheme = scheme;
        c.dwHostNameLength = 1;
        assertTrue(crack(wide("http://h/"), 0, 0, c));
        assertEquals('Z', scheme.getChar(0));
        assertEquals(0, c.dwSchemeLength);
        assertEquals(1, c.dwHostNameLength);
    }
}
