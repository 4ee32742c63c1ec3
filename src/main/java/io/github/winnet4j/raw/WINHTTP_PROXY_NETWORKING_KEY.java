package io.github.winnet4j.raw;

import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * {@code WINHTTP_PROXY_NETWORKING_KEY}: an opaque 128-byte key naming a network, an element of
 * {@link WINHTTP_PROXY_SETTINGS#pNetworkKeys}.
 *
 * <pre>
 * typedef struct _WinHttpProxyNetworkKey {
 *   unsigned char pbBuffer[NETWORKING_KEY_BUFSIZE];
 * } WINHTTP_PROXY_NETWORKING_KEY;
 * </pre>
 */
@FieldOrder({"pbBuffer"})
public class WINHTTP_PROXY_NETWORKING_KEY extends Structure {
    public byte[] pbBuffer = new byte[WinHttpConstants.NETWORKING_KEY_BUFSIZE];

    /** A zeroed key. */
    public WINHTTP_PROXY_NETWORKING_KEY() {
    }
}
