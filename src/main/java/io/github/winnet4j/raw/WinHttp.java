package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.ptr.ShortByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The entry points of winhttp.dll, declared exactly as winhttp.h declares them (C names kept; every
 * WinHTTP function is Unicode-only, so there are no A/W pairs), with the SDK's constants and error
 * codes inherited from {@link WinHttpConstants} and {@link WinHttpErrors}. jna-platform has no
 * WinHTTP binding to extend.
 *
 * <p>Conventions, the same as {@link WinInet}'s, so that one declaration serves the DLL and the
 * pure-Java backend:
 * <ul>
 *   <li>Strings ({@code LPCWSTR}, {@code PCWSTR}, {@code LPWSTR}) are {@link Pointer}s to UTF-16LE
 *       memory that the caller owns and NUL-terminates (never JNA's {@code WString}, which follows
 *       the 4-byte {@code wchar_t} of Linux).</li>
 *   <li>{@code LPDWORD}/{@code DWORD*} and {@code BOOL*} are {@link IntByReference}; {@code DWORD},
 *       {@code int} and enums are {@code int} (unsigned values wrap); {@code INTERNET_PORT} and
 *       {@code USHORT} are {@code short}; {@code BOOL} is {@code boolean}; {@code DWORD_PTR} is
 *       {@link DWORD_PTR}; {@code LPVOID} is {@link Pointer}; handles are {@link HINTERNET}.</li>
 *   <li>No method declares {@code LastErrorException} in a throws clause: JNA would then throw whenever the
 *       last error is non-zero, even after a successful call. A function returning {@code BOOL} or
 *       a handle reports failure by {@code false}/{@code NULL} and the thread's last error, read
 *       once right after the call; a function returning {@code DWORD} returns the error code
 *       itself ({@code ERROR_SUCCESS}, 0, on success) and the last error means nothing.</li>
 *   <li>Memory WinHTTP allocates for the caller is freed exactly once, by the means each function
 *       names: {@link Kernel32Memory#GlobalFree} for the strings of {@link WINHTTP_PROXY_INFO},
 *       {@link WINHTTP_CURRENT_USER_IE_PROXY_CONFIG} and WinHttpDetectAutoProxyConfigUrl; the
 *       WinHttpFree* functions for proxy results and settings.</li>
 * </ul>
 *
 * <p>winhttp.h and wininet.h share names with different values (INTERNET_SCHEME_HTTP is 1 here
 * and 3 there), so nothing may implement both this interface and {@link WinInet}'s constants.
 *
 * <p>Not bound: {@code WinHttpIsHostInProxyBypassList} and {@code WinHttpQueryAuthParams}, which
 * winhttp.h declares but which mingw-w64's import library (and Wine's winhttp.dll) does not export;
 * {@code WinHttpSdkConformanceTest.NOT_BOUND} gives the reasons.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winhttp/">winhttp.h</a>
 */
@SuppressWarnings("unused")
public interface WinHttp extends StdCallLibrary, WinHttpConstants, WinHttpErrors {

    // ---- Sessions, connections, requests, handles ----------------------------------------------

    /**
     * Opens a session. {@code dwAccessType} is WINHTTP_ACCESS_TYPE_*; with
     * WINHTTP_ACCESS_TYPE_NAMED_PROXY, {@code pszProxyW}/{@code pszProxyBypassW} name the proxy and
     * the bypass list, otherwise they must be WINHTTP_NO_PROXY_NAME/WINHTTP_NO_PROXY_BYPASS
     * ({@code NULL}). {@code dwFlags} WINHTTP_FLAG_ASYNC makes every call on the session's handles
     * asynchronous. Returns {@code NULL} on failure.
     */
    HINTERNET WinHttpOpen(Pointer pszAgentW, int dwAccessType, Pointer pszProxyW, Pointer pszProxyBypassW,
                          int dwFlags);

