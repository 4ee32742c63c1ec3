package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code INTERNET_PROXY_INFO}, the value of {@code INTERNET_OPTION_PROXY}.
 *
 * <pre>
 * typedef struct { DWORD dwAccessType; LPCWSTR lpszProxy; LPCWSTR lpszProxyBypass; } INTERNET_PROXY_INFO;
 * </pre>
 *
 * <p>The header declares the strings as {@code LPCTSTR}; through {@code InternetQueryOptionW} they
 * are UTF-16.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/wininet/ns-wininet-internet_proxy_info">INTERNET_PROXY_INFO</a>
 */
@FieldOrder({"dwAccessType", "lpszProxy", "lpszProxyBypass"})
public class INTERNET_PROXY_INFO extends Structure {
    public int dwAccessType;
    public Pointer lpszProxy;
    public Pointer lpszProxyBypass;

    /** A zeroed structure. */
    public INTERNET_PROXY_INFO() {
    }

    /** A structure over native memory filled by a query. */
    public INTERNET_PROXY_INFO(Pointer memory) {
        super(memory);
        read();
    }
}
