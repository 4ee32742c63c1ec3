package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code WINHTTP_CURRENT_USER_IE_PROXY_CONFIG}: the current user's Internet Explorer (Internet
 * Options) proxy settings, as WinHttpGetIEProxyConfigForCurrentUser reads them.
 *
 * <pre>
 * typedef struct {
 *   BOOL fAutoDetect; LPWSTR lpszAutoConfigUrl; LPWSTR lpszProxy; LPWSTR lpszProxyBypass;
 * } WINHTTP_CURRENT_USER_IE_PROXY_CONFIG;
 * </pre>
 *
 * <p>WinHTTP allocates the three strings with {@code GlobalAlloc}; each is {@code NULL} when not
 * configured, and the caller frees each non-{@code NULL} one exactly once with
 * {@link Kernel32Memory#GlobalFree}. {@code fAutoDetect} is a 4-byte BOOL.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-winhttp_current_user_ie_proxy_config">WINHTTP_CURRENT_USER_IE_PROXY_CONFIG</a>
 */
@FieldOrder({"fAutoDetect", "lpszAutoConfigUrl", "lpszProxy", "lpszProxyBypass"})
public class WINHTTP_CURRENT_USER_IE_PROXY_CONFIG extends Structure {
    public boolean fAutoDetect;
    public Pointer lpszAutoConfigUrl;
    public Pointer lpszProxy;
    public Pointer lpszProxyBypass;

    /** A zeroed structure. */
    public WINHTTP_CURRENT_USER_IE_PROXY_CONFIG() {
    }
}
