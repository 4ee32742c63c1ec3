package io.github.winnet4j.nativetests;

import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import io.github.winnet4j.backends.jna.NativeBackend;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInet;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The real wininet.dll and the few call shapes the native-only tests share. */
final class NativeCalls {
    /** One backend for all native-only tests: loading the DLL again would change nothing. */
    static final NativeBackend BACKEND = new NativeBackend();
    static final WinInet WININET = BACKEND.wininet();
    static final DWORD_PTR NO_CONTEXT = new DWORD_PTR(0);

    private NativeCalls() {
    }

    /** InternetOpenW with direct access (no proxy), failing the test on NULL. */
    static HINTERNET openSession() {
        HINTERNET session = WININET.InternetOpenW(Utf16.encode("winnet4j-native-tests", "agent"),
                WinInet.INTERNET_OPEN_TYPE_DIRECT, null, null, 0);
        assertNotNull(session, () -> "InternetOpenW failed: " + BACKEND.lastError());
        return session;
    }

    /** InternetConnectW for HTTP to 127.0.0.1 (no traffic until a request is sent). */
    static HINTERNET connectHttp(HINTERNET session, int port) {
        HINTERNET connect = WININET.InternetConnectW(session, Utf16.encode("127.0.0.1", "server"),
                (short) port, null, null, WinInet.INTERNET_SERVICE_HTTP, 0, NO_CONTEXT);
        assertNotNull(connect, () -> "InternetConnectW failed: " + BACKEND.lastError());
        return connect;
    }

    /** HttpOpenRequestW for a verb and path, never from the cache. */
    static HINTERNET openRequest(HINTERNET connect, String verb, String path) {
        HINTERNET request = WININET.HttpOpenRequestW(connect, Utf16.encode(verb, "verb"),
                Utf16.encode(path, "path"), null, null, null,
                WinInet.INTERNET_FLAG_RELOAD | WinInet.INTERNET_FLAG_NO_CACHE_WRITE, NO_CONTEXT);
        assertNotNull(request, () -> "HttpOpenRequestW failed: " + BACKEND.lastError());
        return request;
    }

    /** Closes a handle that may be {@code null}; the result is not checked. */
    static void closeQuietly(HINTERNET handle) {
        if (handle != null) {
            WININET.InternetCloseHandle(handle);
        }
    }
}
