package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.raw.WinHttpConstants;

/**
 * Certificate checks one request may be told to skip (WINHTTP_OPTION_SECURITY_FLAGS). Each weakens
 * TLS, is an explicit opt-in per request ({@link WinHttpRequestBuilder#allowInsecure}) and is logged
 * as a warning; nothing carries over to other requests.
 */
public enum WinHttpCertificateLeniency {
    /** Accept a certificate from an authority the machine does not trust (self-signed, private CA). */
    UNKNOWN_CA(WinHttpConstants.SECURITY_FLAG_IGNORE_UNKNOWN_CA),
    /** Accept an expired or not yet valid certificate. */
    EXPIRED(WinHttpConstants.SECURITY_FLAG_IGNORE_CERT_DATE_INVALID),
    /** Accept a certificate issued for another host name. */
    WRONG_NAME(WinHttpConstants.SECURITY_FLAG_IGNORE_CERT_CN_INVALID),
    /** Accept a certificate not issued for server authentication. */
    WRONG_USAGE(WinHttpConstants.SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE);

    final int securityFlag;

    WinHttpCertificateLeniency(int securityFlag) {
        this.securityFlag = securityFlag;
    }
}
