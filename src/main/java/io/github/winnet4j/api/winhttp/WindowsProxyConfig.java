package io.github.winnet4j.api.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.github.winnet4j.api.HandleUse;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WINHTTP_AUTOPROXY_OPTIONS;
import io.github.winnet4j.raw.WINHTTP_CURRENT_USER_IE_PROXY_CONFIG;
import io.github.winnet4j.raw.WINHTTP_PROXY_INFO;

import java.util.Optional;

import static io.github.winnet4j.raw.WinHttpConstants.*;
import static io.github.winnet4j.raw.WinHttpErrors.ERROR_WINHTTP_AUTODETECTION_FAILED;
import static io.github.winnet4j.raw.WinHttpErrors.ERROR_WINHTTP_LOGIN_FAILURE;

/**
 * Where Windows finds proxies: the user's Internet Options, WinHTTP's machine default, WPAD, and
 * the PAC script's answer for a URL. Every string WinHTTP allocates for these answers is copied and
 * then freed exactly once ({@link Backend#globalFree}), also when copying fails.
 *
 * <pre>{@code
 * IeProxySettings ie = WindowsProxyConfig.currentUser(backend);
 * try (WinHttpSession session = WinHttpSession.builder().backend(backend).access(ProxyAccess.noProxy()).open()) {
 *     WinHttpProxyInfo answer = WindowsProxyConfig.proxyForUrl(session, "http://127.0.0.1/",
 *             AutoProxy.pacUrl(ie.autoConfigUrl().orElseThrow()));
 * }
 * }</pre>
 */
public final class WindowsProxyConfig {
    private static final int ERROR_FILE_NOT_FOUND = 2;

    private WindowsProxyConfig() {
    }

    /**
     * The current user's settings (WinHttpGetIEProxyConfigForCurrentUser); {@link IeProxySettings#none()}
     * when the user has none.
     */
    public static IeProxySettings currentUser(Backend backend) throws WinHttpException {
        WINHTTP_CURRENT_USER_IE_PROXY_CONFIG c = new WINHTTP_CURRENT_USER_IE_PROXY_CONFIG();
        if (!backend.winhttp().WinHttpGetIEProxyConfigForCurrentUser(c)) {
            int code = backend.lastError();
            if (code == ERROR_FILE_NOT_FOUND) {
                return IeProxySettings.none();
            }
            throw Calls.ofCode(backend, "WinHttpGetIEProxyConfigForCurrentUser", code, null);
        }
        c.read();
        try {
            return new IeProxySettings(c.fAutoDetect, text(c.lpszAutoConfigUrl), text(c.lpszProxy),
                    text(c.lpszProxyBypass));
        } finally {
            free(backend, c.lpszAutoConfigUrl);
            free(backend, c.lpszProxy);
            free(backend, c.lpszProxyBypass);
        }
    }

    /** WinHTTP's default configuration (WinHttpGetDefaultProxyConfiguration; {@code netsh winhttp}). */
    public static WinHttpProxyInfo winHttpDefault(Backend backend) throws WinHttpException {
        WINHTTP_PROXY_INFO info = new WINHTTP_PROXY_INFO();
        if (!backend.winhttp().WinHttpGetDefaultProxyConfiguration(info)) {
            throw Calls.failure(backend, "WinHttpGetDefaultProxyConfiguration", null);
        }
        return copy(backend, info);
    }

    /**
     * The PAC URL WPAD finds by DHCP and DNS (WinHttpDetectAutoProxyConfigUrl), empty when none is
     * found. Can take a long time on some networks: call it off the caller's critical path.
     */
    public static Optional<String> detectAutoConfigUrl(Backend backend) throws WinHttpException {
        PointerByReference url = new PointerByReference();
        if (!backend.winhttp().WinHttpDetectAutoProxyConfigUrl(
                WINHTTP_AUTO_DETECT_TYPE_DHCP | WINHTTP_AUTO_DETECT_TYPE_DNS_A, url)) {
            int code = backend.lastError();
            if (code == ERROR_WINHTTP_AUTODETECTION_FAILED) {
                return Optional.empty();
            }
            throw Calls.ofCode(backend, "WinHttpDetectAutoProxyConfigUrl", code, null);
        }
        Pointer p = url.getValue();
        try {
            return text(p);
        } finally {
            free(backend, p);
        }
    }

    /**
     * The proxies for {@code url} by the PAC script (WinHttpGetProxyForUrl). If the script's server
     * asks for authentication, the call is repeated once with fAutoLogonIfChallenged, as Microsoft
     * prescribes.
     *
     * @param session a session of its own for proxy lookups (opened with {@link ProxyAccess#noProxy()})
     */
    public static WinHttpProxyInfo proxyForUrl(WinHttpSession session, String url, AutoProxy how)
            throws WinHttpException {
        Arguments.requireNonNull(url, "url");
        Arguments.requireNoLineBreak(url, "url");
        Arguments.requireNonNull(how, "how");
        Backend backend = session.backend();
        Memory u = Utf16.encode(url, "url");
        Memory pac = Utf16.encode(how.pacUrl(), "pacUrl");
        WinHttpException last = null;
        for (boolean autoLogon : new boolean[] {false, true}) {
            WINHTTP_AUTOPROXY_OPTIONS options = new WINHTTP_AUTOPROXY_OPTIONS();
            options.dwFlags = (how.autoDetect() ? WINHTTP_AUTOPROXY_AUTO_DETECT : 0)
                    | (pac != null ? WINHTTP_AUTOPROXY_CONFIG_URL : 0);
            options.dwAutoDetectFlags = how.autoDetect()
                    ? WINHTTP_AUTO_DETECT_TYPE_DHCP | WINHTTP_AUTO_DETECT_TYPE_DNS_A : 0;
            options.lpszAutoConfigUrl = pac;
            options.fAutoLogonIfChallenged = autoLogon;
            WINHTTP_PROXY_INFO info = new WINHTTP_PROXY_INFO();
            try (HandleUse s = session.sessionUse()) {
                if (backend.winhttp().WinHttpGetProxyForUrl(s.value(), u, options, info)) {
                    return copy(backend, info);
                }
            }
            last = Calls.failure(backend, "WinHttpGetProxyForUrl", url + " by " + how);
            if (last.errorCode() != ERROR_WINHTTP_LOGIN_FAILURE) {
                break;
            }
        }
        throw last;
    }

    private static WinHttpProxyInfo copy(Backend backend, WINHTTP_PROXY_INFO info) {
        info.read();
        try {
            return new WinHttpProxyInfo(info.dwAccessType, text(info.lpszProxy), text(info.lpszProxyBypass));
        } finally {
            free(backend, info.lpszProxy);
            free(backend, info.lpszProxyBypass);
        }
    }

    private static Optional<String> text(Pointer p) {
        if (p == null) {
            return Optional.empty();
        }
        String s = Utf16.decode(p, 64 * 1024);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static void free(Backend backend, Pointer p) {
        if (p != null) {
            backend.globalFree(p);
        }
    }
}
