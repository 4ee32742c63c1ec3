package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetErrors;

/**
 * Maps HINTERNET values to the backend's objects. Values start at 0xCC0004 and grow by 4, like
 * WinINet's, and are never reused, so a stale value can only ever fail with ERROR_INVALID_HANDLE;
 * a handle of another kind fails with ERROR_INTERNET_INCORRECT_HANDLE_TYPE.
 */
final class HandleTable extends HandleRegistry<InternetObject> {
    static final long FIRST_HANDLE = 0xCC0004L;
    static final long HANDLE_STEP = 4;

    HandleTable() {
        super(FIRST_HANDLE, HANDLE_STEP, WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_TYPE);
    }
}
