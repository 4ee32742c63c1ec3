package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.HeaderQueryCore;
import io.github.winnet4j.backends.java.ResponseHead;
import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;

/**
 * WinHttpQueryHeaders: the status line, headers by WINHTTP_QUERY_* index (the same numbers as
 * wininet.h's HTTP_QUERY_*) or by name (WINHTTP_QUERY_CUSTOM, the name in {@code pwszName}), the
 * raw header block, and the modifiers FLAG_NUMBER, FLAG_NUMBER64, FLAG_SYSTEMTIME and
 * FLAG_REQUEST_HEADERS. Lengths are in bytes. {@code lpdwIndex} picks among repeated headers and is
 * advanced on success. Before WinHttpReceiveResponse, response headers fail with
 * ERROR_WINHTTP_INCORRECT_HANDLE_STATE. The answer itself is {@link HeaderQueryCore}'s, with
 * WinHTTP's levels and error codes.
 */
final class HeaderQuery {
    private static final int MODIFIER_MASK = WinHttpConstants.WINHTTP_QUERY_FLAG_NUMBER
            | WinHttpConstants.WINHTTP_QUERY_FLAG_NUMBER64 | WinHttpConstants.WINHTTP_QUERY_FLAG_SYSTEMTIME
            | WinHttpConstants.WINHTTP_QUERY_FLAG_REQUEST_HEADERS;
    private static final HeaderQueryCore.Codes CODES = new HeaderQueryCore.Codes(
            WinHttpConstants.WINHTTP_QUERY_STATUS_CODE,
            WinHttpConstants.WINHTTP_QUERY_STATUS_TEXT,
            WinHttpConstants.WINHTTP_QUERY_VERSION,
            WinHttpConstants.WINHTTP_QUERY_REQUEST_METHOD,
            WinHttpConstants.WINHTTP_QUERY_RAW_HEADERS,
            WinHttpConstants.WINHTTP_QUERY_RAW_HEADERS_CRLF,
            WinHttpConstants.WINHTTP_QUERY_CUSTOM,
            WinHttpConstants.WINHTTP_QUERY_FLAG_NUMBER,
            WinHttpConstants.WINHTTP_QUERY_FLAG_NUMBER64,
            WinHttpConstants.WINHTTP_QUERY_FLAG_SYSTEMTIME,
            WinHttpErrors.ERROR_WINHTTP_INVALID_QUERY_REQUEST,
            WinHttpErrors.ERROR_WINHTTP_HEADER_NOT_FOUND,
            WinHttpErrors.ERROR_WINHTTP_INVALID_HEADER);

    private HeaderQuery() {
    }

    static void query(RequestHandle r, int level, Pointer name, Pointer buffer, IntByReference length,
                      IntByReference index) throws Win32Failure {
        if (length == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        int modifiers = level & MODIFIER_MASK;
        int info = level & ~MODIFIER_MASK;
        boolean request = (modifiers & WinHttpConstants.WINHTTP_QUERY_FLAG_REQUEST_HEADERS) != 0;
        ResponseHead response = r.http.response;
        if (!request && (response == null || r.state != RequestHandle.State.RECEIVED)) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
        }
        HeaderQueryCore.Exchange exchange = new HeaderQueryCore.Exchange(r.http.verb, r.http.objectName, r.http.version,
                r.http.headers, r.http.sentHeaders, r.http.sentRequestLine, response);
        HeaderQueryCore.answer(CODES, modifiers, info, request, exchange, name, buffer, length, index);
    }
}