    /**
     * Names the server of later requests; no traffic happens yet. {@code nServerPort}
     * INTERNET_DEFAULT_PORT (0) means 80, or 443 for a request opened with WINHTTP_FLAG_SECURE;
     * {@code dwReserved} must be 0. Returns {@code NULL} on failure.
     */
    HINTERNET WinHttpConnect(HINTERNET hSession, Pointer pswzServerName, short nServerPort, int dwReserved);

    /**
     * Creates a request handle; no traffic happens until WinHttpSendRequest. {@code pwszVerb}
     * {@code NULL} means GET, {@code pwszVersion} {@code NULL} means HTTP/1.1;
     * {@code ppwszAcceptTypes} is a {@code NULL}-terminated array of string pointers or
     * WINHTTP_DEFAULT_ACCEPT_TYPES ({@code NULL}); {@code dwFlags} are WINHTTP_FLAG_SECURE,
     * WINHTTP_FLAG_ESCAPE_* and the like. Returns {@code NULL} on failure.
     */
    HINTERNET WinHttpOpenRequest(HINTERNET hConnect, Pointer pwszVerb, Pointer pwszObjectName,
                                 Pointer pwszVersion, Pointer pwszReferrer, Pointer ppwszAcceptTypes,
                                 int dwFlags);

    /**
     * Closes any WinHTTP handle. Closing is also the only way to cancel pending asynchronous work;
     * the handle's last notification is WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING. The value must not
     * be used again: Windows recycles handle values.
     */
    boolean WinHttpCloseHandle(HINTERNET hInternet);

    /** Whether the platform supports WinHTTP (always {@code true} on supported Windows). */
    boolean WinHttpCheckPlatform();

    // ---- Sending and receiving -----------------------------------------------------------------

    /**
     * Adds, replaces or removes request headers ({@code Name: value}, separated by CR LF).
     * {@code dwHeadersLength} is in characters; -1 means NUL-terminated. {@code dwModifiers} are
     * WINHTTP_ADDREQ_FLAG_* (ADD, ADD_IF_NEW, REPLACE, COALESCE_*).
     */
    boolean WinHttpAddRequestHeaders(HINTERNET hRequest, Pointer pwszHeaders, int dwHeadersLength,
                                     int dwModifiers);

    /**
     * Sends the request. {@code dwHeadersLength} is in characters (-1 means NUL-terminated);
     * {@code lpOptional} holds {@code dwOptionalLength} bytes of body sent at once;
     * {@code dwTotalLength} is the whole body in bytes, and what exceeds {@code dwOptionalLength}
     * follows through WinHttpWriteData. {@code dwContext} is handed to the status callback for this
     * request. In asynchronous mode, completion is WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE.
     */
    boolean WinHttpSendRequest(HINTERNET hRequest, Pointer lpszHeaders, int dwHeadersLength,
                               Pointer lpOptional, int dwOptionalLength, int dwTotalLength,
                               DWORD_PTR dwContext);

    /**
     * Writes body bytes after WinHttpSendRequest (before WinHttpReceiveResponse);
     * {@code lpdwNumberOfBytesWritten} must be {@code NULL} in asynchronous mode.
     */
    boolean WinHttpWriteData(HINTERNET hRequest, Pointer lpBuffer, int dwNumberOfBytesToWrite,
                             IntByReference lpdwNumberOfBytesWritten);

    /**
     * Waits for and reads the response headers (following redirects and, with credentials set,
     * authentication). {@code lpReserved} must be {@code NULL}. Until it succeeds no header can be
     * queried and no data read.
     */
    boolean WinHttpReceiveResponse(HINTERNET hRequest, Pointer lpReserved);

    /**
     * Queries how many bytes can be read without blocking; 0 at the end of the response. In
     * asynchronous mode {@code lpdwNumberOfBytesAvailable} must be {@code NULL} and the count comes
     * with WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE.
     */
    boolean WinHttpQueryDataAvailable(HINTERNET hRequest, IntByReference lpdwNumberOfBytesAvailable);

