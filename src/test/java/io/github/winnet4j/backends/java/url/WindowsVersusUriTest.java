package io.github.winnet4j.backends.java.url;

import com.sun.jna.Memory;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.URL_COMPONENTSW;
import io.github.winnet4j.raw.WinInetErrors;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URISyntaxException;

import static io.github.winnet4j.backends.java.url.RawUrlCalls.bufferRequest;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.canonicalize;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.combine;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.crack;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.pointerRequest;
import static io.github.winnet4j.backends.java.url.RawUrlCalls.wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each place where Windows' URL functions and {@code java.net.URI} disagree, with both answers:
 * the java backend gives Windows' answer, and the test proves URI would have given another.
 */
class WindowsVersusUriTest {

    @Test
    void windowsResolvesSameSchemeWithoutSlashesAsRelative_whereUriWouldTakeItAsAbsolute() {
        assertEquals("http://a/b/g", combine("http://a/b/c", "http:g", 0));
        assertEquals("http:g", URI.create("http://a/b/c").resolve("http:g").toString());
    }

    @Test
    void windowsSimplifiesTheBaseBeforeMerging_whereUriWouldMergeFirst() {
        String base = "http://www.winehq.org/tests/../tests/..";
        assertEquals("http://www.winehq.org/", combine(base, "tests7/..", 0));
        assertEquals("http://www.winehq.org/tests/", URI.create(base).resolve("tests7/..").toString());
    }

    @Test
    void windowsDropsDotDotAboveTheRoot_whereUriWouldKeepIt() {
        String url = "http://www.winehq.org/tests/../tests/../..";
        assertEquals("http://www.winehq.org/", canonicalize(url, 0));
        assertEquals("http://www.winehq.org/..", URI.create(url).normalize().toString());
    }

    @Test
    void windowsGivesAnEmptyWebPathASlash_whereUriWouldLeaveItEmpty() {
        assertEquals("http://www.winehq.org/", canonicalize("http://www.winehq.org", 0));
        assertEquals("http://www.winehq.org", URI.create("http://www.winehq.org").normalize().toString());
    }

    @Test
    void windowsEncodesUnsafeCharacters_whereUriWouldRejectTheString() {
        assertEquals("http://h/a%20b%3Cc", canonicalize("http://h/a b<c", 0));
        assertThrows(URISyntaxException.class, () -> new URI("http://h/a b<c"));
    }

    @Test
    void windowsTakesBackslashForSlash_whereUriWouldRejectIt() {
        assertEquals("http://www.winehq.org/#example", canonicalize("http://www.winehq.org\\tests/../#example", 0));
        assertThrows(URISyntaxException.class, () -> new URI("http://www.winehq.org\\tests/../#example"));
    }

    @Test
    void windowsTrimsWhitespaceAndDropsTabs_whereUriWouldRejectThem() {
        assertEquals("http://h/x", canonicalize("  http://h/\tx \r\n", 0));
        assertThrows(URISyntaxException.class, () -> new URI("  http://h/\tx \r\n"));
    }

    @Test
    void windowsLeavesTheFragmentUnencoded_whereUriWouldRejectIt() {
        assertEquals("http://h/#a>b", canonicalize("http://h/#a>b", 0));
        assertThrows(URISyntaxException.class, () -> new URI("http://h/#a>b"));
    }

    @Test
    void windowsKeepsQueryAndFragmentTogetherAsExtraInfo_whereUriWouldSplitThem() {
        URL_COMPONENTSW c = bufferRequest(32);
        assertTrue(crack(wide("http://h/p?q=1#f"), 0, 0, c));
        assertEquals("?q=1#f", Utf16.decode(c.lpszExtraInfo));
        URI uri = URI.create("http://h/p?q=1#f");
        assertEquals("q=1", uri.getRawQuery());
        assertEquals("f", uri.getRawFragment());
    }

    @Test
    void windowsReportsTheSchemesDefaultPort_whereUriWouldReportMinusOne() {
        URL_COMPONENTSW c = pointerRequest();
        assertTrue(crack(wide("ftp://ftp.example.com/"), 0, 0, c));
        assertEquals(21, c.nPort);
        assertEquals(-1, URI.create("ftp://ftp.example.com/").getPort());
    }

    @Test
    void windowsRefusesAPortAbove65535_whereUriWouldAcceptIt() {
        assertFalse(crack(wide("http://h:99999/"), 0, 0, pointerRequest()));
        assertEquals(WinInetErrors.ERROR_INTERNET_INVALID_URL, JavaLastError.get());
        assertEquals(99999, URI.create("http://h:99999/").getPort());
    }

    @Test
    void windowsCracksADrivePathWithSchemeC_whereUriWouldRejectIt() {
        Memory u = wide("C:\\file.txt");
        URL_COMPONENTSW c = bufferRequest(32);
        assertTrue(crack(u, 0, 0, c));
        assertEquals("C", Utf16.decode(c.lpszScheme));
        assertEquals("\\file.txt", Utf16.decode(c.lpszUrlPath));
        assertThrows(URISyntaxException.class, () -> new URI("C:\\file.txt"));
    }

    @Test
    void windowsCopiesAFileUrlPathAsADosPath_whereUriWouldGiveAUrlPath() {
        String url = "file:///C:/Program%20Files/Atmel/..";
        URL_COMPONENTSW c = bufferRequest(64);
        assertTrue(crack(wide(url), 0, 0, c));
        assertEquals("C:\\Program Files\\Atmel\\..\\", Utf16.decode(c.lpszUrlPath));
        assertEquals("/C:/Program Files/Atmel/..", URI.create(url).getPath());
    }

    @Test
    void windowsWritesFileUrlsWithBackslashes_whereUriWouldKeepSlashes() {
        assertEquals("file://C:\\user\\file", canonicalize("file:///C:/user/file", 0));
        assertEquals("file:///C:/user/file", URI.create("file:///C:/user/file").normalize().toString());
    }
}
