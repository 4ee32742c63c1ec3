package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code WINHTTP_PROXY_RESULT_ENTRY}: one entry of a {@link WINHTTP_PROXY_RESULT}, in the order
 * the PAC script gave them ({@code PROXY a:8080; DIRECT} is two entries).
 *
 * <pre>
 * typedef struct _WINHTTP_PROXY_RESULT_ENTRY {
 *   BOOL fProxy; BOOL fBypass; INTERNET_SCHEME ProxyScheme; PWSTR pwszProxy; INTERNET_PORT ProxyPort;
 * } WINHTTP_PROXY_RESULT_ENTRY;
 * </pre>
 *
 * <p>{@code fProxy} false means go direct ({@code fBypass} then says whether the bypass list
 * decided it). {@code ProxyScheme} takes winhttp.h's INTERNET_SCHEME values; {@code ProxyPort} is
 * unsigned 16-bit in a Java {@code short}. The string belongs to the enclosing result and is freed
 * by WinHttpFreeProxyResult.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-winhttp_proxy_result_entry">WINHTTP_PROXY_RESULT_ENTRY</a>
 */
@FieldOrder({"fProxy", "fBypass", "ProxyScheme", "pwszProxy", "ProxyPort"})
public class WINHTTP_PROXY_RESULT_ENTRY extends Structure {
    public boolean fProxy;
    public boolean fBypass;
    public int ProxyScheme;
    public Pointer pwszProxy;
    public short ProxyPort;

    /** A zeroed structure. */
    public WINHTTP_PROXY_RESULT_ENTRY() {
    }

    /** The first of an array of entries in native memory (read it with {@link #toArray(int)}). */
    public WINHTTP_PROXY_RESULT_ENTRY(Pointer memory) {
        super(memory);
        read();
    }
}
