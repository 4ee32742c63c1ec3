package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code WINHTTP_PROXY_INFO}: a session's or the machine's default proxy configuration, and the
 * answer of WinHttpGetProxyForUrl.
 *
 * <pre>typedef struct { DWORD dwAccessType; LPWSTR lpszProxy; LPWSTR lpszProxyBypass; } WINHTTP_PROXY_INFO;</pre>
 *
 * <p>Ownership of the strings: when WinHTTP fills the structure (WinHttpGetDefaultProxyConfiguration,
 * WinHttpGetProxyForUrl, WinHttpQueryOption with WINHTTP_OPTION_PROXY) it allocates them with
 * {@code GlobalAlloc}, and the caller frees each non-{@code NULL} one exactly once with
 * {@link Kernel32Memory#GlobalFree}. When the caller fills it (WinHttpSetOption,
 * WinHttpSetDefaultProxyConfiguration) the caller owns them throughout.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-winhttp_proxy_info">WINHTTP_PROXY_INFO</a>
 */
@FieldOrder({"dwAccessType", "lpszProxy", "lpszProxyBypass"})
public class WINHTTP_PROXY_INFO extends Structure {
    public int dwAccessType;
    public Pointer lpszProxy;
    public Pointer lpszProxyBypass;

    /** A zeroed structure. */
    public WINHTTP_PROXY_INFO() {
    }

    /** A structure over native memory filled by a query. */
    public WINHTTP_PROXY_INFO(Pointer memory) {
        super(memory);
        read();
    }
}
