package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.BaseTSD.ULONG_PTRByReference;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.platform.win32.WinDef.HWND;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import com.sun.jna.platform.win32.WinNT.HANDLEByReference;
import com.sun.jna.platform.win32.Wininet;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The Unicode entry points of wininet.dll for {@code Internet*}, {@code Http*} and {@code Ftp*},
 * declared exactly as wininet.h declares them (C names kept), with the SDK's constants and
 * error codes inherited from {@link WinInetConstants} and {@link WinInetErrors}.
 *
 * <p>Conventions, so that the same declaration serves the DLL and the pure-Java backend:
 * <ul>
 *   <li>Strings ({@code LPCWSTR}, {@code LPWSTR}) are {@link Pointer}s to UTF-16LE memory that the
 *       caller owns and NUL-terminates; the marshal layer builds them explicitly, because JNA's
 *       {@code WString} follows {@code wchar_t}, which is 4 bytes wide on Linux.</li>
 *   <li>{@code LPDWORD} is {@link IntByReference}; {@code DWORD} and {@code LONG} are {@code int}
 *       (unsigned values wrap); {@code INTERNET_PORT} is {@code short}; {@code BOOL} is
 *       {@code boolean}; {@code DWORD_PTR} is {@link DWORD_PTR}.</li>
 *   <li>No method declares {@code LastErrorException} in a throws clause: JNA would then throw whenever the
 *       last error is non-zero, even after a successful call. Callers read the last error once,
 *       right after a failed call, on the same thread.</li>
 * </ul>
 *
 * <p>Each function's Javadoc names the contract the wrappers rely on; the Microsoft reference
 * pages are the specification.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/wininet/">wininet.h</a>
 */
@SuppressWarnings("unused")
public interface WinInet extends Wininet, StdCallLibrary, WinInetConstants, WinInetErrors {

    // ---- Sessions, connections, handles ------------------------------------------------------

    /** Initializes WinINet for the application. Returns {@code NULL} on failure. */
    HINTERNET InternetOpenW(Pointer lpszAgent, int dwAccessType, Pointer lpszProxy,
                            Pointer lpszProxyBypass, int dwFlags);

    /**
     * Opens an HTTP or FTP session for a server. For HTTP no traffic happens until a request is
     * sent; for FTP this logs in. Returns {@code NULL} on failure.
     */
    HINTERNET InternetConnectW(HINTERNET hInternet, Pointer lpszServerName, short nServerPort,
                               Pointer lpszUserName, Pointer lpszPassword, int dwService,
                               int dwFlags, DWORD_PTR dwContext);

    /** Opens a resource by full URL (http, https, ftp) and sends the request. {@code NULL} on failure. */
    HINTERNET InternetOpenUrlW(HINTERNET hInternet, Pointer lpszUrl, Pointer lpszHeaders,
                               int dwHeadersLength, int dwFlags, DWORD_PTR dwContext);

    /** Closes a handle; on Windows this also cancels pending operations on it. */
    boolean InternetCloseHandle(HINTERNET hInternet);

    /**
     * Reads data; a successful read of 0 bytes means the end of the data. Fails with
     * ERROR_INTERNET_CONNECTION_RESET and similar when the server breaks off.
     */
    boolean InternetReadFile(HINTERNET hFile, Pointer lpBuffer, int dwNumberOfBytesToRead,
                             IntByReference lpdwNumberOfBytesRead);

    /** Reads data into the buffer described by an {@link INTERNET_BUFFERSW}. */
    boolean InternetReadFileExW(HINTERNET hFile, INTERNET_BUFFERSW lpBuffersOut, int dwFlags,
                                DWORD_PTR dwContext);

    /** Writes data to an open FTP file or to a request body begun with HttpSendRequestExW. */
    boolean InternetWriteFile(HINTERNET hFile, Pointer lpBuffer, int dwNumberOfBytesToWrite,
                              IntByReference lpdwNumberOfBytesWritten);

    /** Queries how many bytes can be read without blocking (0 at the end of the data). */
    boolean InternetQueryDataAvailable(HINTERNET hFile, IntByReference lpdwNumberOfBytesAvailable,
                                       int dwFlags, DWORD_PTR dwContext);

    /** Moves the read position of a cached resource; returns INVALID_SET_FILE_POINTER on failure. */
    int InternetSetFilePointer(HINTERNET hFile, int lDistanceToMove, Pointer pReserved,
                               int dwMoveMethod, DWORD_PTR dwContext);

    /** Continues an FTP enumeration; fails with ERROR_NO_MORE_FILES at the end. */
    boolean InternetFindNextFileW(HINTERNET hFind, Pointer lpvFindData);

