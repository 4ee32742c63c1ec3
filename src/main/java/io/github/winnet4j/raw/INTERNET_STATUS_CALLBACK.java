package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.win32.StdCallLibrary.StdCallCallback;

/**
 * {@code INTERNET_STATUS_CALLBACK}:
 * {@code void CALLBACK (HINTERNET hInternet, DWORD_PTR dwContext, DWORD dwInternetStatus,
 * LPVOID lpvStatusInformation, DWORD dwStatusInformationLength)}.
 *
 * <p>WinINet calls it only for handles opened with a non-zero context. The implementing object must
 * stay strongly reachable for as long as native code may call it: JNA frees the native trampoline
 * when the Java object is collected.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/wininet/nc-wininet-internet_status_callback">INTERNET_STATUS_CALLBACK</a>
 */
public interface INTERNET_STATUS_CALLBACK extends StdCallCallback {
    void callback(HINTERNET hInternet, DWORD_PTR dwContext, int dwInternetStatus,
                  Pointer lpvStatusInformation, int dwStatusInformationLength);
}
