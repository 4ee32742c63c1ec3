package io.github.winnet4j.backends.java.url;

import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.URL_COMPONENTSW;
import io.github.winnet4j.raw.WinInetConstants;
import org.junit.jupiter.api.Test;

import static io.github.winnet4j.backends.java.url.RawUrlCalls.POISON;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.URLS;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.create;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * InternetCreateUrlW through the raw contract. The URLs and lengths are the Windows answers of
 * Wine's {@code InternetCreateUrlA_test}, turned into their W-call equivalents: the length on
 * ERROR_INSUFFICIENT_BUFFER is in bytes for the W call (the A call halves it).
 */
class CreateUrlTest {
    private static final String URL1 = "http://username:password@www.winehq.org/site/about";
    private static final int HTTP = 3;

    /** Components with every string set, lengths given (the test's fill_url_components). */
    private static URL_COMPONENTSW filled() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        set(c, "http", "www.winehq.org", "username", "password", "/site/about", "");
        c.nScheme = HTTP;
        c.nPort = 80;
        return c;
    }

    private static void set(URL_COMPONENTSW c, String scheme, String host, String user, String password,
                            String path, String extra) {
        c.lpszScheme = wide(scheme);
        c.dwSchemeLength = len(scheme);
        c.lpszHostName = wide(host);
        c.dwHostNameLength = len(host);
        c.lpszUserName = wide(user);
        c.dwUserNameLength = len(user);
        c.lpszPassword = wide(password);
        c.dwPasswordLength = len(password);
        c.lpszUrlPath = wide(path);
        c.dwUrlPathLength = len(path);
        c.lpszExtraInfo = wide(extra);
        c.dwExtraInfoLength = len(extra);
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }

    private static RawUrlCalls.Answer create(URL_COMPONENTSW c, int flags, int chars) {
        return RawUrlCalls.create(c, flags, Utf16.allocate(chars), chars);
    }

    @Test
    void sizeQueryAnswersBytesIncludingTheTerminator() {
        RawUrlCalls.Answer a = RawUrlCalls.create(filled(), 0, null, 0);
        assertFalse(a.ok());
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, a.lastError());
        assertEquals((URL1.length() + 1) * 2, a.length());
    }

    @Test
    void smallBufferAnswersBytesIncludingTheTerminator() {
        RawUrlCalls.Answer a = create(filled(), 0, 49);
        assertFalse(a.ok());
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, a.lastError());
        assertEquals(102, a.length());
    }

    @Test
    void bufferWithoutRoomForTheTerminatorIsTooSmall() {
        RawUrlCalls.Answer a = create(filled(), 0, URL1.length());
        assertFalse(a.ok());
        assertEquals(102, a.length());
    }

    @Test
    void successAnswersCharactersWithoutTheTerminator() {
        RawUrlCalls.Answer a = create(filled(), 0, 51);
        assertTrue(a.ok());
        assertEquals(50, a.length());
        assertEquals(URL1, a.text());
        assertEquals(POISON, a.lastError(), "success leaves the last error alone");
    }

    @Test
    void missingSchemeTextFallsBackToNScheme() {
        URL_COMPONENTSW c = filled();
        c.lpszScheme = null;
        assertEquals(URL1, create(c, 0, 51).text());
    }

    @Test
    void nSchemeIsIgnoredWhenSchemeTextIsThere() {
        URL_COMPONENTSW c = filled();
        c.nScheme = -3;
        RawUrlCalls.Answer a = create(c, 0, 51);
        assertTrue(a.ok());
        assertEquals(URL1, a.text());
    }

    @Test
    void defaultNSchemeMeansHttp() {
        URL_COMPONENTSW c = filled();
        c.lpszScheme = null;
        c.nScheme = 0;
        assertEquals(URL1, create(c, 0, 51).text());
    }

    @Test
    void userWithoutPassword() {
        URL_COMPONENTSW c = filled();
        c.lpszPassword = null;
        RawUrlCalls.Answer a = create(c, 0, 42);
        assertEquals("http://username@www.winehq.org/site/about", a.text());
        assertEquals(41, a.length());
    }

    @Test
    void passwordWithoutUserIsAnInvalidParameter() {
        URL_COMPONENTSW c = filled();
        c.lpszUserName = null;
        RawUrlCalls.Answer a = create(c, 0, 42);
        assertFalse(a.ok());
        assertEquals(WinError.ERROR_INVALID_PARAMETER, a.lastError());
        assertEquals(42, a.length(), "length untouched");
    }

    @Test
    void neitherUserNorPassword() {
        URL_COMPONENTSW c = filled();
        c.lpszUserName = null;
        c.lpszPassword = null;
        RawUrlCalls.Answer a = create(c, 0, 42);
        assertEquals("http://www.winehq.org/site/about", a.text());
        assertEquals(32, a.length());
    }

    @Test
    void unknownSchemeShowsEvenPort80() {
        URL_COMPONENTSW c = filled();
        c.lpszScheme = wide("nhttp");
        c.dwSchemeLength = 5;
        String expected = "nhttp://username:password@www.winehq.org:80/site/about";
        RawUrlCalls.Answer a = create(c, WinInetConstants.ICU_ESCAPE, expected.length() + 1);
        assertEquals(expected, a.text());
        assertEquals(expected.length(), a.length());
    }

    @Test
    void nonDefaultPortIsShown() {
        URL_COMPONENTSW c = filled();
        c.nPort = 42;
        RawUrlCalls.Answer a = create(c, WinInetConstants.ICU_ESCAPE, 60);
        assertEquals("http://username:password@www.winehq.org:42/site/about", a.text());
        assertEquals(53, a.length());
    }

    @Test
    void zeroLengthsMeanNulTerminatedStrings() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        set(c, "http", "www.winehq.org", "username", "password", "/site/about", "");
        c.dwSchemeLength = 0;
        c.dwHostNameLength = 0;
        c.dwUserNameLength = 0;
        c.dwPasswordLength = 0;
        c.dwUrlPathLength = 0;
        c.nScheme = HTTP;
        c.nPort = 80;
        RawUrlCalls.Answer a = create(c, WinInetConstants.ICU_ESCAPE, URL1.length() + 1);
        assertEquals(URL1, a.text());
        assertEquals(URL1.length(), a.length());
    }

    @Test
    void httpsWithItsDefaultPort() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        set(c, "https", "www.winehq.org", "username", "password", "/site/about", "");
        c.nScheme = HTTP;
        c.nPort = (short) 443;
        assertEquals("https://username:password@www.winehq.org/site/about", create(c, WinInetConstants.ICU_ESCAPE, 60).text());
    }

    @Test
    void opaqueSchemeWithPathOnly() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.lpszScheme = wide("about");
        c.dwSchemeLength = 5;
        c.lpszUrlPath = wide("blank");
        c.dwUrlPathLength = 5;
        RawUrlCalls.Answer a = create(c, WinInetConstants.ICU_ESCAPE, 20);
        assertEquals("about:blank", a.text());
        assertEquals(11, a.length());
    }

    @Test
    void opaqueSchemeWithHostGetsSlashes() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.lpszScheme = wide("about");
        c.lpszHostName = wide("host");
        c.lpszUrlPath = wide("blank");
        assertEquals("about://host/blank", create(c, WinInetConstants.ICU_ESCAPE, 30).text());
    }

    @Test
    void portWithoutHostIsNotShown() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.nPort = 8080;
        c.lpszScheme = wide("about");
        RawUrlCalls.Answer a = create(c, WinInetConstants.ICU_ESCAPE, 7);
        assertEquals("about:", a.text());
        assertEquals(6, a.length());
    }

    @Test
    void highestPort() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.lpszScheme = wide("http");
        c.nScheme = HTTP;
        c.lpszHostName = wide("www.winehq.org");
        c.nPort = (short) 65535;
        String expected = "http://www.winehq.org:65535";
        RawUrlCalls.Answer a = create(c, WinInetConstants.ICU_ESCAPE, expected.length() + 1);
        assertEquals(expected, a.text());
        assertEquals(expected.length(), a.length());
    }

    @Test
    void pathAndExtraInfo() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        set(c, "http", "localhost", null, null, "/", "?test=123");
        c.nPort = 80;
        assertEquals("http://localhost/?test=123", create(c, WinInetConstants.ICU_ESCAPE, 256).text());
    }

    @Test
    void ftpLeavesOutPort21AndShowsOthers() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        set(c, "ftp", "ftp.example.com", null, null, "pub/x", null);
        c.nPort = 21;
        assertEquals("ftp://ftp.example.com/pub/x", create(c, 0, 64).text());
        c.nPort = 2121;
        assertEquals("ftp://ftp.example.com:2121/pub/x", create(c, 0, 64).text());
    }

    @Test
    void escapeEncodesSpacesInPathAndExtraInfo() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        set(c, "http", "h", null, null, "/a b", "?q=x y&z=1");
        assertEquals("http://h/a%20b?q=x%20y&z=1", create(c, WinInetConstants.ICU_ESCAPE, 64).text());
        assertEquals("http://h/a b?q=x y&z=1", create(c, 0, 64).text());
    }

    @Test
    void crackedPartsCreateTheSameUrl() {
        String url = "https://user:pw@example.com:8443/dir/file.html?x=1#top";
        URL_COMPONENTSW cracked = RawUrlCalls.bufferRequest(64);
        assertTrue(RawUrlCalls.crack(wide(url), 0, 0, cracked));
        RawUrlCalls.Answer a = create(cracked, 0, 64);
        assertEquals(url, a.text());
    }

    @Test
    void invalidArguments() {
        IntByReference length = new IntByReference(-1);
        JavaLastError.set(POISON);
        assertFalse(URLS.InternetCreateUrlW(null, 0, null, length));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertEquals(-1, length.getValue());

        URL_COMPONENTSW zeroed = new URL_COMPONENTSW();
        zeroed.dwStructSize = 0;
        assertFalse(URLS.InternetCreateUrlW(zeroed, 0, null, length));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
        assertEquals(-1, length.getValue());

        assertFalse(URLS.InternetCreateUrlW(filled(), 0, null, null));
        assertEquals(WinError.ERROR_INVALID_PARAMETER, JavaLastError.get());
    }
}
