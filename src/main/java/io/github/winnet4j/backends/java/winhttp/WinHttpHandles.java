package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.HandleRegistry;
import io.github.winnet4j.raw.WinHttpErrors;

/**
 * Maps WinHTTP handle values to the backend's objects. Values have their own numbering (from
 * 0x40000008 in steps of 8, far from the WinINet table's 0xCC0004 upwards, so a WinINet handle
 * passed here is unknown) and are never reused, so a stale value can only fail with
 * ERROR_INVALID_HANDLE; a handle of another kind fails with ERROR_WINHTTP_INCORRECT_HANDLE_TYPE.
 */
final class WinHttpHandles extends HandleRegistry<WinHttpObject> {
    static final long FIRST_HANDLE = 0x4000_0008L;
    static final long HANDLE_STEP = 8;

    WinHttpHandles() {
        super(FIRST_HANDLE, HANDLE_STEP, WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    }
}
