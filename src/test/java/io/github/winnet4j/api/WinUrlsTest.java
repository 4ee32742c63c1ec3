package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.testing.AllBackends;

import static org.junit.jupiter.api.Assertions.*;

/** Windows' URL functions through the wrappers, on every backend. */
class WinUrlsTest {

    @AllBackends
    void crackSplitsEveryPart(Backend backend) throws Exception {
        UrlParts p = WinUrls.of(backend).crack("https://alice:pw@example.test:8443/a/b.html?q=1#top");
        assertEquals("https", p.scheme());
        assertEquals(WinInetConstants.INTERNET_SCHEME_HTTPS, p.schemeType());
        assertEquals("example.test", p.host());
        assertEquals(8443, p.port());
        assertEquals("alice", p.user());
        assertEquals("pw", p.password());
        assertEquals("/a/b.html", p.path());
        assertEquals("?q=1#top", p.extra());
        assertFalse(p.toString().contains("pw,"), "toString must not show the password: " + p);
    }

    @AllBackends
    void crackFillsTheDefaultPort(Backend backend) throws Exception {
        assertEquals(80, WinUrls.of(backend).crack("http://example.test/").port());
        assertEquals(443, WinUrls.of(backend).crack("https://example.test/").port());
    }

    @AllBackends
    void crackRefusesAUrlWithoutScheme(Backend backend) {
        WinInetException e = assertThrows(WinInetException.class, () -> WinUrls.of(backend).crack("not a url"));
        assertEquals("InternetCrackUrlW", e.call());
    }

    @AllBackends
    void createJoinsParts(Backend backend) throws Exception {
        UrlParts parts = new UrlParts("http", WinInetConstants.INTERNET_SCHEME_HTTP, "example.test", 8080,
                "", "", "/x/y", "?z=1");
        assertEquals("http://example.test:8080/x/y?z=1", WinUrls.of(backend).create(parts, 0));
    }

    @AllBackends
    void canonicalizeResolvesDotsAndEscapesSpaces(Backend backend) throws Exception {
        assertEquals("http://example.test/a/c%20d",
                WinUrls.of(backend).canonicalize("http://example.test/a/b/../c d", 0));
    }

    @AllBackends
    void combineResolvesRelativeReferences(Backend backend) throws Exception {
        WinUrls urls = WinUrls.of(backend);
        assertEquals("http://example.test/a/c", urls.combine("http://example.test/a/b", "c", 0));
        assertEquals("http://example.test/c", urls.combine("http://example.test/a/b", "../c", 0));
        assertEquals("http://other.test/x", urls.combine("http://example.test/a/b", "http://other.test/x", 0));
    }

    @AllBackends
    void urlsWithNulAreRefused(Backend backend) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WinUrls.of(backend).crack("http://a/\0b"));
        assertTrue(e.getMessage().startsWith("url"), e.getMessage());
    }
}
