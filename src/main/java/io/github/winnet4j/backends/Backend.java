package io.github.winnet4j.backends;

import com.sun.jna.Pointer;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.raw.WinInet;

import java.util.Optional;

/**
 * One implementation of the raw Windows networking interfaces: the real DLLs through JNA
 * ({@code native}) or the pure-Java engines ({@code java}).
 *
 * <p>Both honour the Win32 contract of {@link WinInet}: handles, in/out buffer lengths,
 * {@code ERROR_INSUFFICIENT_BUFFER}, and a per-thread last error that {@link #lastError()} reads.
 * Obtain one from {@link Backends}.
 */
public interface Backend {

    /** {@code "native"} or {@code "java"}. */
    String name();

    /** The WinINet entry points. */
    WinInet wininet();

    /** The WinHTTP entry points (on native, winhttp.dll is loaded on first use). */
    WinHttp winhttp();

    /**
     * The last-error code left by the most recent raw call on the calling thread
     * ({@code GetLastError} as captured right after the call). Read it once, immediately after
     * a call that failed, before any other raw call.
     */
    int lastError();

    /**
     * The text the backend's message table holds for an error code: the DLL's own table on
     * native (falling back to the system table), the project's text on java. Empty when there is
     * none; never throws.
     */
    Optional<String> message(int code);

    /**
     * As {@link #message(int)}, for codes a WinHTTP call left: the 12xxx numbers overlap WinINet's,
     * and on native the text comes from winhttp.dll's own table.
     */
    Optional<String> winHttpMessage(int code);

    /**
     * Releases memory that a WinHTTP call allocated for the caller with GlobalFree semantics: the
     * strings of a WINHTTP_PROXY_INFO or WINHTTP_CURRENT_USER_IE_PROXY_CONFIG, and the URL of
     * WinHttpDetectAutoProxyConfigUrl. Call it exactly once for each non-{@code NULL} pointer; a
     * {@code NULL} pointer is ignored. On native this is kernel32's {@code GlobalFree}; on java the
     * memory is Java-owned ({@code com.sun.jna.Memory}) and kept reachable until this call drops it.
     */
    void globalFree(Pointer p);

    /**
     * Internal: the body read and write calls on Java arrays, offered only by a backend that runs
     * in the JVM; empty by default, and always on native. See {@link HeapTransfer}.
     */
    default Optional<HeapTransfer> heapTransfer() {
        return Optional.empty();
    }
}
