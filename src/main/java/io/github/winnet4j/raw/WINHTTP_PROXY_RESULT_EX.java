package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;
import com.sun.jna.platform.win32.WinNT.HANDLE;

/**
 * {@code WINHTTP_PROXY_RESULT_EX}: the answer of WinHttpGetProxyResultEx, a
 * {@link WINHTTP_PROXY_RESULT} with the detection handle and the interface the result applies to.
 *
 * <pre>
 * typedef struct _WINHTTP_PROXY_RESULT_EX {
 *   DWORD cEntries; WINHTTP_PROXY_RESULT_ENTRY *pEntries;
 *   HANDLE hProxyDetectionHandle; DWORD dwProxyInterfaceAffinity;
 * } WINHTTP_PROXY_RESULT_EX;
 * </pre>
 *
 * <p>Released exactly once with WinHttpFreeProxyResultEx.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-winhttp_proxy_result_ex">WINHTTP_PROXY_RESULT_EX</a>
 */
@FieldOrder({"cEntries", "pEntries", "hProxyDetectionHandle", "dwProxyInterfaceAffinity"})
public class WINHTTP_PROXY_RESULT_EX extends Structure {
    public int cEntries;
    public Pointer pEntries;
    public HANDLE hProxyDetectionHandle;
    public int dwProxyInterfaceAffinity;

    /** A zeroed structure. */
    public WINHTTP_PROXY_RESULT_EX() {
    }
}