    /**
     * Queries an option. {@code lpdwBufferLength} is in bytes; for string options the W function
     * sets it on ERROR_INSUFFICIENT_BUFFER to the size required.
     */
    boolean InternetQueryOptionW(HINTERNET hInternet, int dwOption, Pointer lpBuffer,
                                 IntByReference lpdwBufferLength);

    /** Sets an option; {@code dwBufferLength} is in bytes (characters for some string options). */
    boolean InternetSetOptionW(HINTERNET hInternet, int dwOption, Pointer lpBuffer, int dwBufferLength);

    /** Sets an option with ISO_* flags. */
    boolean InternetSetOptionExW(HINTERNET hInternet, int dwOption, Pointer lpBuffer,
                                 int dwBufferLength, int dwFlags);

    /**
     * Sets the status callback of a handle and its future children. Returns the previous
     * callback's address, or INTERNET_INVALID_STATUS_CALLBACK (-1) on failure.
     */
    Pointer InternetSetStatusCallbackW(HINTERNET hInternet, INTERNET_STATUS_CALLBACK lpfnInternetCallback);

    /**
     * Retrieves the server's text after ERROR_INTERNET_EXTENDED_ERROR (FTP replies), for the
     * calling thread. {@code lpdwBufferLength} is in characters.
     */
    boolean InternetGetLastResponseInfoW(IntByReference lpdwError, Pointer lpszBuffer,
                                         IntByReference lpdwBufferLength);

    /** Locks the cache file of a request; the lock is released by InternetUnlockRequestFile. */
    boolean InternetLockRequestFile(HINTERNET hInternet, HANDLEByReference lphLockRequestInfo);

    /** Releases a lock taken by InternetLockRequestFile. */
    boolean InternetUnlockRequestFile(HANDLE hLockRequestInfo);

    // ---- URLs --------------------------------------------------------------------------------

    /** Splits a URL into components; {@code dwUrlLength} 0 means NUL-terminated. */
    boolean InternetCrackUrlW(Pointer lpszUrl, int dwUrlLength, int dwFlags, URL_COMPONENTSW lpUrlComponents);

    /**
     * Builds a URL from components. {@code lpdwUrlLength} is in characters; on
     * ERROR_INSUFFICIENT_BUFFER it receives the size required in bytes including the terminator.
     */
    boolean InternetCreateUrlW(URL_COMPONENTSW lpUrlComponents, int dwFlags, Pointer lpszUrl,
                               IntByReference lpdwUrlLength);

    /** Canonicalizes a URL (ICU_* flags); {@code lpdwBufferLength} is in characters. */
    boolean InternetCanonicalizeUrlW(Pointer lpszUrl, Pointer lpszBuffer,
                                     IntByReference lpdwBufferLength, int dwFlags);

    /** Combines a base and a relative URL (ICU_* flags); {@code lpdwBufferLength} is in characters. */
    boolean InternetCombineUrlW(Pointer lpszBaseUrl, Pointer lpszRelativeUrl, Pointer lpszBuffer,
                                IntByReference lpdwBufferLength, int dwFlags);

    // ---- Cookies -----------------------------------------------------------------------------

    /** Reads the cookies for a URL; {@code lpdwSize} is in characters. */
    boolean InternetGetCookieW(Pointer lpszUrl, Pointer lpszCookieName, Pointer lpszCookieData,
                               IntByReference lpdwSize);

    /** Reads the cookies for a URL with INTERNET_COOKIE_* flags. */
    boolean InternetGetCookieExW(Pointer lpszUrl, Pointer lpszCookieName, Pointer lpszCookieData,
                                 IntByReference lpdwSize, int dwFlags, Pointer lpReserved);

    /** Sets a cookie for a URL; data is a Set-Cookie value without the header name. */
    boolean InternetSetCookieW(Pointer lpszUrl, Pointer lpszCookieName, Pointer lpszCookieData);

    /** Sets a cookie with INTERNET_COOKIE_* flags; returns a COOKIE_STATE_* value (0 on failure). */
    int InternetSetCookieExW(Pointer lpszUrl, Pointer lpszCookieName, Pointer lpszCookieData,
                             int dwFlags, DWORD_PTR dwReserved);

    // ---- Time --------------------------------------------------------------------------------

    /** Formats a SYSTEMTIME as an HTTP date (INTERNET_RFC1123_FORMAT); {@code cbTime} in bytes. */
    boolean InternetTimeFromSystemTimeW(SYSTEMTIME pst, int dwRFC, Pointer lpszTime, int cbTime);

