package io.github.winnet4j.api;

import static io.github.winnet4j.raw.WinInetConstants.*;

/**
 * Certificate checks a request may be told to skip. Each weakens TLS and is an explicit opt-in per
 * request ({@link HttpRequestBuilder#allowInsecure(CertificateLeniency...)}); nothing carries over to
 * other requests: where wininet.dll hands a remembered acceptance to a later request, that request
 * is refused with the skipped check's error.
 */
public enum CertificateLeniency {
    /** Accept a certificate from an authority the machine does not trust (self-signed, private CA). */
    UNKNOWN_CA(0, SECURITY_FLAG_IGNORE_UNKNOWN_CA),
    /** Accept an expired or not yet valid certificate. */
    EXPIRED(INTERNET_FLAG_IGNORE_CERT_DATE_INVALID, SECURITY_FLAG_IGNORE_CERT_DATE_INVALID),
    /** Accept a certificate issued for another host name. */
    WRONG_NAME(INTERNET_FLAG_IGNORE_CERT_CN_INVALID, SECURITY_FLAG_IGNORE_CERT_CN_INVALID),
    /** Do not check revocation. */
    REVOCATION(0, SECURITY_FLAG_IGNORE_REVOCATION);

    /** The INTERNET_FLAG_* for HttpOpenRequestW, or 0. */
    final int requestFlag;
    /** The SECURITY_FLAG_* for INTERNET_OPTION_SECURITY_FLAGS. */
    final int securityFlag;

    CertificateLeniency(int requestFlag, int securityFlag) {
        this.requestFlag = requestFlag;
        this.securityFlag = securityFlag;
    }
}
