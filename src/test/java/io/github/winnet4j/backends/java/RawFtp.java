package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WIN32_FIND_DATAW;
import io.github.winnet4j.raw.WinInet;

import java.util.ArrayList;
import java.util.List;

import static io.github.winnet4j.backends.java.RawCalls.wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test shorthand for the FTP side of the raw interface of a {@link JavaWinInet}. */
final class RawFtp {
    final RawCalls raw = new RawCalls();
    final JavaWinInet w = raw.w;
    final HINTERNET session = raw.session();

    HINTERNET connect(int port, String user, String password, int flags) {
        HINTERNET h = w.InternetConnectW(session, wide("127.0.0.1"), (short) port, user == null ? null : wide(user),
                password == null ? null : wide(password), WinInet.INTERNET_SERVICE_FTP, flags, new DWORD_PTR(0));
        assertNotNull(h, () -> "InternetConnectW failed: " + JavaLastError.get());
        return h;
    }

    /** Connects and expects failure; returns the last error. */
    int connectFails(int port, String user, String password) {
        HINTERNET h = w.InternetConnectW(session, wide("127.0.0.1"), (short) port, user == null ? null : wide(user),
                password == null ? null : wide(password), WinInet.INTERNET_SERVICE_FTP, WinInet.INTERNET_FLAG_PASSIVE,
                new DWORD_PTR(0));
        assertNull(h, "InternetConnectW should fail");
        return JavaLastError.get();
    }

    /** The thread's InternetGetLastResponseInfoW code and text. */
    LastResponseInfo.Info lastResponse() {
        IntByReference code = new IntByReference();
        IntByReference length = new IntByReference(0);
        if (w.InternetGetLastResponseInfoW(code, null, length)) {
            return new LastResponseInfo.Info(code.getValue(), "");
        }
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        Memory buffer = new Memory((long) length.getValue() * 2);
        assertTrue(w.InternetGetLastResponseInfoW(code, buffer, length));
        return new LastResponseInfo.Info(code.getValue(), Utf16.decodeExact(buffer, length.getValue()));
    }

    /** Every name FtpFindFirstFileW/InternetFindNextFileW give for {@code pattern}; the handle is closed. */
    List<WIN32_FIND_DATAW> find(HINTERNET ftp, String pattern) {
        List<WIN32_FIND_DATAW> out = new ArrayList<>();
        WIN32_FIND_DATAW first = new WIN32_FIND_DATAW();
        HINTERNET find = w.FtpFindFirstFileW(ftp, pattern == null ? null : wide(pattern), first, 0, new DWORD_PTR(0));
        if (find == null) {
            assertEquals(WinError.ERROR_NO_MORE_FILES, JavaLastError.get(), "FtpFindFirstFileW failed");
            return out;
        }
        out.add(first);
        for (int i = 0; i < 1000; i++) {
            WIN32_FIND_DATAW next = new WIN32_FIND_DATAW();
            if (!w.InternetFindNextFileW(find, next.getPointer())) {
                assertEquals(WinError.ERROR_NO_MORE_FILES, JavaLastError.get());
                raw.close(find);
                return out;
            }
            next.read();
            out.add(next);
        }
        throw new AssertionError("enumeration did not end");
    }

    static String name(WIN32_FIND_DATAW data) {
        return Utf16.decode(data.cFileName);
    }

    static long size(WIN32_FIND_DATAW data) {
        return (Integer.toUnsignedLong(data.nFileSizeHigh) << 32) | Integer.toUnsignedLong(data.nFileSizeLow);
    }

    void expectFailure(boolean result, int code) {
        assertFalse(result, "the call should fail");
        assertEquals(code, JavaLastError.get());
    }

    void close() {
        w.InternetCloseHandle(session);
    }
}
