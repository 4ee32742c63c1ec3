package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The two kernel32.dll entry points that release memory WinHTTP hands to its caller. WinHTTP
 * allocates the strings of {@link WINHTTP_PROXY_INFO} (from WinHttpGetDefaultProxyConfiguration,
 * WinHttpGetProxyForUrl and WinHttpQueryOption), of {@link WINHTTP_CURRENT_USER_IE_PROXY_CONFIG}
 * and the URL of WinHttpDetectAutoProxyConfigUrl with {@code GlobalAlloc}; the caller frees each
 * non-{@code NULL} one exactly once with {@link #GlobalFree}. The strings of
 * {@link WINHTTP_CERTIFICATE_INFO} are freed with {@link #LocalFree}.
 *
 * <p>No method declares {@code LastErrorException} in a throws clause.
 */
public interface Kernel32Memory extends StdCallLibrary {
    /**
     * Frees a global memory object. Returns {@code NULL} on success, or the handle itself on
     * failure (the last error says why). {@code NULL} in, {@code NULL} out.
     *
     * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winbase/nf-winbase-globalfree">GlobalFree</a>
     */
    Pointer GlobalFree(Pointer hMem);

    /**
     * Frees a local memory object. Returns {@code NULL} on success, or the handle itself on failure.
     *
     * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winbase/nf-winbase-localfree">LocalFree</a>
     */
    Pointer LocalFree(Pointer hMem);
}
