package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.HeaderList;
import io.github.winnet4j.backends.java.HeaderNames;
import io.github.winnet4j.backends.java.HttpDates;
import io.github.winnet4j.backends.java.OutputBuffers;
import io.github.winnet4j.backends.java.ResponseHead;
import io.github.winnet4j.backends.java.Win32Codes;
import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;

import java.time.LocalDateTime;

/**
 * WinHttpQueryHeaders: the status line, headers by WINHTTP_QUERY_* index (the same numbers as
 * wininet.h's HTTP_QUERY_*) or by name (WINHTTP_QUERY_CUSTOM, the name in {@code pwszName}), the
 * raw header block, and the modifiers FLAG_NUMBER, FLAG_NUMBER64, FLAG_SYSTEMTIME and
 * FLAG_REQUEST_HEADERS. Lengths are in bytes. {@code lpdwIndex} picks among repeated headers and is
 * advanced on success. Before WinHttpReceiveResponse, response headers fail with
 * ERROR_WINHTTP_INCORRECT_HANDLE_STATE.
 */
final class HeaderQuery {
    private static final int SYSTEMTIME_BYTES = 16;
    private static final int MODIFIER_MASK = WinHttpConstants.WINHTTP_QUERY_FLAG_NUMBER
            | WinHttpConstants.WINHTTP_QUERY_FLAG_NUMBER64 | WinHttpConstants.WINHTTP_QUERY_FLAG_SYSTEMTIME
            | WinHttpConstants.WINHTTP_QUERY_FLAG_REQUEST_HEADERS;

    private HeaderQuery() {
    }

    static void query(RequestHandle r, int level, Pointer name, Pointer buffer, IntByReference length,
                      IntByReference index) throws Win32Failure {
        if (length == null) {
            throw new Win32Failure(Win32Codes.ERROR_INVALID_PARAMETER);
        }
        int modifiers = level & MODIFIER_MASK;
        int info = level & ~MODIFIER_MASK;
        boolean request = (modifiers & WinHttpConstants.WINHTTP_QUERY_FLAG_REQUEST_HEADERS) != 0;
        ResponseHead response = r.response;
        if (!request && (response == null || r.state != RequestHandle.State.RECEIVED)) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
        }
        HeaderList headers = request ? (r.sentHeaders != null ? r.sentHeaders : r.headers) : response.headers;
        String firstLine = request
                ? (r.sentRequestLine != null ? r.sentRequestLine : r.verb + " " + r.objectName + " " + r.version)
                : response.statusLine;
        int occurrence = index == null ? 0 : index.getValue();
        boolean indexed = false;
        String value;
        switch (info) {
            case WinHttpConstants.WINHTTP_QUERY_STATUS_CODE -> value = request ? invalid() : Integer.toString(response.statusCode);
            case WinHttpConstants.WINHTTP_QUERY_STATUS_TEXT -> value = request ? invalid() : response.statusText;
            case WinHttpConstants.WINHTTP_QUERY_VERSION -> value = request ? r.version : response.version;
            case WinHttpConstants.WINHTTP_QUERY_REQUEST_METHOD -> value = r.verb;
            case WinHttpConstants.WINHTTP_QUERY_RAW_HEADERS -> value = raw(firstLine, headers, "\0") + "\0";
            case WinHttpConstants.WINHTTP_QUERY_RAW_HEADERS_CRLF -> value = raw(firstLine, headers, "\r\n") + "\r\n";
            case WinHttpConstants.WINHTTP_QUERY_CUSTOM -> {
                if (name == null) {
                    throw new Win32Failure(Win32Codes.ERROR_INVALID_PARAMETER);
                }
                value = header(headers, Utf16.decode(name), occurrence);
                indexed = true;
            }
            default -> {
                String headerName = HeaderNames.of(info);
                if (headerName == null) {
                    throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INVALID_QUERY_REQUEST);
                }
                value = header(headers, headerName, occurrence);
                indexed = true;
            }
        }
        write(modifiers, value, buffer, length);
        if (indexed && index != null) {
            index.setValue(occurrence + 1);
        }
    }

    private static String invalid() throws Win32Failure {
        throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INVALID_QUERY_REQUEST);
    }

    private static String header(HeaderList headers, String name, int occurrence) throws Win32Failure {
        String value = occurrence < 0 ? null : headers.value(name, occurrence);
        if (value == null) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_HEADER_NOT_FOUND);
        }
        return value;
    }

    private static String raw(String firstLine, HeaderList headers, String separator) {
        StringBuilder out = new StringBuilder(firstLine).append(separator);
        for (HeaderList.Header h : headers.all()) {
            out.append(h.name()).append(": ").append(h.value()).append(separator);
        }
        return out.toString();
    }

    private static void write(int modifiers, String value, Pointer buffer, IntByReference length) throws Win32Failure {
        if ((modifiers & WinHttpConstants.WINHTTP_QUERY_FLAG_NUMBER64) != 0) {
            OutputBuffers.requireRoom(buffer, length, 8);
            buffer.setLong(0, number(value));
        } else if ((modifiers & WinHttpConstants.WINHTTP_QUERY_FLAG_NUMBER) != 0) {
            OutputBuffers.requireRoom(buffer, length, 4);
            buffer.setInt(0, (int) number(value));
        } else if ((modifiers & WinHttpConstants.WINHTTP_QUERY_FLAG_SYSTEMTIME) != 0) {
            LocalDateTime time = HttpDates.parse(value);
            if (time == null) {
                throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INVALID_HEADER);
            }
            OutputBuffers.requireRoom(buffer, length, SYSTEMTIME_BYTES);
            SYSTEMTIME st = new SYSTEMTIME();
            HttpDates.fill(st, time);
            short[] fields = {st.wYear, st.wMonth, st.wDayOfWeek, st.wDay, st.wHour, st.wMinute, st.wSecond,
                st.wMilliseconds};
            buffer.write(0, fields, 0, fields.length);
        } else {
            OutputBuffers.stringInBytes(buffer, length, value);
        }
    }

    /** What C's wcstol reads: optional sign and leading digits; 0 when there are none. */
    private static long number(String value) {
        String s = value.strip();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long n = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && n < Long.MAX_VALUE / 10) {
            n = n * 10 + (s.charAt(i++) - '0');
        }
        return negative ? -n : n;
    }
}
