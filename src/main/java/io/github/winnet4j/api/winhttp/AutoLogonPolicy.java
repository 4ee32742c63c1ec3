package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.raw.WinHttpConstants;

/**
 * When WinHTTP may answer an NTLM or Negotiate challenge with the logged-on user's credentials
 * (WINHTTP_OPTION_AUTOLOGON_POLICY), for requests that were given no {@link Credentials}. Windows
 * only: the java backend has no logged-on user to offer.
 */
public enum AutoLogonPolicy {
    /** Only to intranet servers (Windows' default). */
    MEDIUM(WinHttpConstants.WINHTTP_AUTOLOGON_SECURITY_LEVEL_MEDIUM),
    /** To any server that asks: use only for servers you trust with the user's identity. */
    LOW(WinHttpConstants.WINHTTP_AUTOLOGON_SECURITY_LEVEL_LOW),
    /** Never. */
    HIGH(WinHttpConstants.WINHTTP_AUTOLOGON_SECURITY_LEVEL_HIGH);

    final int value;

    AutoLogonPolicy(int value) {
        this.value = value;
    }
}
