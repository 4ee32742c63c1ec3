package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code WINHTTP_WEB_SOCKET_ASYNC_RESULT}: the status information of
 * WINHTTP_CALLBACK_STATUS_REQUEST_ERROR on a WebSocket handle: the error and the operation
 * (WINHTTP_WEB_SOCKET_SEND_OPERATION, ..._RECEIVE_, ..._CLOSE_, ..._SHUTDOWN_OPERATION) it ended.
 *
 * <pre>
 * typedef struct _WINHTTP_WEB_SOCKET_ASYNC_RESULT {
 *   WINHTTP_ASYNC_RESULT AsyncResult; WINHTTP_WEB_SOCKET_OPERATION Operation;
 * } WINHTTP_WEB_SOCKET_ASYNC_RESULT;
 * </pre>
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-winhttp_web_socket_async_result">WINHTTP_WEB_SOCKET_ASYNC_RESULT</a>
 */
@FieldOrder({"AsyncResult", "Operation"})
public class WINHTTP_WEB_SOCKET_ASYNC_RESULT extends Structure {
    public WINHTTP_ASYNC_RESULT AsyncResult;
    public int Operation;

    /** A zeroed structure. */
    public WINHTTP_WEB_SOCKET_ASYNC_RESULT() {
    }

    /** A structure over the memory native code passed to a callback. */
    public WINHTTP_WEB_SOCKET_ASYNC_RESULT(Pointer memory) {
        super(memory);
        read();
    }
}
