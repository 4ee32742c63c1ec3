package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;
import io.github.winnet4j.raw.WinInetErrors;

/**
 * Turns the WinINet codes of the shared engine pieces ({@code FailureMapping}, the classifying
 * trust manager, the response body pump) into what winhttp.dll reports for the same event. Most
 * numbers are shared by the two headers (12002 timeout, 12007 name not resolved, 12017 cancelled,
 * 12029 cannot connect, 12030 connection error, 12152 invalid server response, 12157 secure
 * channel error); the differences:
 * <ul>
 *   <li>a refused certificate is ERROR_WINHTTP_SECURE_FAILURE (12175), its reason going to the
 *       WINHTTP_CALLBACK_STATUS_SECURE_FAILURE notification as WINHTTP_CALLBACK_STATUS_FLAG_*
 *       bits ({@link #secureFailureFlags});</li>
 *   <li>WinHTTP has no "connection reset": ERROR_INTERNET_CONNECTION_RESET (12031) becomes
 *       ERROR_WINHTTP_CONNECTION_ERROR (12030).</li>
 * </ul>
 */
final class WinHttpFailures {
    private WinHttpFailures() {
    }

    /** The WinHTTP code for a code of the shared (WinINet-speaking) engine pieces. */
    static int translate(int code) {
        if (secureFailureFlags(code) != 0) {
            return WinHttpErrors.ERROR_WINHTTP_SECURE_FAILURE;
        }
        if (code == WinInetErrors.ERROR_INTERNET_CONNECTION_RESET) {
            return WinHttpErrors.ERROR_WINHTTP_CONNECTION_ERROR;
        }
        return code;
    }

    /** The WINHTTP_CALLBACK_STATUS_FLAG_* bits for a certificate refusal code; 0 for other codes. */
    static int secureFailureFlags(int code) {
        return switch (code) {
            case WinInetErrors.ERROR_INTERNET_INVALID_CA -> WinHttpConstants.WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA;
            case WinInetErrors.ERROR_INTERNET_SEC_CERT_DATE_INVALID ->
                    WinHttpConstants.WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID;
            case WinInetErrors.ERROR_INTERNET_SEC_CERT_CN_INVALID ->
                    WinHttpConstants.WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID;
            case WinInetErrors.ERROR_INTERNET_SEC_INVALID_CERT -> WinHttpConstants.WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT;
            case WinInetErrors.ERROR_INTERNET_SEC_CERT_REVOKED -> WinHttpConstants.WINHTTP_CALLBACK_STATUS_FLAG_CERT_REVOKED;
            case WinInetErrors.ERROR_INTERNET_SEC_CERT_REV_FAILED ->
                    WinHttpConstants.WINHTTP_CALLBACK_STATUS_FLAG_CERT_REV_FAILED;
            default -> 0;
        };
    }
}
