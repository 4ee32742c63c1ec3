package io.github.winnet4j.api;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.LastError;
import io.github.winnet4j.marshal.ScratchMemory;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInet;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Small shared steps of the wrappers: failure capture, contexts, DWORD options. */
final class Raw {
    private static final AtomicLong CONTEXTS = new AtomicLong();

    private Raw() {
    }

    /** The exception for a raw call that just failed; reads the last error first. */
    static WinInetException failure(Backend backend, String call, String context) {
        return new WinInetException(LastError.capture(backend, call), context);
    }

    /**
     * A fresh non-zero context value: WinINet calls the status callback only for handles opened
     * with a non-zero context.
     */
    static DWORD_PTR newContext() {
        return new DWORD_PTR(CONTEXTS.incrementAndGet());
    }

    static void setDword(Backend backend, HINTERNET handle, int option, int value, String what)
            throws WinInetException {
        if (!trySetDword(backend, handle, option, value)) {
            throw failure(backend, "InternetSetOptionW", what);
        }
    }

    /**
     * InternetSetOptionW with a DWORD value; {@code false} when it failed, with the last error
     * still unread (for callers that build their message only on failure).
     */
    static boolean trySetDword(Backend backend, HINTERNET handle, int option, int value) {
        try (ScratchMemory scratch = ScratchMemory.open()) {
            return backend.wininet().InternetSetOptionW(handle, option, scratch.dword(value), 4);
        }
    }

    /**
     * InternetQueryOptionW for a DWORD option; {@code null} when it failed, with the last error
     * still unread.
     */
    static Integer tryQueryDword(Backend backend, HINTERNET handle, int option) {
        try (ScratchMemory scratch = ScratchMemory.open()) {
            Pointer value = scratch.zeroed(4);
            if (!backend.wininet().InternetQueryOptionW(handle, option, value, scratch.intRef(4))) {
                return null;
            }
            return value.getInt(0);
        }
    }

    /**
     * A timeout checked by {@link io.github.winnet4j.marshal.Arguments#requireTimeout} as the DWORD
     * milliseconds WinINet takes (0xFFFFFFFF is "infinite").
     */
    static int millis(Duration d) {
        long ms = d.toMillis();
        return ms >= 0xFFFFFFFFL ? -1 : (int) ms;
    }

    static WinInet api(Backend backend) {
        return backend.wininet();
    }
}
