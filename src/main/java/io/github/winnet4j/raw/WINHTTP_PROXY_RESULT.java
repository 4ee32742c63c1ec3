package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code WINHTTP_PROXY_RESULT}: the answer of WinHttpGetProxyResult, an array of
 * {@link WINHTTP_PROXY_RESULT_ENTRY} to try in order.
 *
 * <pre>
 * typedef struct _WINHTTP_PROXY_RESULT {
 *   DWORD cEntries; WINHTTP_PROXY_RESULT_ENTRY *pEntries;
 * } WINHTTP_PROXY_RESULT;
 * </pre>
 *
 * <p>Read the entries with {@code new WINHTTP_PROXY_RESULT_ENTRY(pEntries).toArray(cEntries)}.
 * WinHTTP allocates the array and its strings; the caller releases them exactly once with
 * WinHttpFreeProxyResult (not GlobalFree).
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-winhttp_proxy_result">WINHTTP_PROXY_RESULT</a>
 */
@FieldOrder({"cEntries", "pEntries"})
public class WINHTTP_PROXY_RESULT extends Structure {
    public int cEntries;
    public Pointer pEntries;

    /** A zeroed structure. */
    public WINHTTP_PROXY_RESULT() {
    }
}
