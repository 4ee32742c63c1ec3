package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code INTERNET_BUFFERSW} from wininet.h, used by {@code HttpSendRequestExW},
 * {@code HttpEndRequestW} and {@code InternetReadFileExW}.
 *
 * <pre>
 * typedef struct _INTERNET_BUFFERSW {
 *   DWORD dwStructSize; struct _INTERNET_BUFFERSW *Next; LPCWSTR lpcszHeader;
 *   DWORD dwHeadersLength; DWORD dwHeadersTotal; LPVOID lpvBuffer; DWORD dwBufferLength;
 *   DWORD dwBufferTotal; DWORD dwOffsetLow; DWORD dwOffsetHigh;
 * } INTERNET_BUFFERSW;
 * </pre>
 *
 * <p>{@code dwBufferTotal} declares the length of a request body sent with
 * {@code HttpSendRequestExW}; the body then follows through {@code InternetWriteFile}.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/wininet/ns-wininet-internet_buffersw">INTERNET_BUFFERSW</a>
 */
@FieldOrder({"dwStructSize", "Next", "lpcszHeader", "dwHeadersLength", "dwHeadersTotal",
        "lpvBuffer", "dwBufferLength", "dwBufferTotal", "dwOffsetLow", "dwOffsetHigh"})
public class INTERNET_BUFFERSW extends Structure {
    public int dwStructSize;
    public Pointer Next;
    public Pointer lpcszHeader;
    public int dwHeadersLength;
    public int dwHeadersTotal;
    public Pointer lpvBuffer;
    public int dwBufferLength;
    public int dwBufferTotal;
    public int dwOffsetLow;
    public int dwOffsetHigh;

    /** A zeroed structure with {@code dwStructSize} set. */
    public INTERNET_BUFFERSW() {
        dwStructSize = size();
    }
}