    /** Parses an HTTP date into a SYSTEMTIME. */
    boolean InternetTimeToSystemTimeW(Pointer lpszTime, SYSTEMTIME pst, int dwReserved);

    // ---- Connectivity and dialogs ------------------------------------------------------------

    /** Checks that a connection to the URL's server can be made (FLAG_ICC_FORCE_CONNECTION). */
    boolean InternetCheckConnectionW(Pointer lpszUrl, int dwFlags, int dwReserved);

    /** Reports the connected state (INTERNET_CONNECTION_* flags). */
    boolean InternetGetConnectedState(IntByReference lpdwFlags, int dwReserved);

    /** Reports the connected state and the connection's name ({@code dwBufLen} in characters). */
    boolean InternetGetConnectedStateExW(IntByReference lpdwFlags, Pointer lpszConnectionName,
                                         int dwBufLen, int dwReserved);

    /** Attempts to connect to the network; returns ERROR_SUCCESS or an error code. */
    int InternetAttemptConnect(int dwReserved);

    /** Shows the dialog for an error (or, with FLAGS_ERROR_UI_FLAGS_NO_UI, only applies it). */
    int InternetErrorDlg(HWND hWnd, HINTERNET hRequest, int dwError, int dwFlags, PointerByReference lppvData);

    /** Asks the user about a zone crossing (http to https or back). */
    int InternetConfirmZoneCrossingW(HWND hWnd, Pointer szUrlPrev, Pointer szUrlNew, boolean bPost);

    /** Dials a connection (RAS). */
    int InternetDialW(HWND hwndParent, Pointer lpszConnectoid, int dwFlags,
                      ULONG_PTRByReference lpdwConnection, int dwReserved);

    /** Hangs up a dialed connection. */
    int InternetHangUp(DWORD_PTR dwConnection, int dwReserved);

    /** Goes online for a URL (legacy offline mode). */
    boolean InternetGoOnlineW(Pointer lpszURL, HWND hwndParent, int dwFlags);

    /** Starts the default autodial connection. */
    boolean InternetAutodial(int dwFlags, HWND hwndParent);

    /** Hangs up the autodial connection. */
    boolean InternetAutodialHangup(int dwReserved);

    /**
     * Refreshes the proxy settings from the registry (the one-DWORD form exported by wininet.dll,
     * not jsproxy.dll's five-argument function of the same name).
     */
    boolean InternetInitializeAutoProxyDll(int dwReserved);

    /** Records the state of a dial-up connectoid. */
    boolean InternetSetDialStateW(Pointer lpszConnectoid, int dwState, int dwReserved);

    // ---- Per-site cookie decisions -----------------------------------------------------------

    /** Sets the cookie decision (COOKIE_STATE_*) for a host. */
    boolean InternetSetPerSiteCookieDecisionW(Pointer pchHostName, int dwDecision);

    /** Reads the cookie decision for a host. */
    boolean InternetGetPerSiteCookieDecisionW(Pointer pchHostName, IntByReference pResult);

    /** Clears every per-site cookie decision. */
    boolean InternetClearAllPerSiteCookieDecisions();

    /** Enumerates the per-site cookie decisions ({@code pcSiteNameSize} in characters). */
    boolean InternetEnumPerSiteCookieDecisionW(Pointer pszSiteName, IntByReference pcSiteNameSize,
                                               IntByReference pdwDecision, int dwIndex);

    // ---- HTTP --------------------------------------------------------------------------------

    /**
     * Creates a request handle. {@code lplpszAcceptTypes} is a NULL-terminated array of string
     * pointers, or {@code NULL}. No traffic happens until the request is sent.
     */
    HINTERNET HttpOpenRequestW(HINTERNET hConnect, Pointer lpszVerb, Pointer lpszObjectName,
                               Pointer lpszVersion, Pointer lpszReferrer, Pointer lplpszAcceptTypes,
                               int dwFlags, DWORD_PTR dwContext);

    /**
     * Adds, replaces or removes request headers; each header is {@code Name: value} and headers
     * are separated by CR LF. {@code dwHeadersLength} -1 means NUL-terminated.
     */
    boolean HttpAddRequestHeadersW(HINTERNET hRequest, Pointer lpszHeaders, int dwHeadersLength,
                                   int dwModifiers);

    /** Sends the request with an optional body and reads the response headers. */
    boolean HttpSendRequestW(HINTERNET hRequest, Pointer lpszHeaders, int dwHeadersLength,
                             Pointer lpOptional, int dwOptionalLength);

