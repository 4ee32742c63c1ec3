package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

import java.time.LocalDateTime;

/**
 * HttpQueryInfoW: the status line, headers by HTTP_QUERY_* index or by name (HTTP_QUERY_CUSTOM),
 * the raw header block, and the modifiers NUMBER, NUMBER64, SYSTEMTIME and REQUEST_HEADERS.
 * {@code lpdwIndex} picks among repeated headers and is advanced on success.
 */
final class QueryInfo {
    private static final int SYSTEMTIME_BYTES = 16;

    private QueryInfo() {
    }

    static void query(RequestObject r, int level, Pointer buffer, IntByReference length, IntByReference index)
            throws Win32Failure {
        if (length == null) {
            throw new Win32Failure(Win32Codes.ERROR_INVALID_PARAMETER);
        }
        int modifiers = level & WinInetConstants.HTTP_QUERY_MODIFIER_FLAGS_MASK;
        int info = level & WinInetConstants.HTTP_QUERY_HEADER_MASK;
        boolean request = (modifiers & WinInetConstants.HTTP_QUERY_FLAG_REQUEST_HEADERS) != 0;
        ResponseHead response = r.response;
        if (!request && response == null) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_STATE);
        }
        HeaderList headers = request ? (r.sentHeaders != null ? r.sentHeaders : r.headers) : response.headers;
        String firstLine = request
                ? (r.sentRequestLine != null ? r.sentRequestLine : r.verb + " " + r.objectName + " " + r.version)
                : response.statusLine;
        String value;
        boolean indexed = false;
        int occurrence = index == null ? 0 : index.getValue();
        switch (info) {
            case WinInetConstants.HTTP_QUERY_STATUS_CODE:
                value = request ? invalidQuery() : Integer.toString(response.statusCode);
                break;
            case WinInetConstants.HTTP_QUERY_STATUS_TEXT:
                value = request ? invalidQuery() : response.statusText;
                break;
            case WinInetConstants.HTTP_QUERY_VERSION:
                value = request ? r.version : response.version;
                break;
            case WinInetConstants.HTTP_QUERY_REQUEST_METHOD:
                value = r.verb;
                break;
            case WinInetConstants.HTTP_QUERY_RAW_HEADERS:
                value = rawHeaders(firstLine, headers, "\0") + "\0";
                break;
            case WinInetConstants.HTTP_QUERY_RAW_HEADERS_CRLF:
                value = rawHeaders(firstLine, headers, "\r\n") + "\r\n";
                break;
            case WinInetConstants.HTTP_QUERY_CUSTOM: {
                if (buffer == null) {
                    throw new Win32Failure(Win32Codes.ERROR_INVALID_PARAMETER);
                }
                String name = Utf16.decode(buffer); // the name is read up to its NUL, whatever the length says
                value = header(headers, name, occurrence);
                indexed = true;
                break;
            }
            default: {
                String name = HeaderNames.of(info);
                if (name == null) {
                    throw new Win32Failure(WinInetErrors.ERROR_HTTP_INVALID_QUERY_REQUEST);
                }
                value = header(headers, name, occurrence);
                indexed = true;
                break;
            }
        }
        write(modifiers, value, buffer, length);
        if (indexed && index != null) {
            index.setValue(occurrence + 1);
        }
    }

    private static String invalidQuery() throws Win32Failure {
        throw new Win32Failure(WinInetErrors.ERROR_HTTP_INVALID_QUERY_REQUEST);
    }

    private static String header(HeaderList headers, String name, int occurrence) throws Win32Failure {
        String value = occurrence < 0 ? null : headers.value(name, occurrence);
        if (value == null) {
            throw new Win32Failure(WinInetErrors.ERROR_HTTP_HEADER_NOT_FOUND);
        }
        return value;
    }

    private static String rawHeaders(String firstLine, HeaderList headers, String separator) {
        StringBuilder out = new StringBuilder(firstLine).append(separator);
        for (HeaderList.Header h : headers.all()) {
            out.append(h.name()).append(": ").append(h.value()).append(separator);
        }
        return out.toString();
    }

    private static void write(int modifiers, String value, Pointer buffer, IntByReference length) throws Win32Failure {
        if ((modifiers & WinInetConstants.HTTP_QUERY_FLAG_NUMBER64) != 0) {
            OutputBuffers.requireRoom(buffer, length, 8);
            buffer.setLong(0, leadingNumber(value));
        } else if ((modifiers & WinInetConstants.HTTP_QUERY_FLAG_NUMBER) != 0) {
            OutputBuffers.requireRoom(buffer, length, 4);
            buffer.setInt(0, (int) leadingNumber(value));
        } else if ((modifiers & WinInetConstants.HTTP_QUERY_FLAG_SYSTEMTIME) != 0) {
            LocalDateTime time = HttpDates.parse(value);
            if (time == null) {
                throw new Win32Failure(WinInetErrors.ERROR_HTTP_INVALID_HEADER);
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

    /** What C's atoi reads: optional sign and leading digits; 0 when there are none. */
    private static long leadingNumber(String value) {
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
