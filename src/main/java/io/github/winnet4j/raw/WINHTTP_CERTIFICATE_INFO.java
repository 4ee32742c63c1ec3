package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;
import com.sun.jna.platform.win32.WinBase.FILETIME;

/**
 * {@code WINHTTP_CERTIFICATE_INFO}: the server certificate's dates and names, the value of
 * WinHttpQueryOption with WINHTTP_OPTION_SECURITY_CERTIFICATE_STRUCT.
 *
 * <pre>
 * typedef struct {
 *   FILETIME ftExpiry; FILETIME ftStart; LPWSTR lpszSubjectInfo; LPWSTR lpszIssuerInfo;
 *   LPWSTR lpszProtocolName; LPWSTR lpszSignatureAlgName; LPWSTR lpszEncryptionAlgName;
 *   DWORD dwKeySize;
 * } WINHTTP_CERTIFICATE_INFO;
 * </pre>
 *
 * <p>WinHTTP fills only the dates, {@code lpszSubjectInfo}, {@code lpszIssuerInfo} and
 * {@code dwKeySize}; the caller frees the two strings with {@link Kernel32Memory#LocalFree}
 * (not GlobalFree).
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-winhttp_certificate_info">WINHTTP_CERTIFICATE_INFO</a>
 */
@FieldOrder({"ftExpiry", "ftStart", "lpszSubjectInfo", "lpszIssuerInfo", "lpszProtocolName",
        "lpszSignatureAlgName", "lpszEncryptionAlgName", "dwKeySize"})
public class WINHTTP_CERTIFICATE_INFO extends Structure {
    public FILETIME ftExpiry;
    public FILETIME ftStart;
    public Pointer lpszSubjectInfo;
    public Pointer lpszIssuerInfo;
    public Pointer lpszProtocolName;
    public Pointer lpszSignatureAlgName;
    public Pointer lpszEncryptionAlgName;
    public int dwKeySize;

    /** A zeroed structure. */
    public WINHTTP_CERTIFICATE_INFO() {
    }
}