    /**
     * Reads response body bytes; a successful read of 0 bytes means the end of the response.
     * {@code lpdwNumberOfBytesRead} must be {@code NULL} in asynchronous mode.
     */
    boolean WinHttpReadData(HINTERNET hRequest, Pointer lpBuffer, int dwNumberOfBytesToRead,
                            IntByReference lpdwNumberOfBytesRead);

    /**
     * Queries response (or, with WINHTTP_QUERY_FLAG_REQUEST_HEADERS, request) headers.
     * {@code pwszName} names the header for WINHTTP_QUERY_CUSTOM, else WINHTTP_HEADER_NAME_BY_INDEX
     * ({@code NULL}). {@code lpdwBufferLength} is in bytes: on success the bytes written without
     * the terminator; with {@code lpBuffer} WINHTTP_NO_OUTPUT_BUFFER ({@code NULL}) or too small,
     * failure with ERROR_INSUFFICIENT_BUFFER and the bytes required, terminator included.
     * {@code lpdwIndex} (or WINHTTP_NO_HEADER_INDEX) selects among repeated headers and is advanced
     * on success; past the last one the call fails with ERROR_WINHTTP_HEADER_NOT_FOUND.
     */
    boolean WinHttpQueryHeaders(HINTERNET hRequest, int dwInfoLevel, Pointer pwszName, Pointer lpBuffer,
                                IntByReference lpdwBufferLength, IntByReference lpdwIndex);

    // ---- Options, timeouts, callback, credentials ----------------------------------------------

    /**
     * Queries an option (WINHTTP_OPTION_*). {@code lpdwBufferLength} is in bytes; with
     * {@code lpBuffer} {@code NULL} or too small the call fails with ERROR_INSUFFICIENT_BUFFER and
     * the bytes required. The strings of a {@link WINHTTP_PROXY_INFO} returned for
     * WINHTTP_OPTION_PROXY are freed by the caller with GlobalFree.
     */
    boolean WinHttpQueryOption(HINTERNET hInternet, int dwOption, Pointer lpBuffer,
                               IntByReference lpdwBufferLength);

    /**
     * Sets an option (WINHTTP_OPTION_*). {@code dwBufferLength} is in bytes, but in characters when
     * {@code lpBuffer} is a string. Fails with ERROR_WINHTTP_INCORRECT_HANDLE_TYPE when the option
     * does not apply to this kind of handle.
     */
    boolean WinHttpSetOption(HINTERNET hInternet, int dwOption, Pointer lpBuffer, int dwBufferLength);

    /**
     * Sets the resolve, connect, send and receive timeouts in milliseconds (0 or -1: none) of a
     * session or request handle.
     */
    boolean WinHttpSetTimeouts(HINTERNET hInternet, int nResolveTimeout, int nConnectTimeout,
                               int nSendTimeout, int nReceiveTimeout);

    /**
     * Sets the status callback of a handle (inherited by the handles created from it later) for the
     * notifications in {@code dwNotificationFlags} (WINHTTP_CALLBACK_FLAG_*); {@code dwReserved}
     * must be 0. Returns the previous callback's address ({@code NULL} if none), or
     * WINHTTP_INVALID_STATUS_CALLBACK (-1) on failure. The callback object must stay reachable.
     */
    Pointer WinHttpSetStatusCallback(HINTERNET hInternet, WINHTTP_STATUS_CALLBACK lpfnInternetCallback,
                                     int dwNotificationFlags, DWORD_PTR dwReserved);

    /**
     * Reports the authentication schemes of a 401 or 407 response: all offered
     * (WINHTTP_AUTH_SCHEME_* bits), the first one, and the target (WINHTTP_AUTH_TARGET_SERVER or
     * _PROXY). Call after WinHttpReceiveResponse.
     */
    boolean WinHttpQueryAuthSchemes(HINTERNET hRequest, IntByReference lpdwSupportedSchemes,
                                    IntByReference lpdwFirstScheme, IntByReference pdwAuthTarget);

