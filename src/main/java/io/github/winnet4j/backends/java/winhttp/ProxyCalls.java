package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WINHTTP_AUTOPROXY_OPTIONS;
import io.github.winnet4j.raw.WINHTTP_CURRENT_USER_IE_PROXY_CONFIG;
import io.github.winnet4j.raw.WINHTTP_PROXY_INFO;
import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Proxy configuration without Windows.
 * <ul>
 *   <li>WinHttpGetIEProxyConfigForCurrentUser and WinHttpGetDefaultProxyConfiguration answer from
 *       the environment ({@link ProxyEnvironment}); there is always an answer (no proxy when the
 *       variables are unset), so ERROR_FILE_NOT_FOUND never occurs.</li>
 *   <li>WinHttpDetectAutoProxyConfigUrl fails with ERROR_WINHTTP_AUTODETECTION_FAILED: WPAD by
 *       DHCP or DNS is not attempted here.</li>
 *   <li>WinHttpGetProxyForUrl with WINHTTP_AUTOPROXY_CONFIG_URL downloads the PAC script and runs
 *       it ({@link PacFetch}, {@link PacScript}) within the session's connect and receive
 *       timeouts; WINHTTP_AUTOPROXY_AUTO_DETECT alone fails as detection does.</li>
 * </ul>
 * Returned strings are allocated for GlobalFree ({@link AllocatedMemory}).
 */
final class ProxyCalls {
    private final Map<String, String> environment;
    private final AllocatedMemory memory;

    ProxyCalls(Map<String, String> environment, AllocatedMemory memory) {
        this.environment = environment;
        this.memory = memory;
    }

    void ieConfig(WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config) throws Win32Failure {
        if (config == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        ProxyEnvironment env = ProxyEnvironment.read(environment);
        config.fAutoDetect = false;
        config.lpszAutoConfigUrl = null;
        config.lpszProxy = memory.string(env.proxyList());
        config.lpszProxyBypass = env.proxyList() == null ? null : memory.string(env.bypassList());
        config.write();
    }

    void defaultConfig(WINHTTP_PROXY_INFO info) throws Win32Failure {
        if (info == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        ProxyInfoStructs.fill(info, ProxyConfig.fromEnvironment(environment), memory);
        info.write();
    }

    void proxyForUrl(SessionHandle session, Pointer url, WINHTTP_AUTOPROXY_OPTIONS options, WINHTTP_PROXY_INFO info)
            throws Win32Failure {
        if (url == null || options == null || info == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        String target = Utf16.decode(url);
        URI uri;
        try {
            uri = new URI(ObjectNames.escape(target, 0));
        } catch (Exception e) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INVALID_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
        }
        if ((options.dwFlags & WinHttpConstants.WINHTTP_AUTOPROXY_CONFIG_URL) == 0) {
            if ((options.dwFlags & WinHttpConstants.WINHTTP_AUTOPROXY_AUTO_DETECT) != 0) {
                throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_AUTODETECTION_FAILED);
            }
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        if (options.lpszAutoConfigUrl == null || options.lpvReserved != null || options.dwReserved != 0) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        int connect = WinHttpTimeouts.millis(session, WinHttpConstants.WINHTTP_OPTION_CONNECT_TIMEOUT);
        int receive = WinHttpTimeouts.millis(session, WinHttpConstants.WINHTTP_OPTION_RECEIVE_TIMEOUT);
        String script = PacFetch.fetch(Utf16.decode(options.lpszAutoConfigUrl), connect, receive);
        String host = uri.getHost() == null ? "" : uri.getHost();
        if ((options.dwFlags & WinHttpConstants.WINHTTP_AUTOPROXY_HOST_LOWERCASE) != 0) {
            host = host.toLowerCase(Locale.ROOT);
        }
        String answer = PacScript.findProxyForUrl(script, target, host, receive <= 0 ? 30_000 : receive);
        String list = PacResult.proxyList(answer);
        ProxyInfoStructs.fill(info, list == null ? ProxyConfig.direct() : new ProxyConfig(
                WinHttpConstants.WINHTTP_ACCESS_TYPE_NAMED_PROXY, list, null, null), memory);
        info.write();
    }
}
