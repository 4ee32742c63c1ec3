package io.github.winnet4j.api;

import io.github.winnet4j.raw.WinHttpErrors;

import static io.github.winnet4j.raw.WinInetErrors.*;

/**
 * What a caller usually branches on when a call fails. {@link WinInetException#category()} gives
 * it ({@link #of(int)}), and {@code WinHttpException#category()} for WinHTTP's codes
 * ({@link #ofWinHttp(int)}); the Win32 code stays available for finer decisions.
 */
public enum ErrorCategory {
    /** The host name could not be resolved (ERROR_INTERNET_NAME_NOT_RESOLVED). */
    NAME_NOT_RESOLVED,
    /** No connection could be made, or it was lost (CANNOT_CONNECT, CONNECTION_RESET/ABORTED). */
    CANNOT_CONNECT,
    /** The operation timed out (ERROR_INTERNET_TIMEOUT). */
    TIMEOUT,
    /** The server's certificate or the TLS handshake was not accepted (INVALID_CA, SEC_CERT_*, …). */
    TLS_TRUST,
    /** The requested header is not in the response (ERROR_HTTP_HEADER_NOT_FOUND). */
    HEADER_NOT_FOUND,
    /** The server broke the protocol (ERROR_HTTP_INVALID_SERVER_RESPONSE, redirect failures, …). */
    PROTOCOL,
    /** The server's reply is in the exception (ERROR_INTERNET_EXTENDED_ERROR; FTP replies). */
    SERVER_REPLY,
    /** Wrong user name or password (ERROR_INTERNET_LOGIN_FAILURE, …). */
    LOGIN,
    /** The operation was cancelled, usually because its handle was closed. */
    CANCELLED,
    /** An invalid handle, handle type, option or argument: a bug in the caller. */
    INVALID_USE,
    /**
     * Finding the proxy failed: no PAC script was detected, it could not be downloaded, or it
     * failed to run (WinHTTP's AUTODETECTION_FAILED, UNABLE_TO_DOWNLOAD_SCRIPT, BAD_AUTO_PROXY_SCRIPT, …).
     */
    PROXY_DISCOVERY,
    /** Anything else. */
    OTHER;

    /** The category of a WinINet error code. */
    public static ErrorCategory of(int code) {
        switch (code) {
            case ERROR_INTERNET_NAME_NOT_RESOLVED:
                return NAME_NOT_RESOLVED;
            case ERROR_INTERNET_CANNOT_CONNECT:
            case ERROR_INTERNET_CONNECTION_RESET:
            case ERROR_INTERNET_CONNECTION_ABORTED:
            case ERROR_INTERNET_DISCONNECTED:
            case ERROR_INTERNET_SERVER_UNREACHABLE:
            case ERROR_INTERNET_PROXY_SERVER_UNREACHABLE:
                return CANNOT_CONNECT;
            case ERROR_INTERNET_TIMEOUT:
                return TIMEOUT;
            case ERROR_INTERNET_INVALID_CA:
            case ERROR_INTERNET_SEC_CERT_DATE_INVALID:
            case ERROR_INTERNET_SEC_CERT_CN_INVALID:
            case ERROR_INTERNET_SEC_CERT_ERRORS:
            case ERROR_INTERNET_SEC_CERT_REVOKED:
            case ERROR_INTERNET_SEC_CERT_NO_REV:
            case ERROR_INTERNET_SEC_CERT_REV_FAILED:
            case ERROR_INTERNET_SEC_INVALID_CERT:
            case ERROR_INTERNET_SECURITY_CHANNEL_ERROR:
            case ERROR_INTERNET_CLIENT_AUTH_CERT_NEEDED:
                return TLS_TRUST;
            case ERROR_HTTP_HEADER_NOT_FOUND:
                return HEADER_NOT_FOUND;
            case ERROR_HTTP_INVALID_SERVER_RESPONSE:
            case ERROR_HTTP_INVALID_HEADER:
            case ERROR_HTTP_INVALID_QUERY_REQUEST:
            case ERROR_HTTP_REDIRECT_FAILED:
            case ERROR_HTTP_NOT_REDIRECTED:
            case ERROR_INTERNET_HTTPS_TO_HTTP_ON_REDIR:
            case ERROR_INTERNET_HTTP_TO_HTTPS_ON_REDIR:
            case ERROR_INTERNET_INVALID_URL:
            case ERROR_INTERNET_UNRECOGNIZED_SCHEME:
                return PROTOCOL;
            case ERROR_INTERNET_EXTENDED_ERROR:
                return SERVER_REPLY;
            case ERROR_INTERNET_LOGIN_FAILURE:
            case ERROR_INTERNET_INCORRECT_PASSWORD:
            case ERROR_INTERNET_INCORRECT_USER_NAME:
                return LOGIN;
            case ERROR_INTERNET_OPERATION_CANCELLED:
            case 1223: // ERROR_CANCELLED
                return CANCELLED;
            case 6: // ERROR_INVALID_HANDLE
            case 87: // ERROR_INVALID_PARAMETER
            case ERROR_INTERNET_INCORRECT_HANDLE_TYPE:
            case ERROR_INTERNET_INCORRECT_HANDLE_STATE:
            case ERROR_INTERNET_INVALID_OPTION:
            case ERROR_INTERNET_BAD_OPTION_LENGTH:
            case ERROR_INTERNET_OPTION_NOT_SETTABLE:
            case ERROR_INTERNET_INVALID_OPERATION:
                return INVALID_USE;
            default:
                return OTHER;
        }
    }