    /**
     * Sets the credentials for one scheme and target, to be used when the request is sent again.
     * {@code pwszUserName}/{@code pwszPassword} {@code NULL} with WINHTTP_AUTH_SCHEME_NTLM or
     * _NEGOTIATE means the logged-on user; {@code pAuthParams} must be {@code NULL}.
     */
    boolean WinHttpSetCredentials(HINTERNET hRequest, int AuthTargets, int AuthScheme, Pointer pwszUserName,
                                  Pointer pwszPassword, Pointer pAuthParams);

    // ---- URLs and time -------------------------------------------------------------------------

    /**
     * Splits a URL into components; {@code dwUrlLength} is in characters, 0 meaning NUL-terminated.
     * {@code dwFlags}: ICU_DECODE, ICU_ESCAPE, ICU_REJECT_USERPWD. Component lengths are in
     * characters; a buffer too small fails with ERROR_INSUFFICIENT_BUFFER. An unknown scheme fails
     * with ERROR_WINHTTP_UNRECOGNIZED_SCHEME, a malformed URL with ERROR_WINHTTP_INVALID_URL.
     */
    boolean WinHttpCrackUrl(Pointer pwszUrl, int dwUrlLength, int dwFlags,
                            WINHTTP_URL_COMPONENTS lpUrlComponents);

    /**
     * Builds a URL from components ({@code dwFlags}: ICU_ESCAPE, ICU_REJECT_USERPWD).
     * {@code pdwUrlLength} is in characters: on entry the buffer's capacity, on success the length
     * written without the terminator, on ERROR_INSUFFICIENT_BUFFER the characters required.
     */
    boolean WinHttpCreateUrl(WINHTTP_URL_COMPONENTS lpUrlComponents, int dwFlags, Pointer pwszUrl,
                             IntByReference pdwUrlLength);

    /**
     * Formats a time as an HTTP date (RFC 1123, GMT) into {@code pwszTime}, which must hold
     * WINHTTP_TIME_FORMAT_BUFSIZE (62) bytes.
     */
    boolean WinHttpTimeFromSystemTime(SYSTEMTIME pst, Pointer pwszTime);

    /** Parses an HTTP date into a SYSTEMTIME. */
    boolean WinHttpTimeToSystemTime(Pointer pwszTime, SYSTEMTIME pst);

    // ---- Proxy configuration -------------------------------------------------------------------

    /**
     * Reads the current user's Internet Options proxy settings. The three strings of the
     * structure are allocated by WinHTTP and freed by the caller, each non-{@code NULL} one exactly
     * once, with GlobalFree. Fails with ERROR_FILE_NOT_FOUND when no settings exist.
     */
    boolean WinHttpGetIEProxyConfigForCurrentUser(WINHTTP_CURRENT_USER_IE_PROXY_CONFIG pProxyConfig);

    /**
     * Reads WinHTTP's default (machine, {@code netsh winhttp}) proxy configuration. The strings are
     * allocated by WinHTTP and freed by the caller, each non-{@code NULL} one once, with GlobalFree.
     */
    boolean WinHttpGetDefaultProxyConfiguration(WINHTTP_PROXY_INFO pProxyInfo);

    /**
     * Writes WinHTTP's default proxy configuration to the registry (needs administrator rights).
     * The caller owns the strings.
     */
    boolean WinHttpSetDefaultProxyConfiguration(WINHTTP_PROXY_INFO pProxyInfo);

    /**
     * Finds the URL of the PAC script by WPAD ({@code dwAutoDetectFlags}:
     * WINHTTP_AUTO_DETECT_TYPE_DHCP, _DNS_A). The URL is allocated by WinHTTP and freed by the
     * caller exactly once with GlobalFree. Fails with ERROR_WINHTTP_AUTODETECTION_FAILED when
     * nothing is found.
     */
    boolean WinHttpDetectAutoProxyConfigUrl(int dwAutoDetectFlags, PointerByReference ppwstrAutoConfigUrl);

