package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;

/**
 * {@code WINHTTP_ASYNC_RESULT}: the status information of WINHTTP_CALLBACK_STATUS_REQUEST_ERROR.
 * {@code dwResult} names the call that failed (API_RECEIVE_RESPONSE, API_READ_DATA, ...;
 * API_GET_PROXY_FOR_URL for WinHttpGetProxyForUrlEx), {@code dwError} is its Win32 error code.
 *
 * <pre>typedef struct { DWORD_PTR dwResult; DWORD dwError; } WINHTTP_ASYNC_RESULT;</pre>
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-winhttp_async_result">WINHTTP_ASYNC_RESULT</a>
 */
@FieldOrder({"dwResult", "dwError"})
public class WINHTTP_ASYNC_RESULT extends Structure {
    public DWORD_PTR dwResult;
    public int dwError;

    /** A zeroed structure. */
    public WINHTTP_ASYNC_RESULT() {
    }

    /** A structure over the memory native code passed to a callback. */
    public WINHTTP_ASYNC_RESULT(Pointer memory) {
        super(memory);
        read();
    }
}
