package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code WINHTTP_WEB_SOCKET_STATUS}: the status information of a WebSocket read or write
 * completion: bytes moved and the WINHTTP_WEB_SOCKET_*_BUFFER_TYPE of what was received.
 *
 * <pre>
 * typedef struct _WINHTTP_WEB_SOCKET_STATUS {
 *   DWORD dwBytesTransferred; WINHTTP_WEB_SOCKET_BUFFER_TYPE eBufferType;
 * } WINHTTP_WEB_SOCKET_STATUS;
 * </pre>
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/ns-winhttp-winhttp_web_socket_status">WINHTTP_WEB_SOCKET_STATUS</a>
 */
@FieldOrder({"dwBytesTransferred", "eBufferType"})
public class WINHTTP_WEB_SOCKET_STATUS extends Structure {
    public int dwBytesTransferred;
    public int eBufferType;

    /** A zeroed structure. */
    public WINHTTP_WEB_SOCKET_STATUS() {
    }

    /** A structure over the memory native code passed to a callback. */
    public WINHTTP_WEB_SOCKET_STATUS(Pointer memory) {
        super(memory);
        read();
    }
}
