package io.github.winnet4j.marshal;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinInetErrors;

/**
 * Turns the last error of a failed raw call into a {@link Win32Error}.
 *
 * <p>Call {@link #capture} immediately after the call returned failure, on the same thread and
 * before any other raw call: the code is read exactly once, then (for
 * ERROR_INTERNET_EXTENDED_ERROR) the server's text, which is also per thread.
 */
public final class LastError {
    /** The server's text is cut at this many characters (an FTP reply can be long but not unbounded). */
    static final int MAX_RESPONSE_CHARS = 64 * 1024;

    private LastError() {
    }

    /** The failure of {@code call}, from the backend's last error. */
    public static Win32Error capture(Backend backend, String call) {
        int code = backend.lastError();
        String serverText = null;
        int serverCode = 0;
        if (code == WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR) {
            IntByReference serverError = new IntByReference();
            serverText = responseInfo(backend, serverError);
            serverCode = serverError.getValue();
        }
        return of(backend, call, code, serverText, serverCode);
    }

    /** A failure with a known code (for calls that return the code instead of setting it). */
    public static Win32Error of(Backend backend, String call, int code) {
        return of(backend, call, code, null, 0);
    }

    private static Win32Error of(Backend backend, String call, int code, String serverText, int serverCode) {
        return new Win32Error(call, code, ErrorNames.of(code), ErrorMessages.text(backend, code),
                serverText, serverCode);
    }

    /**
     * InternetGetLastResponseInfoW for the calling thread, or {@code null} when there is none or it
     * cannot be read. Never throws.
     */
    public static String responseInfo(Backend backend, IntByReference serverError) {
        try {
            IntByReference length = new IntByReference(0);
            backend.wininet().InternetGetLastResponseInfoW(serverError, null, length);
            int chars = Math.min(length.getValue() + 1, MAX_RESPONSE_CHARS);
            if (length.getValue() <= 0) {
                return null;
            }
            Memory buffer = Utf16.allocate(chars);
            length.setValue(chars);
            if (!backend.wininet().InternetGetLastResponseInfoW(serverError, buffer, length)) {
                return null;
            }
            String text = Utf16.decode(buffer, Math.min(length.getValue(), chars));
            return text.isEmpty() ? null : text.strip();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
