package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

/**
 * HttpQueryInfoW: the status line, headers by HTTP_QUERY_* index or by name (HTTP_QUERY_CUSTOM),
 * the raw header block, and the modifiers NUMBER, NUMBER64, SYSTEMTIME and REQUEST_HEADERS.
 * {@code lpdwIndex} picks among repeated headers and is advanced on success. The answer itself is
 * {@link HeaderQueryCore}'s, with WinINet's levels and error codes.
 */
final class QueryInfo {
    private static final HeaderQueryCore.Codes CODES = new HeaderQueryCore.Codes(
            WinInetConstants.HTTP_QUERY_STATUS_CODE,
            WinInetConstants.HTTP_QUERY_STATUS_TEXT,
            WinInetConstants.HTTP_QUERY_VERSION,
            WinInetConstants.HTTP_QUERY_REQUEST_METHOD,
            WinInetConstants.HTTP_QUERY_RAW_HEADERS,
            WinInetConstants.HTTP_QUERY_RAW_HEADERS_CRLF,
            WinInetConstants.HTTP_QUERY_CUSTOM,
            WinInetConstants.HTTP_QUERY_FLAG_NUMBER,
            WinInetConstants.HTTP_QUERY_FLAG_NUMBER64,
            WinInetConstants.HTTP_QUERY_FLAG_SYSTEMTIME,
            WinInetErrors.ERROR_HTTP_INVALID_QUERY_REQUEST,
            WinInetErrors.ERROR_HTTP_HEADER_NOT_FOUND,
            WinInetErrors.ERROR_HTTP_INVALID_HEADER);

    private QueryInfo() {
    }

    static void query(RequestObject r, int level, Pointer buffer, IntByReference length, IntByReference index)
            throws Win32Failure {
        if (length == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        int modifiers = level & WinInetConstants.HTTP_QUERY_MODIFIER_FLAGS_MASK;
        int info = level & WinInetConstants.HTTP_QUERY_HEADER_MASK;
        boolean request = (modifiers & WinInetConstants.HTTP_QUERY_FLAG_REQUEST_HEADERS) != 0;
        ResponseHead response = r.http.response;
        if (!request && response == null) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_STATE);
        }
        HeaderQueryCore.Exchange exchange = new HeaderQueryCore.Exchange(r.http.verb, r.http.objectName, r.http.version,
                r.http.headers, r.http.sentHeaders, r.http.sentRequestLine, response);
        // HTTP_QUERY_CUSTOM: the name is in the buffer, read up to its NUL whatever the length says
        HeaderQueryCore.answer(CODES, modifiers, info, request, exchange, buffer, buffer, length, index);
    }
}