    /**
     * The category of a code a WinHTTP call left. WinHTTP's 12xxx numbers overlap WinINet's but do
     * not all mean the same (12175 is a TLS failure in WinHTTP, a decoding failure in WinINet), so
     * they have their own mapping.
     */
    public static ErrorCategory ofWinHttp(int code) {
        switch (code) {
            case WinHttpErrors.ERROR_WINHTTP_NAME_NOT_RESOLVED:
                return NAME_NOT_RESOLVED;
            case WinHttpErrors.ERROR_WINHTTP_CANNOT_CONNECT:
            case WinHttpErrors.ERROR_WINHTTP_CONNECTION_ERROR:
                return CANNOT_CONNECT;
            case WinHttpErrors.ERROR_WINHTTP_TIMEOUT:
                return TIMEOUT;
            case WinHttpErrors.ERROR_WINHTTP_SECURE_CERT_CN_INVALID:
            case WinHttpErrors.ERROR_WINHTTP_SECURE_CERT_DATE_INVALID:
            case WinHttpErrors.ERROR_WINHTTP_SECURE_CERT_REVOKED:
            case WinHttpErrors.ERROR_WINHTTP_SECURE_CERT_REV_FAILED:
            case WinHttpErrors.ERROR_WINHTTP_SECURE_CERT_WRONG_USAGE:
            case WinHttpErrors.ERROR_WINHTTP_SECURE_CHANNEL_ERROR:
            case WinHttpErrors.ERROR_WINHTTP_SECURE_FAILURE:
            case WinHttpErrors.ERROR_WINHTTP_SECURE_FAILURE_PROXY:
            case WinHttpErrors.ERROR_WINHTTP_SECURE_INVALID_CA:
            case WinHttpErrors.ERROR_WINHTTP_SECURE_INVALID_CERT:
            case WinHttpErrors.ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED:
            case WinHttpErrors.ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED_PROXY:
                return TLS_TRUST;
            case WinHttpErrors.ERROR_WINHTTP_HEADER_NOT_FOUND:
                return HEADER_NOT_FOUND;
            case WinHttpErrors.ERROR_WINHTTP_INVALID_SERVER_RESPONSE:
            case WinHttpErrors.ERROR_WINHTTP_INVALID_HEADER:
            case WinHttpErrors.ERROR_WINHTTP_INVALID_QUERY_REQUEST:
            case WinHttpErrors.ERROR_WINHTTP_REDIRECT_FAILED:
            case WinHttpErrors.ERROR_WINHTTP_INVALID_URL:
            case WinHttpErrors.ERROR_WINHTTP_UNRECOGNIZED_SCHEME:
            case WinHttpErrors.ERROR_WINHTTP_HTTP_PROTOCOL_MISMATCH:
            case WinHttpErrors.ERROR_WINHTTP_HEADER_SIZE_OVERFLOW:
            case WinHttpErrors.ERROR_WINHTTP_HEADER_COUNT_EXCEEDED:
                return PROTOCOL;
            case WinHttpErrors.ERROR_WINHTTP_LOGIN_FAILURE:
                return LOGIN;
            case WinHttpErrors.ERROR_WINHTTP_OPERATION_CANCELLED:
            case 1223: // ERROR_CANCELLED
                return CANCELLED;
            case WinHttpErrors.ERROR_WINHTTP_AUTODETECTION_FAILED:
            case WinHttpErrors.ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT:
            case WinHttpErrors.ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT:
            case WinHttpErrors.ERROR_WINHTTP_SCRIPT_EXECUTION_ERROR:
            case WinHttpErrors.ERROR_WINHTTP_UNHANDLED_SCRIPT_TYPE:
            case WinHttpErrors.ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR:
                return PROXY_DISCOVERY;
            case 6: // ERROR_INVALID_HANDLE
            case 87: // ERROR_INVALID_PARAMETER
            case 4317: // ERROR_INVALID_OPERATION
            case WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE:
            case WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_STATE:
            case WinHttpErrors.ERROR_WINHTTP_INVALID_OPTION:
            case WinHttpErrors.ERROR_WINHTTP_OPTION_NOT_SETTABLE:
            case WinHttpErrors.ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN:
            case WinHttpErrors.ERROR_WINHTTP_CANNOT_CALL_BEFORE_SEND:
            case WinHttpErrors.ERROR_WINHTTP_CANNOT_CALL_AFTER_SEND:
            case WinHttpErrors.ERROR_WINHTTP_CANNOT_CALL_AFTER_OPEN:
                return INVALID_USE;
            default:
                return OTHER;
        }
    }
}
