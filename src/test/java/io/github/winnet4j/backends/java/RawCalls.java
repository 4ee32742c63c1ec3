package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInet;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test shorthand for driving the raw interface of a {@link JavaWinInet}. */
final class RawCalls {
    final JavaWinInet w = new JavaWinInet(Map.of());

    static Memory wide(String s) {
        return Utf16.encode(s, "test");
    }

    HINTERNET session() {
        HINTERNET h = w.InternetOpenW(wide("winnet4j-test"), WinInet.INTERNET_OPEN_TYPE_DIRECT, null, null, 0);
        assertNotNull(h, () -> "InternetOpenW failed: " + JavaLastError.get());
        return h;
    }

    HINTERNET connect(HINTERNET session, String host, int port) {
        HINTERNET h = w.InternetConnectW(session, wide(host), (short) port, null, null,
                WinInet.INTERNET_SERVICE_HTTP, 0, new DWORD_PTR(0));
        assertNotNull(h, () -> "InternetConnectW failed: " + JavaLastError.get());
        return h;
    }

    HINTERNET request(HINTERNET connection, String verb, String path, int flags) {
        HINTERNET h = w.HttpOpenRequestW(connection, wide(verb), wide(path), null, null, null, flags, new DWORD_PTR(0));
        assertNotNull(h, () -> "HttpOpenRequestW failed: " + JavaLastError.get());
        return h;
    }

    void send(HINTERNET request) {
        assertTrue(w.HttpSendRequestW(request, null, 0, null, 0), () -> "HttpSendRequestW failed: " + JavaLastError.get());
    }

    /** Sends and expects failure; returns the last error. */
    int sendFails(HINTERNET request) {
        assertFalse(w.HttpSendRequestW(request, null, 0, null, 0), "HttpSendRequestW should fail");
        return JavaLastError.get();
    }

    /** HttpQueryInfoW as a string, negotiating the buffer size. */
    String query(HINTERNET request, int level) {
        return query(request, level, null);
    }

    String query(HINTERNET request, int level, IntByReference index) {
        IntByReference length = new IntByReference(0);
        assertFalse(w.HttpQueryInfoW(request, level, null, length, index));
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get(), "probe should ask for a buffer");
        Memory buffer = new Memory(length.getValue());
        assertTrue(w.HttpQueryInfoW(request, level, buffer, length, index), () -> "HttpQueryInfoW failed: " + JavaLastError.get());
        return Utf16.decodeExact(buffer, length.getValue() / 2);
    }

    /** HttpQueryInfoW(HTTP_QUERY_CUSTOM | modifiers) for a header name; {@code null} when not found. */
    String queryCustom(HINTERNET request, String name, int modifiers, IntByReference index) {
        Memory nameText = wide(name);
        Memory buffer = new Memory(Math.max(nameText.size(), 4));
        buffer.write(0, nameText.getByteArray(0, (int) nameText.size()), 0, (int) nameText.size());
        IntByReference length = new IntByReference((int) buffer.size());
        int level = WinInet.HTTP_QUERY_CUSTOM | modifiers;
        if (w.HttpQueryInfoW(request, level, buffer, length, index)) {
            return Utf16.decodeExact(buffer, length.getValue() / 2);
        }
        if (JavaLastError.get() == WinInet.ERROR_HTTP_HEADER_NOT_FOUND) {
            return null;
        }
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get());
        buffer = new Memory(Math.max(length.getValue(), nameText.size()));
        buffer.write(0, nameText.getByteArray(0, (int) nameText.size()), 0, (int) nameText.size());
        assertTrue(w.HttpQueryInfoW(request, level, buffer, length, index), () -> "HttpQueryInfoW: " + JavaLastError.get());
        return Utf16.decodeExact(buffer, length.getValue() / 2);
    }

    /** Reads the whole body. */
    byte[] readAll(HINTERNET request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Memory buffer = new Memory(8192);
        IntByReference read = new IntByReference();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(w.InternetReadFile(request, buffer, (int) buffer.size(), read),
                    () -> "InternetReadFile failed: " + JavaLastError.get());
            if (read.getValue() == 0) {
                return out.toByteArray();
            }
            out.write(buffer.getByteArray(0, read.getValue()), 0, read.getValue());
        }
        throw new AssertionError("body did not end");
    }

    void close(HINTERNET h) {
        assertTrue(w.InternetCloseHandle(h), () -> "InternetCloseHandle failed: " + JavaLastError.get());
    }

    static Pointer dword(int value) {
        Memory m = new Memory(4);
        m.setInt(0, value);
        return m;
    }
}
