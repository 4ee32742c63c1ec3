package io.github.winnet4j.raw;

import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;
import com.sun.jna.platform.win32.WinBase.FILETIME;

/**
 * {@code WIN32_FIND_DATAW} as FtpFindFirstFileW and InternetFindNextFileW fill it.
 *
 * <pre>
 * typedef struct _WIN32_FIND_DATAW {
 *   DWORD dwFileAttributes; FILETIME ftCreationTime; FILETIME ftLastAccessTime;
 *   FILETIME ftLastWriteTime; DWORD nFileSizeHigh; DWORD nFileSizeLow; DWORD dwReserved0;
 *   DWORD dwReserved1; WCHAR cFileName[MAX_PATH]; WCHAR cAlternateFileName[14];
 * } WIN32_FIND_DATAW;
 * </pre>
 *
 * <p>The name arrays are declared as bytes holding UTF-16LE, not {@code char[]}: JNA sizes a
 * {@code char[]} field by the platform's {@code wchar_t}, which is 4 bytes on Linux, while WCHAR is
 * always 2. Read them with {@code Utf16.decode(byte[])}.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/minwinbase/ns-minwinbase-win32_find_dataw">WIN32_FIND_DATAW</a>
 */
@FieldOrder({"dwFileAttributes", "ftCreationTime", "ftLastAccessTime", "ftLastWriteTime",
        "nFileSizeHigh", "nFileSizeLow", "dwReserved0", "dwReserved1", "cFileName",
        "cAlternateFileName"})
public class WIN32_FIND_DATAW extends Structure {
    /** MAX_PATH characters. */
    public static final int MAX_PATH = 260;

    public int dwFileAttributes;
    public FILETIME ftCreationTime;
    public FILETIME ftLastAccessTime;
    public FILETIME ftLastWriteTime;
    public int nFileSizeHigh;
    public int nFileSizeLow;
    public int dwReserved0;
    public int dwReserved1;
    public byte[] cFileName = new byte[MAX_PATH * 2];
    public byte[] cAlternateFileName = new byte[14 * 2];
}
