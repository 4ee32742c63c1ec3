package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * winhttp.h's {@code URL_COMPONENTS} (also typedef'd {@code URL_COMPONENTSW}): the parts of a URL
 * for WinHttpCrackUrl and WinHttpCreateUrl, each a pointer to UTF-16 plus a length in characters.
 * The Java name differs from the C name only so that it does not clash with wininet.h's
 * {@link URL_COMPONENTSW}; the layout is the same, but {@code nScheme} takes winhttp.h's
 * INTERNET_SCHEME values (INTERNET_SCHEME_HTTP is 1 here, 3 in wininet.h).
 *
 * <pre>
 * typedef struct {
 *   DWORD dwStructSize; LPWSTR lpszScheme; DWORD dwSchemeLength; INTERNET_SCHEME nScheme;
 *   LPWSTR lpszHostName; DWORD dwHostNameLength; INTERNET_PORT nPort;
 *   LPWSTR lpszUserName; DWORD dwUserNameLength; LPWSTR lpszPassword; DWORD dwPasswordLength;
 *   LPWSTR lpszUrlPath; DWORD dwUrlPathLength; LPWSTR lpszExtraInfo; DWORD dwExtraInfoLength;
 * } URL_COMPONENTS;
 * </pre>
 *
 * <p>For WinHttpCrackUrl, a component with a {@code NULL} pointer and a non-zero length asks for a
 * pointer into the input string; a buffer with its capacity in characters asks for a copy; a zero
 * length leaves the component out. {@code nPort} is an unsigned 16-bit value in a Java {@code short}.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-url_components">URL_COMPONENTS (winhttp.h)</a>
 */
@FieldOrder({"dwStructSize", "lpszScheme", "dwSchemeLength", "nScheme", "lpszHostName",
        "dwHostNameLength", "nPort", "lpszUserName", "dwUserNameLength", "lpszPassword",
        "dwPasswordLength", "lpszUrlPath", "dwUrlPathLength", "lpszExtraInfo", "dwExtraInfoLength"})
public class WINHTTP_URL_COMPONENTS extends Structure {
    public int dwStructSize;
    public Pointer lpszScheme;
    public int dwSchemeLength;
    public int nScheme;
    public Pointer lpszHostName;
    public int dwHostNameLength;
    public short nPort;
    public Pointer lpszUserName;
    public int dwUserNameLength;
    public Pointer lpszPassword;
    public int dwPasswordLength;
    public Pointer lpszUrlPath;
    public int dwUrlPathLength;
    public Pointer lpszExtraInfo;
    public int dwExtraInfoLength;

    /** A zeroed structure with {@code dwStructSize} set. */
    public WINHTTP_URL_COMPONENTS() {
        dwStructSize = size();
    }
}