    /**
     * Runs the PAC script (found per {@code pAutoProxyOptions}) for a URL, synchronously. The
     * strings of {@code pProxyInfo} are allocated by WinHTTP and freed by the caller, each
     * non-{@code NULL} one once, with GlobalFree. Typical failures:
     * ERROR_WINHTTP_AUTODETECTION_FAILED, ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT,
     * ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT, ERROR_WINHTTP_LOGIN_FAILURE.
     */
    boolean WinHttpGetProxyForUrl(HINTERNET hSession, Pointer lpcwszUrl,
                                  WINHTTP_AUTOPROXY_OPTIONS pAutoProxyOptions, WINHTTP_PROXY_INFO pProxyInfo);

    /**
     * Creates a proxy resolver handle for WinHttpGetProxyForUrlEx, from a session opened with
     * WINHTTP_FLAG_ASYNC. Returns ERROR_SUCCESS or an error code; close the resolver with
     * WinHttpCloseHandle.
     */
    int WinHttpCreateProxyResolver(HINTERNET hSession, PointerByReference phResolver);

    /**
     * Starts resolving the proxy for a URL asynchronously on a resolver handle. Returns
     * ERROR_IO_PENDING when started; completion is WINHTTP_CALLBACK_STATUS_GETPROXYFORURL_COMPLETE
     * (then WinHttpGetProxyResult) or WINHTTP_CALLBACK_STATUS_REQUEST_ERROR.
     */
    int WinHttpGetProxyForUrlEx(HINTERNET hResolver, Pointer pcwszUrl,
                                WINHTTP_AUTOPROXY_OPTIONS pAutoProxyOptions, DWORD_PTR pContext);

    /**
     * WinHttpGetProxyForUrlEx with an interface selection key of {@code cbInterfaceSelectionContext}
     * bytes ({@code pInterfaceSelectionContext} may be {@code NULL} with 0).
     */
    int WinHttpGetProxyForUrlEx2(HINTERNET hResolver, Pointer pcwszUrl,
                                 WINHTTP_AUTOPROXY_OPTIONS pAutoProxyOptions, int cbInterfaceSelectionContext,
                                 Pointer pInterfaceSelectionContext, DWORD_PTR pContext);

    /**
     * Reads the result of a completed WinHttpGetProxyForUrlEx. Returns ERROR_SUCCESS or an error
     * code; the result is released exactly once with WinHttpFreeProxyResult.
     */
    int WinHttpGetProxyResult(HINTERNET hResolver, WINHTTP_PROXY_RESULT pProxyResult);

    /** As WinHttpGetProxyResult, into the extended structure; release with WinHttpFreeProxyResultEx. */
    int WinHttpGetProxyResultEx(HINTERNET hResolver, WINHTTP_PROXY_RESULT_EX pProxyResultEx);

    /** Frees what WinHttpGetProxyResult allocated in the structure. */
    void WinHttpFreeProxyResult(WINHTTP_PROXY_RESULT pProxyResult);

    /** Frees what WinHttpGetProxyResultEx allocated. */
    void WinHttpFreeProxyResultEx(WINHTTP_PROXY_RESULT_EX pProxyResultEx);

    /**
     * Resets the auto-proxy state ({@code dwFlags}: WINHTTP_RESET_*, e.g. WINHTTP_RESET_ALL) of the
     * session. Returns ERROR_SUCCESS or an error code.
     */
    int WinHttpResetAutoProxy(HINTERNET hSession, int dwFlags);

