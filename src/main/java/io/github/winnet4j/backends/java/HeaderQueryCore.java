package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.marshal.Utf16;

import java.time.LocalDateTime;

/**
 * What HttpQueryInfoW and WinHttpQueryHeaders have in common: picking the status line, a header by
 * index or by name, or the raw header block of the request or the response, and writing it as a
 * string, a number or a SYSTEMTIME. Each API passes its own level numbers and error codes in
 * ({@link Codes}) and checks its own handle state first; lengths are in bytes for both.
 * {@code lpdwIndex} picks among repeated headers and is advanced on success.
 */
public final class HeaderQueryCore {
    private static final int SYSTEMTIME_BYTES = 16;

    private HeaderQueryCore() {
    }

    /** One API's query levels (without modifiers), modifier bits and error codes. */
    public record Codes(int statusCode, int statusText, int version, int requestMethod, int rawHeaders,
                        int rawHeadersCrlf, int custom, int flagNumber, int flagNumber64, int flagSystemTime,
                        int invalidQuery, int headerNotFound, int invalidHeader) {
    }

    /**
     * The request as a query sees it: what was added and, once sent, what went out; {@code response}
     * is {@code null} before one was read.
     */
    public record Exchange(String verb, String objectName, String version, HeaderList addedHeaders,
                           HeaderList sentHeaders, String sentRequestLine, ResponseHead response) {
    }

    /**
     * Answers a query whose handle state the caller has checked (a response exists unless
     * {@code request}). {@code name} is the header name of a custom query, read up to its NUL.
     */
    public static void answer(Codes codes, int modifiers, int info, boolean request, Exchange x, Pointer name,
                              Pointer buffer, IntByReference length, IntByReference index) throws Win32Failure {
        ResponseHead response = x.response();
        HeaderList headers = request ? (x.sentHeaders() != null ? x.sentHeaders() : x.addedHeaders()) : response.headers;
        String firstLine = request
                ? (x.sentRequestLine() != null ? x.sentRequestLine() : x.verb() + " " + x.objectName() + " " + x.version())
                : response.statusLine;
        String value;
        boolean indexed = false;
        int occurrence = index == null ? 0 : index.getValue();
        if (info == codes.statusCode()) {
            value = request ? invalidQuery(codes) : Integer.toString(response.statusCode);
        } else if (info == codes.statusText()) {
            value = request ? invalidQuery(codes) : response.statusText;
        } else if (info == codes.version()) {
            value = request ? x.version() : response.version;
        } else if (info == codes.requestMethod()) {
            value = x.verb();
        } else if (info == codes.rawHeaders()) {
            value = rawHeaders(firstLine, headers, "\0") + "\0";
        } else if (info == codes.rawHeadersCrlf()) {
            value = rawHeaders(firstLine, headers, "\r\n") + "\r\n";
        } else if (info == codes.custom()) {
            if (name == null) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            value = header(codes, headers, Utf16.decode(name), occurrence);
            indexed = true;
        } else {
            String headerName = HeaderNames.of(info);
            if (headerName == null) {
                throw new Win32Failure(codes.invalidQuery());
            }
            value = header(codes, headers, headerName, occurrence);
            indexed = true;
        }
        write(codes, modifiers, value, buffer, length);
        if (indexed && index != null) {
            index.setValue(occurrence + 1);
        }
    }

    private static String invalidQuery(Codes codes) throws Win32Failure {
        throw new Win32Failure(codes.invalidQuery());
    }

    private static String header(Codes codes, HeaderList headers, String name, int occurrence) throws Win32Failure {
        String value = occurrence < 0 ? null : headers.value(name, occurrence);
        if (value == null) {
            throw new Win32Failure(codes.headerNotFound());
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

    private static void write(Codes codes, int modifiers, String value, Pointer buffer, IntByReference length)
            throws Win32Failure {
        if ((modifiers & codes.flagNumber64()) != 0) {
            OutputBuffers.requireRoom(buffer, length, 8);
            buffer.setLong(0, leadingNumber(value));
        } else if ((modifiers & codes.flagNumber()) != 0) {
            OutputBuffers.requireRoom(buffer, length, 4);
            buffer.setInt(0, (int) leadingNumber(value));
        } else if ((modifiers & codes.flagSystemTime()) != 0) {
            LocalDateTime time = HttpDates.parse(value);
            if (time == null) {
                throw new Win32Failure(codes.invalidHeader());
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

    /** What C's atoi and wcstol read: optional sign and leading digits; 0 when there are none. */
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
