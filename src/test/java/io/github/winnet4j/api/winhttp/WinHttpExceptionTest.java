package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.api.ErrorCategory;
import io.github.winnet4j.raw.WinHttpErrors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** WinHTTP's own names and categories for its 12xxx codes, which overlap WinINet's. */
class WinHttpExceptionTest {

    @Test
    void namesAreWinHttpsNotWinInets() {
        assertEquals("ERROR_WINHTTP_SECURE_FAILURE", WinHttpErrorNames.of(12175));
        assertEquals("ERROR_WINHTTP_TIMEOUT", WinHttpErrorNames.of(12002));
        assertEquals("ERROR_INVALID_PARAMETER", WinHttpErrorNames.of(87));
        assertEquals("0x0000BEEF", WinHttpErrorNames.of(0xBEEF));
    }

    @Test
    void categoriesFollowWinHttpsMeaning() {
        assertEquals(ErrorCategory.TLS_TRUST, ErrorCategory.ofWinHttp(WinHttpErrors.ERROR_WINHTTP_SECURE_FAILURE));
        assertEquals(ErrorCategory.OTHER, ErrorCategory.of(WinHttpErrors.ERROR_WINHTTP_SECURE_FAILURE));
        assertEquals(ErrorCategory.PROXY_DISCOVERY, ErrorCategory.ofWinHttp(WinHttpErrors.ERROR_WINHTTP_AUTODETECTION_FAILED));
        assertEquals(ErrorCategory.CANNOT_CONNECT, ErrorCategory.ofWinHttp(WinHttpErrors.ERROR_WINHTTP_CANNOT_CONNECT));
        assertEquals(ErrorCategory.TIMEOUT, ErrorCategory.ofWinHttp(WinHttpErrors.ERROR_WINHTTP_TIMEOUT));
        assertEquals(ErrorCategory.OTHER, ErrorCategory.ofWinHttp(1));
    }

    @Test
    void messageNamesCallCodeAndContext() {
        WinHttpException e = new WinHttpException("WinHttpSendRequest", 12002, "ERROR_WINHTTP_TIMEOUT",
                "The operation timed out", "WinHttpRequest(GET /)");
        assertEquals("WinHttpSendRequest failed (WinHttpRequest(GET /)): ERROR_WINHTTP_TIMEOUT (12002): "
                + "The operation timed out", e.getMessage());
        assertEquals(ErrorCategory.TIMEOUT, e.category());
        assertEquals("WinHttpSendRequest", e.call());
    }

    @Test
    void authSchemeChoiceIsTheStrongestUsable() {
        int basic = 1;
        int ntlm = 2;
        int digest = 8;
        int negotiate = 16;
        assertEquals(negotiate, Authentication.choose(basic | ntlm | negotiate, true));
        assertEquals(digest, Authentication.choose(basic | digest, true));
        assertEquals(0, Authentication.choose(basic | digest, false), "no credentials: nothing to send");
        assertEquals(ntlm, Authentication.choose(basic | ntlm, false), "the logged-on user for NTLM");
    }
}
