package io.github.winnet4j.bench;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInet;
import io.github.winnet4j.raw.WinInetConstants;

import java.io.IOException;

/**
 * bench/wine/wininet_get.c's calls, one for one, through winnet4j's raw binding: the cost of JNA's
 * interface mapping alone, with no wrapper and no copy out of the 64 KiB native buffer.
 */
final class RawWinInetGet implements AutoCloseable {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final WinInet api;
    private final HINTERNET session;
    private final HINTERNET connection;
    private final Memory buffer = new Memory(BUFFER_BYTES);
    private final Memory verb = Utf16.encode("GET", "verb");

    RawWinInetGet(WinInet api, int port) throws IOException {
        this.api = api;
        session = api.InternetOpenW(Utf16.encode("winnet4j-bench", "agent"),
                WinInetConstants.INTERNET_OPEN_TYPE_DIRECT, null, null, 0);
        require(session != null, "InternetOpenW");
        connection = api.InternetConnectW(session, Utf16.encode("127.0.0.1", "server"), (short) port, null, null,
                WinInetConstants.INTERNET_SERVICE_HTTP, 0, new DWORD_PTR(0));
        require(connection != null, "InternetConnectW");
    }

    /** {@code count} GETs of {@code path}, each read to its end; the elapsed nanoseconds. */
    long get(String path, int count, long expected) throws IOException {
        Memory object = Utf16.encode(path, "path");
        Memory status = new Memory(4);
        IntByReference size = new IntByReference();
        IntByReference read = new IntByReference();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            HINTERNET request = api.HttpOpenRequestW(connection, verb, object, null, null, null, 0, new DWORD_PTR(0));
            require(request != null, "HttpOpenRequestW");
            try {
                require(api.HttpSendRequestW(request, null, 0, null, 0), "HttpSendRequestW");
                size.setValue(4);
                require(api.HttpQueryInfoW(request, WinInetConstants.HTTP_QUERY_STATUS_CODE
                        | WinInetConstants.HTTP_QUERY_FLAG_NUMBER, status, size, null), "HttpQueryInfoW");
                require(status.getInt(0) == 200, "status " + status.getInt(0));
                long body = 0;
                while (true) {
                    require(api.InternetReadFile(request, buffer, BUFFER_BYTES, read), "InternetReadFile");
                    if (read.getValue() == 0) {
                        break;
                    }
                    body += read.getValue();
                }
                require(body == expected, "read " + body + " bytes, expected " + expected);
            } finally {
                api.InternetCloseHandle(request);
            }
        }
        return System.nanoTime() - start;
    }

    private static void require(boolean ok, String what) throws IOException {
        if (!ok) {
            throw new IOException(what + " failed");
        }
    }

    @Override
    public void close() {
        api.InternetCloseHandle(connection);
        api.InternetCloseHandle(session);
    }
}