    /**
     * Begins a request whose body follows through InternetWriteFile; its length is declared in
     * {@code lpBuffersIn.dwBufferTotal}. HttpEndRequestW completes it.
     */
    boolean HttpSendRequestExW(HINTERNET hRequest, INTERNET_BUFFERSW lpBuffersIn,
                               INTERNET_BUFFERSW lpBuffersOut, int dwFlags, DWORD_PTR dwContext);

    /** Ends a request begun with HttpSendRequestExW and reads the response headers. */
    boolean HttpEndRequestW(HINTERNET hRequest, INTERNET_BUFFERSW lpBuffersOut, int dwFlags,
                            DWORD_PTR dwContext);

    /**
     * Queries response (or, with HTTP_QUERY_FLAG_REQUEST_HEADERS, request) information.
     * {@code lpdwBufferLength} is in bytes: on success the bytes written without the terminator,
     * on ERROR_INSUFFICIENT_BUFFER the bytes required. {@code lpdwIndex} selects among repeated
     * headers and is advanced on success; ERROR_HTTP_HEADER_NOT_FOUND past the last one.
     */
    boolean HttpQueryInfoW(HINTERNET hRequest, int dwInfoLevel, Pointer lpBuffer,
                           IntByReference lpdwBufferLength, IntByReference lpdwIndex);

    // ---- FTP ---------------------------------------------------------------------------------

    /** Starts an enumeration of a directory; one per FTP session at a time. */
    HINTERNET FtpFindFirstFileW(HINTERNET hConnect, Pointer lpszSearchFile,
                                WIN32_FIND_DATAW lpFindFileData, int dwFlags, DWORD_PTR dwContext);

    /** Downloads a file to a local path. */
    boolean FtpGetFileW(HINTERNET hConnect, Pointer lpszRemoteFile, Pointer lpszNewFile,
                        boolean fFailIfExists, int dwFlagsAndAttributes, int dwFlags, DWORD_PTR dwContext);

    /** Uploads a local file. */
    boolean FtpPutFileW(HINTERNET hConnect, Pointer lpszLocalFile, Pointer lpszNewRemoteFile,
                        int dwFlags, DWORD_PTR dwContext);

    /** Downloads a file; the remote name is ANSI ({@code LPCSTR}), the local one UTF-16. */
    boolean FtpGetFileEx(HINTERNET hFtpSession, Pointer lpszRemoteFile, Pointer lpszNewFile,
                         boolean fFailIfExists, int dwFlagsAndAttributes, int dwFlags, DWORD_PTR dwContext);

    /** Uploads a file; the local name is UTF-16, the remote one ANSI ({@code LPCSTR}). */
    boolean FtpPutFileEx(HINTERNET hFtpSession, Pointer lpszLocalFile, Pointer lpszNewRemoteFile,
                         int dwFlags, DWORD_PTR dwContext);

    /** Deletes a remote file. */
    boolean FtpDeleteFileW(HINTERNET hConnect, Pointer lpszFileName);

    /** Renames a remote file. */
    boolean FtpRenameFileW(HINTERNET hConnect, Pointer lpszExisting, Pointer lpszNew);

    /** Opens a remote file for reading (GENERIC_READ) or writing (GENERIC_WRITE). */
    HINTERNET FtpOpenFileW(HINTERNET hConnect, Pointer lpszFileName, int dwAccess, int dwFlags,
                           DWORD_PTR dwContext);

    /** Creates a remote directory. */
    boolean FtpCreateDirectoryW(HINTERNET hConnect, Pointer lpszDirectory);

    /** Removes a remote directory. */
    boolean FtpRemoveDirectoryW(HINTERNET hConnect, Pointer lpszDirectory);

    /** Changes the remote working directory. */
    boolean FtpSetCurrentDirectoryW(HINTERNET hConnect, Pointer lpszDirectory);

    /** Reads the remote working directory; {@code lpdwCurrentDirectory} is in characters. */
    boolean FtpGetCurrentDirectoryW(HINTERNET hConnect, Pointer lpszCurrentDirectory,
                                    IntByReference lpdwCurrentDirectory);

    /**
     * Sends a raw command. With {@code fExpectResponse} a data connection is opened and its
     * handle returned in {@code phFtpCommand}.
     */
    boolean FtpCommandW(HINTERNET hConnect, boolean fExpectResponse, int dwFlags, Pointer lpszCommand,
                        DWORD_PTR dwContext, PointerByReference phFtpCommand);

    /** Returns the low 32 bits of a file's size (high bits in {@code lpdwFileSizeHigh}). */
    int FtpGetFileSize(HINTERNET hFile, IntByReference lpdwFileSizeHigh);
}
