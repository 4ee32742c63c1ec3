package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WINHTTP_STATUS_CALLBACK;

/**
 * Calls a handle's WINHTTP_STATUS_CALLBACK, synchronously on the calling thread, for the
 * notifications its flags ask for. The status information follows WinHTTP's documentation: a
 * string (length in characters, without the terminator) for RESOLVING_NAME, NAME_RESOLVED,
 * CONNECTING_TO_SERVER, CONNECTED_TO_SERVER and REDIRECT; a DWORD for REQUEST_SENT,
 * RESPONSE_RECEIVED and SECURE_FAILURE; the HINTERNET for HANDLE_CREATED and HANDLE_CLOSING.
 * The context is the handle's (WINHTTP_OPTION_CONTEXT_VALUE or WinHttpSendRequest's).
 *
 * <p>Only the notifications of synchronous mode are given: the java backend has no asynchronous
 * mode, so no *_COMPLETE, HEADERS_AVAILABLE, DATA_AVAILABLE or REQUEST_ERROR is ever sent.
 */
final class StatusCallbacks {
    private StatusCallbacks() {
    }

    static boolean wanted(WinHttpObject object, int status) {
        return object.callback() != null && (object.notificationFlags() & status) != 0;
    }

    static void string(WinHttpObject object, int status, String text) {
        if (!wanted(object, status)) {
            return;
        }
        String value = text == null ? "" : text;
        Memory info = new Memory((value.length() + 1L) * Utf16.CHAR_BYTES);
        Utf16.write(info, value);
        call(object, status, info, value.length());
    }

    static void dword(WinHttpObject object, int status, int value) {
        if (!wanted(object, status)) {
            return;
        }
        Memory info = new Memory(4);
        info.setInt(0, value);
        call(object, status, info, 4);
    }

    static void none(WinHttpObject object, int status) {
        if (wanted(object, status)) {
            call(object, status, null, 0);
        }
    }

    static void handle(WinHttpObject object, int status) {
        if (!wanted(object, status)) {
            return;
        }
        Memory info = new Memory(Native.POINTER_SIZE);
        info.setPointer(0, new Pointer(object.handle));
        call(object, status, info, Native.POINTER_SIZE);
    }

    private static void call(WinHttpObject object, int status, Pointer info, int length) {
        WINHTTP_STATUS_CALLBACK callback = object.callback();
        if (callback == null) {
            return;
        }
        try {
            callback.callback(HINTERNET.of(object.handle), new DWORD_PTR(object.context()), status, info, length);
        } catch (RuntimeException e) {
            // A callback that throws must not break the operation that reported the status.
        }
    }
}
