package io.github.winnet4j.api.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.api.HandleCloser;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.ErrorMessages;
import io.github.winnet4j.raw.HINTERNET;

import java.time.Duration;

/** Small shared steps of the WinHTTP wrappers: failure capture, the closer, DWORD options. */
final class Calls {
    /** Closes WinHTTP handles; a failure becomes a {@link WinHttpException}. */
    static final HandleCloser CLOSER = (backend, value, description) -> {
        if (!backend.winhttp().WinHttpCloseHandle(value)) {
            throw failure(backend, "WinHttpCloseHandle", description);
        }
    };

    private Calls() {
    }

    /** The exception for a BOOL/handle call that just failed; reads the last error once, first. */
    static WinHttpException failure(Backend backend, String call, String context) {
        return ofCode(backend, call, backend.lastError(), context);
    }

    /** The exception for a call that returned its error code (the WebSocket and proxy-result calls). */
    static WinHttpException ofCode(Backend backend, String call, int code, String context) {
        return new WinHttpException(call, code, WinHttpErrorNames.of(code), text(backend, code), context);
    }

    /** winhttp.dll's text for a code, or "Unknown error (0x…)"; never throws. */
    static String text(Backend backend, int code) {
        return ErrorMessages.text(code, c -> backend.winHttpMessage(c));
    }

    static void setDword(Backend backend, HINTERNET handle, int option, int value, String context)
            throws WinHttpException {
        Memory m = new Memory(4);
        m.setInt(0, value);
        if (!backend.winhttp().WinHttpSetOption(handle, option, m, 4)) {
            throw failure(backend, "WinHttpSetOption", context + ", option " + option);
        }
    }

    static int queryDword(Backend backend, HINTERNET handle, int option, String context) throws WinHttpException {
        Memory m = new Memory(4);
        m.setInt(0, 0);
        IntByReference len = new IntByReference(4);
        if (!backend.winhttp().WinHttpQueryOption(handle, option, m, len)) {
            throw failure(backend, "WinHttpQueryOption", context + ", option " + option);
        }
        return m.getInt(0);
    }

    /** A timeout as WinHTTP's int milliseconds: 0 for none ({@code null} or zero), capped at int max. */
    static int millis(Duration d, String argument) {
        if (d == null) {
            return 0;
        }
        Arguments.requireTimeout(d, argument);
        return (int) Math.min(d.toMillis(), Integer.MAX_VALUE);
    }
}
