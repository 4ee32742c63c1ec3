package io.github.winnet4j.api.winhttp;

import java.util.Optional;

/**
 * The current user's proxy settings as Internet Options holds them
 * (WinHttpGetIEProxyConfigForCurrentUser); on the java backend, the environment's
 * {@code http_proxy}/{@code https_proxy}/{@code no_proxy} stand in for them.
 *
 * <pre>{@code
 * IeProxySettings ie = WindowsProxyConfig.currentUser(backend);
 * if (ie.autoDetect()) { ... WPAD ... }
 * ie.autoConfigUrl().ifPresent(pac -> ...);
 * }</pre>
 *
 * @param autoDetect    "Automatically detect settings" (WPAD)
 * @param autoConfigUrl "Use automatic configuration script": the PAC URL
 * @param proxy         the manual proxy list, e.g. {@code "proxy:8080"} or {@code "http=a:80;https=b:443"}
 * @param bypass        the manual bypass list, e.g. {@code "<local>;*.corp.example"}
 */
public record IeProxySettings(boolean autoDetect, Optional<String> autoConfigUrl, Optional<String> proxy,
                              Optional<String> bypass) {

    /** No settings at all: straight to servers. */
    public static IeProxySettings none() {
        return new IeProxySettings(false, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
