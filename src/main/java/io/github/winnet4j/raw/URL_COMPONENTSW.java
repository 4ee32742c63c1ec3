package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code URL_COMPONENTSW} from wininet.h: the parts of a URL, each as a pointer into a UTF-16
 * buffer plus a length in characters.
 *
 * <pre>
 * typedef struct {
 *   DWORD dwStructSize; LPWSTR lpszScheme; DWORD dwSchemeLength; INTERNET_SCHEME nScheme;
 *   LPWSTR lpszHostName; DWORD dwHostNameLength; INTERNET_PORT nPort;
 *   LPWSTR lpszUserName; DWORD dwUserNameLength; LPWSTR lpszPassword; DWORD dwPasswordLength;
 *   LPWSTR lpszUrlPath; DWORD dwUrlPathLength; LPWSTR lpszExtraInfo; DWORD dwExtraInfoLength;
 * } URL_COMPONENTSW;
 * </pre>
 *
 * <p>For {@code InternetCrackUrlW}, a component with a {@code NULL} pointer and a non-zero length
 * asks for a pointer into the input string; a non-{@code NULL} pointer with a length asks for a copy
 * into that buffer. {@code nPort} is an unsigned 16-bit value held in a Java {@code short}.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/wininet/ns-wininet-url_componentsw">URL_COMPONENTSW</a>
 */
@FieldOrder({"dwStructSize", "lpszScheme", "dwSchemeLength", "nScheme", "lpszHostName",
        "dwHostNameLength", "nPort", "lpszUserName", "dwUserNameLength", "lpszPassword",
        "dwPasswordLength", "lpszUrlPath", "dwUrlPathLength", "lpszExtraInfo", "dwExtraInfoLength"})
public class URL_COMPONENTSW extends Structure {
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
    public URL_COMPONENTSW() {
        dwStructSize = size();
    }
}