    /**
     * Reads the stored proxy settings of a connection ({@code pcwszConnectionName} {@code NULL}:
     * the default). Returns ERROR_SUCCESS or an error code; what it allocates in
     * {@code pWinHttpProxySettings} is released exactly once with WinHttpFreeProxySettings.
     * Documented by Microsoft by its prototype only.
     */
    int WinHttpReadProxySettings(HINTERNET hSession, Pointer pcwszConnectionName,
                                 boolean fFallBackToDefaultSettings, boolean fSetAutoDiscoverForDefaultSettings,
                                 IntByReference pdwSettingsVersion, IntByReference pfDefaultSettingsAreReturned,
                                 WINHTTP_PROXY_SETTINGS pWinHttpProxySettings);

    /**
     * Writes stored proxy settings (needs administrator rights). Returns ERROR_SUCCESS or an error
     * code. Documented by Microsoft by its prototype only.
     */
    int WinHttpWriteProxySettings(HINTERNET hSession, boolean fForceUpdate,
                                  WINHTTP_PROXY_SETTINGS pWinHttpProxySettings);

    /** Frees what WinHttpReadProxySettings allocated. */
    void WinHttpFreeProxySettings(WINHTTP_PROXY_SETTINGS pWinHttpProxySettings);

    /**
     * Reads the version counter of the stored proxy settings. Returns ERROR_SUCCESS or an error
     * code. Documented by Microsoft by its prototype only.
     */
    int WinHttpGetProxySettingsVersion(HINTERNET hSession, IntByReference pdwProxySettingsVersion);

    // ---- WebSocket -----------------------------------------------------------------------------

    /**
     * Turns a request whose response was 101 (sent with WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET) into
     * a WebSocket handle; the request handle may then be closed. Returns {@code NULL} on failure
     * (last error set).
     */
    HINTERNET WinHttpWebSocketCompleteUpgrade(HINTERNET hRequest, DWORD_PTR pContext);

    /**
     * Sends {@code dwBufferLength} bytes as a message or fragment of
     * {@code eBufferType} (WINHTTP_WEB_SOCKET_*_BUFFER_TYPE, not CLOSE). Returns ERROR_SUCCESS or
     * an error code.
     */
    int WinHttpWebSocketSend(HINTERNET hWebSocket, int eBufferType, Pointer pvBuffer, int dwBufferLength);

    /**
     * Receives up to {@code dwBufferLength} bytes; reports the bytes read and the buffer type
     * (WINHTTP_WEB_SOCKET_CLOSE_BUFFER_TYPE when the server closed). Returns ERROR_SUCCESS or an
     * error code.
     */
    int WinHttpWebSocketReceive(HINTERNET hWebSocket, Pointer pvBuffer, int dwBufferLength,
                                IntByReference pdwBytesRead, IntByReference peBufferType);

    /**
     * Sends a close frame without waiting for the server's (the receive side stays open).
     * {@code usStatus} is a WINHTTP_WEB_SOCKET_*_CLOSE_STATUS; the reason is at most
     * WINHTTP_WEB_SOCKET_MAX_CLOSE_REASON_LENGTH (123) bytes. Returns ERROR_SUCCESS or an error code.
     */
    int WinHttpWebSocketShutdown(HINTERNET hWebSocket, short usStatus, Pointer pvReason, int dwReasonLength);

    /**
     * Sends a close frame and waits for the server's. Same arguments as WinHttpWebSocketShutdown.
     * Returns ERROR_SUCCESS or an error code.
     */
    int WinHttpWebSocketClose(HINTERNET hWebSocket, short usStatus, Pointer pvReason, int dwReasonLength);

    /**
     * Reads the close status and reason the server sent. {@code dwReasonLength} and
     * {@code pdwReasonLengthConsumed} are in bytes; a buffer too small gives
     * ERROR_INSUFFICIENT_BUFFER, before a close frame arrived ERROR_INVALID_OPERATION. Returns
     * ERROR_SUCCESS or an error code.
     */
    int WinHttpWebSocketQueryCloseStatus(HINTERNET hWebSocket, ShortByReference pusStatus, Pointer pvReason,
                                         int dwReasonLength, IntByReference pdwReasonLengthConsumed);
}
