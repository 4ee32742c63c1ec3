package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.api.ErrorCategory;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;

import static io.github.winnet4j.api.winhttp.WinHttpSupport.assumeWinHttp;
import static org.junit.jupiter.api.Assertions.*;

/** WinHttpCrackUrl and WinHttpCreateUrl through the wrapper. */
class WinHttpUrlsTest {

    @AllBackends
    void cracksEveryComponent(Backend backend) throws Exception {
        assumeWinHttp(backend);
        WinHttpUrlParts p = WinHttpUrls.of(backend).crack("https://user:pw@127.0.0.1:8443/a/b.html?q=1#top");
        assertEquals(new WinHttpUrlParts("https", 2, "127.0.0.1", 8443, "user", "pw", "/a/b.html", "?q=1#top"), p);
        assertFalse(p.toString().contains("pw"), p.toString());
        WinHttpUrlParts d = WinHttpUrls.of(backend).crack("http://127.0.0.1/x");
        assertEquals(80, d.port());
        assertEquals(1, d.schemeType());
    }

    @AllBackends
    void createsWhatItCracked(Backend backend) throws Exception {
        assumeWinHttp(backend);
        WinHttpUrls urls = WinHttpUrls.of(backend);
        String url = "http://127.0.0.1:8080/path/to?x=1";
        assertEquals(url, urls.create(urls.crack(url)));
    }

    @AllBackends
    void unknownSchemeIsRefused(Backend backend) throws Exception {
        assumeWinHttp(backend);
        WinHttpException e = assertThrows(WinHttpException.class, () -> WinHttpUrls.of(backend).crack("gopher://127.0.0.1/"));
        assertEquals("ERROR_WINHTTP_UNRECOGNIZED_SCHEME", e.errorName());
        assertEquals(ErrorCategory.PROTOCOL, e.category());
        assertThrows(IllegalArgumentException.class, () -> WinHttpUrls.of(backend).crack("http://a\0b/"));
    }
}
