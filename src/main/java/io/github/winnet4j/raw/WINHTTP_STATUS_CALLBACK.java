package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.win32.StdCallLibrary.StdCallCallback;

/**
 * {@code WINHTTP_STATUS_CALLBACK}:
 * {@code void CALLBACK (HINTERNET hInternet, DWORD_PTR dwContext, DWORD dwInternetStatus,
 * LPVOID lpvStatusInformation, DWORD dwStatusInformationLength)}.
 *
 * <p>WinHTTP calls it for the notifications selected with {@code WINHTTP_CALLBACK_FLAG_*} in
 * WinHttpSetStatusCallback; {@code dwContext} is the value given to WinHttpSendRequest (or set with
 * WINHTTP_OPTION_CONTEXT_VALUE). What {@code lpvStatusInformation} points to depends on the status
 * ({@link WINHTTP_ASYNC_RESULT} for WINHTTP_CALLBACK_STATUS_REQUEST_ERROR,
 * {@link WINHTTP_WEB_SOCKET_STATUS} for a WebSocket read or write completion, a DWORD of bytes for
 * DATA_AVAILABLE, ...); it is valid only during the call. In asynchronous mode the callback runs on
 * a WinHTTP worker thread.
 *
 * <p>The implementing object must stay strongly reachable for as long as native code may call it:
 * JNA frees the native trampoline when the Java object is collected. The last notification of a
 * handle is WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/nc-winhttp-winhttp_status_callback">WINHTTP_STATUS_CALLBACK</a>
 */
public interface WINHTTP_STATUS_CALLBACK extends StdCallCallback {
    void callback(HINTERNET hInternet, DWORD_PTR dwContext, int dwInternetStatus,
                  Pointer lpvStatusInformation, int dwStatusInformationLength);
}
