package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.INTERNET_STATUS_CALLBACK;

import java.nio.charset.StandardCharsets;

/**
 * Calls a handle's status callback the way WinINet does: only when a callback is set and the
 * handle's context value is non-zero. Status information is native memory: strings as UTF-16LE
 * (NUL-terminated; the length passed counts bytes including the terminator), counts as a DWORD,
 * handles as a pointer-sized value.
 */
final class StatusNotifier {
    private StatusNotifier() {
    }

    static boolean wanted(InternetObject object) {
        return object.callback() != null && object.context() != 0;
    }

    static void notifyString(InternetObject object, int status, String text) {
        if (!wanted(object)) {
            return;
        }
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_16LE);
        Memory info = new Memory(bytes.length + Utf16.CHAR_BYTES);
        Utf16.write(info, text == null ? "" : text);
        call(object, status, info, (int) info.size());
    }

    static void notifyDword(InternetObject object, int status, int value) {
        if (!wanted(object)) {
            return;
        }
        Memory info = new Memory(4);
        info.setInt(0, value);
        call(object, status, info, 4);
    }

    /** Reports a handle as an INTERNET_ASYNC_RESULT ({@code dwResult} = the handle, {@code dwError} = 0). */
    static void notifyHandle(InternetObject object, int status) {
        if (!wanted(object)) {
            return;
        }
        Memory info = new Memory(2L * Native.POINTER_SIZE);
        info.clear();
        info.setPointer(0, new Pointer(object.handle));
        call(object, status, info, (int) info.size());
    }

    private static void call(InternetObject object, int status, Pointer info, int length) {
        INTERNET_STATUS_CALLBACK callback = object.callback();
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
