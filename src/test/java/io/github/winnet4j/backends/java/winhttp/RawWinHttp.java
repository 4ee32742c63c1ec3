package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinHttp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test shorthand for driving the raw interface of a {@link JavaWinHttp}. */
final class RawWinHttp {
    final JavaWinHttp w;

    RawWinHttp() {
        this(Map.of());
    }

    RawWinHttp(Map<String, String> environment) {
        w = new JavaWinHttp(environment);
    }

    static Memory wide(String s) {
        return Utf16.encode(s, "test");
    }

    static Memory bytes(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Memory m = new Memory(Math.max(1, b.length));
        m.write(0, b, 0, b.length);
        return m;
    }

    static Pointer dword(int value) {
        Memory m = new Memory(4);
        m.setInt(0, value);
        return m;
    }

    HINTERNET session() {
        HINTERNET h = w.WinHttpOpen(wide("winnet4j-test"), WinHttp.WINHTTP_ACCESS_TYPE_NO_PROXY, null, null, 0);
        assertNotNull(h, () -> "WinHttpOpen failed: " + JavaLastError.get());
        return h;
    }

    HINTERNET connect(HINTERNET session, String host, int port) {
        HINTERNET h = w.WinHttpConnect(session, wide(host), (short) port, 0);
        assertNotNull(h, () -> "WinHttpConnect failed: " + JavaLastError.get());
        return h;
    }

    HINTERNET request(HINTERNET connect, String verb, String path, int flags) {
        HINTERNET h = w.WinHttpOpenRequest(connect, wide(verb), wide(path), null, null, null, flags);
        assertNotNull(h, () -> "WinHttpOpenRequest failed: " + JavaLastError.get());
        return h;
    }

    void send(HINTERNET request) {
        assertTrue(w.WinHttpSendRequest(request, null, 0, null, 0, 0, new DWORD_PTR(0)),
                () -> "WinHttpSendRequest failed: " + JavaLastError.get());
    }

    void receive(HINTERNET request) {
        assertTrue(w.WinHttpReceiveResponse(request, null), () -> "WinHttpReceiveResponse failed: " + JavaLastError.get());
    }

    /** Sends and receives, returning the status code. */
    int exchange(HINTERNET request) {
        send(request);
        receive(request);
        return status(request);
    }

    int status(HINTERNET request) {
        Memory buffer = new Memory(4);
        IntByReference length = new IntByReference(4);
        assertTrue(w.WinHttpQueryHeaders(request, WinHttp.WINHTTP_QUERY_STATUS_CODE | WinHttp.WINHTTP_QUERY_FLAG_NUMBER,
                null, buffer, length, null), () -> "status query failed: " + JavaLastError.get());
        return buffer.getInt(0);
    }

    /** WinHttpQueryHeaders as a string, negotiating the byte length. */
    String header(HINTERNET request, int level, String name, IntByReference index) {
        IntByReference length = new IntByReference(0);
        Memory nameText = name == null ? null : wide(name);
        assertFalse(w.WinHttpQueryHeaders(request, level, nameText, null, length, index));
        if (JavaLastError.get() == WinHttp.ERROR_WINHTTP_HEADER_NOT_FOUND) {
            return null;
        }
        assertEquals(WinError.ERROR_INSUFFICIENT_BUFFER, JavaLastError.get(), "probe should ask for a buffer");
        Memory buffer = new Memory(length.getValue());
        assertTrue(w.WinHttpQueryHeaders(request, level, nameText, buffer, length, index),
                () -> "WinHttpQueryHeaders failed: " + JavaLastError.get());
        return Utf16.decodeExact(buffer, length.getValue() / 2);
    }

    String header(HINTERNET request, String name) {
        return header(request, WinHttp.WINHTTP_QUERY_CUSTOM, name, null);
    }

    byte[] readAll(HINTERNET request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Memory buffer = new Memory(8192);
        IntByReference read = new IntByReference();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(w.WinHttpReadData(request, buffer, (int) buffer.size(), read),
                    () -> "WinHttpReadData failed: " + JavaLastError.get());
            if (read.getValue() == 0) {
                return out.toByteArray();
            }
            out.write(buffer.getByteArray(0, read.getValue()), 0, read.getValue());
        }
        throw new AssertionError("body did not end");
    }

    String readText(HINTERNET request) {
        return new String(readAll(request), StandardCharsets.UTF_8);
    }

    void close(HINTERNET... handles) {
        for (HINTERNET h : handles) {
            assertTrue(w.WinHttpCloseHandle(h), () -> "WinHttpCloseHandle failed: " + JavaLastError.get());
        }
    }

    /** GET on 127.0.0.1:port, returning the request handle after the response was received. */
    HINTERNET[] get(String path, int port, int flags) {
        HINTERNET s = session();
        HINTERNET c = connect(s, "127.0.0.1", port);
        HINTERNET r = request(c, "GET", path, flags);
        return new HINTERNET[]{s, c, r};
    }
}
