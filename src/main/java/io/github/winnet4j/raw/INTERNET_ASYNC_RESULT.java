package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;

/**
 * {@code INTERNET_ASYNC_RESULT}: the status information of {@code INTERNET_STATUS_HANDLE_CREATED}
 * and {@code INTERNET_STATUS_REQUEST_COMPLETE}.
 *
 * <pre>typedef struct { DWORD_PTR dwResult; DWORD dwError; } INTERNET_ASYNC_RESULT;</pre>
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/wininet/ns-wininet-internet_async_result">INTERNET_ASYNC_RESULT</a>
 */
@FieldOrder({"dwResult", "dwError"})
public class INTERNET_ASYNC_RESULT extends Structure {
    public DWORD_PTR dwResult;
    public int dwError;

    /** A zeroed structure. */
    public INTERNET_ASYNC_RESULT() {
    }

    /** A structure over the memory native code passed to a callback. */
    public INTERNET_ASYNC_RESULT(Pointer memory) {
        super(memory);
        read();
    }
}
