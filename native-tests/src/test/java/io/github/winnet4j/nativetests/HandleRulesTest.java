package io.github.winnet4j.nativetests;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static io.github.winnet4j.nativetests.NativeCalls.BACKEND;
import static io.github.winnet4j.nativetests.NativeCalls.WININET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the real DLL treats handles of the wrong type and parents closed before their children. */
@Tag("native-only")
@EnabledOnOs(value = OS.WINDOWS, disabledReason = "calls the real wininet.dll")
class HandleRulesTest {
    /** ERROR_INVALID_HANDLE from winerror.h. */
    private static final int ERROR_INVALID_HANDLE = 6;

    @Test
    void aSessionHandleIsTheWrongTypeForHttpSendRequest() {
        HINTERNET session = NativeCalls.openSession();
        try {
            assertFalse(WININET.HttpSendRequestW(session, null, 0, null, 0));
            assertEquals(WinInet.ERROR_INTERNET_INCORRECT_HANDLE_TYPE, BACKEND.lastError());
        } finally {
            assertTrue(WININET.InternetCloseHandle(session));
        }
    }

    @Test
    void aConnectHandleIsTheWrongTypeForHttpQueryInfo() {
        HINTERNET session = NativeCalls.openSession();
        HINTERNET connect = NativeCalls.connectHttp(session, 9);
        try {
            IntByReference length = new IntByReference(64);
            assertFalse(WININET.HttpQueryInfoW(connect, WinInet.HTTP_QUERY_STATUS_CODE, new Memory(64), length, null));
            assertEquals(WinInet.ERROR_INTERNET_INCORRECT_HANDLE_TYPE, BACKEND.lastError());
        } finally {
            NativeCalls.closeQuietly(connect);
            NativeCalls.closeQuietly(session);
        }
    }

    /**
     * Microsoft asks applications to close children first, and does not promise what a parent's
     * close does to them; the DLL must accept the close, and a child must afterwards be either
     * still closable or already invalid (ERROR_INVALID_HANDLE). The observed outcome is reported.
     */
    @Test
    void closingASessionWithOpenChildrenSucceeds(TestReporter reporter) {
        HINTERNET session = NativeCalls.openSession();
        HINTERNET connect = NativeCalls.connectHttp(session, 9);
        HINTERNET request = NativeCalls.openRequest(connect, "GET", "/");

        assertTrue(WININET.InternetCloseHandle(session), () -> "InternetCloseHandle(session): " + BACKEND.lastError());

        boolean requestClosed = WININET.InternetCloseHandle(request);
        int requestError = requestClosed ? 0 : BACKEND.lastError();
        boolean connectClosed = WININET.InternetCloseHandle(connect);
        int connectError = connectClosed ? 0 : BACKEND.lastError();
        reporter.publishEntry("children after the session was closed",
                "request: " + (requestClosed ? "closed by its own call" : "already invalid, error " + requestError)
                        + "; connect: " + (connectClosed ? "closed by its own call" : "already invalid, error " + connectError));
        assertTrue(requestClosed || requestError == ERROR_INVALID_HANDLE, "request close error " + requestError);
        assertTrue(connectClosed || connectError == ERROR_INVALID_HANDLE, "connect close error " + connectError);
    }
}
