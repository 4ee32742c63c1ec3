package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code WINHTTP_AUTOPROXY_OPTIONS}: how WinHttpGetProxyForUrl (and its Ex forms) finds the PAC
 * script: WPAD discovery ({@code WINHTTP_AUTOPROXY_AUTO_DETECT} with
 * {@code WINHTTP_AUTO_DETECT_TYPE_DHCP | WINHTTP_AUTO_DETECT_TYPE_DNS_A}) and/or a script URL
 * ({@code WINHTTP_AUTOPROXY_CONFIG_URL} with {@code lpszAutoConfigUrl}).
 *
 * <pre>
 * typedef struct {
 *   DWORD dwFlags; DWORD dwAutoDetectFlags; LPCWSTR lpszAutoConfigUrl;
 *   LPVOID lpvReserved; DWORD dwReserved; BOOL fAutoLogonIfChallenged;
 * } WINHTTP_AUTOPROXY_OPTIONS;
 * </pre>
 *
 * <p>The caller owns {@code lpszAutoConfigUrl}; {@code lpvReserved} must be {@code NULL} and
 * {@code dwReserved} 0. {@code fAutoLogonIfChallenged} lets WinHTTP send the logged-on user's
 * credentials when the script's server asks for them.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-winhttp_autoproxy_options">WINHTTP_AUTOPROXY_OPTIONS</a>
 */
@FieldOrder({"dwFlags", "dwAutoDetectFlags", "lpszAutoConfigUrl", "lpvReserved", "dwReserved",
        "fAutoLogonIfChallenged"})
public class WINHTTP_AUTOPROXY_OPTIONS extends Structure {
    public int dwFlags;
    public int dwAutoDetectFlags;
    public Pointer lpszAutoConfigUrl;
    public Pointer lpvReserved;
    public int dwReserved;
    public boolean fAutoLogonIfChallenged;

    /** A zeroed structure. */
    public WINHTTP_AUTOPROXY_OPTIONS() {
    }
}
