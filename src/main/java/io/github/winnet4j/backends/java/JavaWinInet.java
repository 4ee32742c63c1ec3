package io.github.winnet4j.backends.java;

import com.sun.jna.CallbackReference;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.BaseTSD.ULONG_PTRByReference;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.platform.win32.WinDef.HWND;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import com.sun.jna.platform.win32.WinNT.HANDLEByReference;
import com.sun.jna.platform.win32.Wininet;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.winnet4j.backends.java.url.JavaUrlFunctions;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.INTERNET_BUFFERSW;
import io.github.winnet4j.raw.INTERNET_STATUS_CALLBACK;
import io.github.winnet4j.raw.URL_COMPONENTSW;
import io.github.winnet4j.raw.WIN32_FIND_DATAW;
import io.github.winnet4j.raw.WinInet;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * wininet.dll's W entry points implemented in Java, with the Win32 contract: HINTERNET handles,
 * in/out buffer lengths, ERROR_INSUFFICIENT_BUFFER, and the last error set (in
 * {@link JavaLastError}) before every failure. HTTP goes through {@link HttpEngine}; the URL
 * functions through {@link JavaUrlFunctions}; FTP through {@link FtpCalls} (Commons Net).
 * Thread-safe; closing a handle from another thread cancels a blocked operation
 * on it with ERROR_INTERNET_OPERATION_CANCELLED.
 *
 * <p>Where Windows has state this backend does not (dial-up, IE settings, the URL cache), the
 * calls answer as a LAN-connected machine without a cache would; each method says what it does.
 */
public final class JavaWinInet implements WinInet {
    private final HandleTable table = new HandleTable();
    private final RootObject root = new RootObject();
    private final CookieJar cookies = new CookieJar();
    private final CookieCalls cookieCalls = new CookieCalls(cookies);
    private final HttpEngine engine = new HttpEngine(cookies);
    private final JavaUrlFunctions urls = new JavaUrlFunctions();
    private final FtpCalls ftp = new FtpCalls(table);
    private final Map<String, String> environment;

    /** A backend reading proxy settings from the process environment. */
    public JavaWinInet() {
        this(System.getenv());
    }

    /** A backend reading INTERNET_OPEN_TYPE_PRECONFIG proxy settings from {@code environment}. */
    public JavaWinInet(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        root.setOption(CONNECT_TIMEOUT, HttpEngine.DEFAULT_CONNECT_TIMEOUT_MS);
        root.setOption(SEND_TIMEOUT, HttpEngine.DEFAULT_SEND_TIMEOUT_MS);
        root.setOption(RECEIVE_TIMEOUT, HttpEngine.DEFAULT_RECEIVE_TIMEOUT_MS);
        root.setOption(INTERNET_OPTION_DATA_SEND_TIMEOUT, HttpEngine.DEFAULT_SEND_TIMEOUT_MS);
        root.setOption(INTERNET_OPTION_DATA_RECEIVE_TIMEOUT, HttpEngine.DEFAULT_RECEIVE_TIMEOUT_MS);
    }

    private static final int CONNECT_TIMEOUT = INTERNET_OPTION_CONNECT_TIMEOUT;
    private static final int SEND_TIMEOUT = INTERNET_OPTION_SEND_TIMEOUT;
    private static final int RECEIVE_TIMEOUT = INTERNET_OPTION_RECEIVE_TIMEOUT;
    private static final int MAX_ACCEPT_TYPES = 1024;

    /** The number of open handles (for leak checks in tests). */
    public int openHandleCount() {
        return table.size();
    }

    // ---- Sessions, connections, handles ------------------------------------------------------

    /** INTERNET_FLAG_ASYNC is refused with ERROR_CALL_NOT_IMPLEMENTED: this backend is synchronous. */
    @Override
    public HINTERNET InternetOpenW(Pointer lpszAgent, int dwAccessType, Pointer lpszProxy, Pointer lpszProxyBypass,
                                   int dwFlags) {
        if ((dwFlags & INTERNET_FLAG_ASYNC) != 0) {
            return failNull(WinError.ERROR_CALL_NOT_IMPLEMENTED);
        }
        ProxySettings proxy = ProxySettings.of(dwAccessType, Utf16.decode(lpszProxy), Utf16.decode(lpszProxyBypass),
                environment);
        if (proxy == null) {
            return failNull(WinError.ERROR_INVALID_PARAMETER);
        }
        if (dwAccessType == ProxySettings.INTERNET_OPEN_TYPE_PRECONFIG
                && root.option(INTERNET_OPTION_PROXY) instanceof ProxySettings global) {
            proxy = global;
        }
        String agent = Utf16.decode(lpszAgent);
        SessionObject session = new SessionObject(table.allocate(), root, agent, proxy, dwFlags);
        if (agent != null) {
            session.setOption(INTERNET_OPTION_USER_AGENT, agent);
        }
        table.register(session);
        return HINTERNET.of(session.handle);
    }

    /**
     * HTTP: no traffic until a request is sent. FTP: connects and logs in before returning
     * ({@link FtpCalls#connect}); port 0 means 21.
     */
    @Override
    public HINTERNET InternetConnectW(HINTERNET hInternet, Pointer lpszServerName, short nServerPort,
                                      Pointer lpszUserName, Pointer lpszPassword, int dwService, int dwFlags,
                                      DWORD_PTR dwContext) {
        try {
            SessionObject session = table.require(hInternet, SessionObject.class);
            String server = Utf16.decode(lpszServerName);
            if (server == null || server.isEmpty()) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            if (dwService == INTERNET_SERVICE_FTP) {
                FtpSessionObject ftpSession = ftp.connect(session, server, Short.toUnsignedInt(nServerPort),
                        Utf16.decode(lpszUserName), Utf16.decode(lpszPassword), dwFlags, context(dwContext), false);
                return HINTERNET.of(ftpSession.handle);
            }
            if (dwService != INTERNET_SERVICE_HTTP) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            ConnectionObject connection = new ConnectionObject(table.allocate(), session, server,
                    Short.toUnsignedInt(nServerPort), Utf16.decode(lpszUserName), Utf16.decode(lpszPassword),
                    dwFlags, context(dwContext), false);
            table.register(connection);
            StatusNotifier.notifyHandle(connection, INTERNET_STATUS_HANDLE_CREATED);
            return HINTERNET.of(connection.handle);
        } catch (Win32Failure f) {
            return failNull(f.code);
        }
    }

    /**
     * http, https and ftp ({@link FtpCalls#openUrl}: a file opened for reading; directory URLs
     * fail with ERROR_INTERNET_INVALID_OPERATION); other schemes fail with
     * ERROR_INTERNET_UNRECOGNIZED_SCHEME.
     */
    @Override
    public HINTERNET InternetOpenUrlW(HINTERNET hInternet, Pointer lpszUrl, Pointer lpszHeaders, int dwHeadersLength,
                                      int dwFlags, DWORD_PTR dwContext) {
        RequestObject request = null;
        try {
            SessionObject session = table.require(hInternet, SessionObject.class);
            String text = Utf16.decode(lpszUrl);
            if (text == null || text.isEmpty()) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            URI uri = UrlText.parse(text);
            if (uri == null || uri.getScheme() == null) {
                throw new Win32Failure(ERROR_INTERNET_UNRECOGNIZED_SCHEME);
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("ftp")) {
                return HINTERNET.of(ftp.openUrl(session, uri, dwFlags, context(dwContext)).handle);
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new Win32Failure(ERROR_INTERNET_UNRECOGNIZED_SCHEME);
            }
            if (uri.getHost() == null) {
                throw new Win32Failure(ERROR_INTERNET_INVALID_URL);
            }
            boolean secure = scheme.equals("https");
            int port = Math.max(uri.getPort(), 0);
            String user = null;
            String password = null;
            if (uri.getUserInfo() != null) {
                int colon = uri.getUserInfo().indexOf(':');
                user = colon < 0 ? uri.getUserInfo() : uri.getUserInfo().substring(0, colon);
                password = colon < 0 ? null : uri.getUserInfo().substring(colon + 1);
            }
            String object = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            long context = context(dwContext);
            ConnectionObject connection = new ConnectionObject(table.allocate(), session, uri.getHost(), port, user,
                    password, dwFlags, context, true);
            int flags = dwFlags | (secure ? INTERNET_FLAG_SECURE : 0);
            URI target = UrlText.of(secure, uri.getHost(), port, object);
            request = new RequestObject(table.allocate(), connection, "GET", object, "HTTP/1.1", null, List.of(),
                    flags, context, target);
            table.register(request);
            StatusNotifier.notifyHandle(request, INTERNET_STATUS_HANDLE_CREATED);
            synchronized (request.lock) {
                if (lpszHeaders != null && dwHeadersLength != 0) {
                    request.http.headers.apply(headerText(lpszHeaders, dwHeadersLength), HTTP_ADDREQ_FLAG_ADD | HTTP_ADDREQ_FLAG_REPLACE);
                }
                engine.send(request, null, 0);
            }
            return HINTERNET.of(request.handle);
        } catch (Win32Failure f) {
            if (request != null) {
                close(request.connection);
            }
            return failNull(f.code);
        }
    }

    /** Closes the handle and its children; a blocked operation on them fails with ERROR_INTERNET_OPERATION_CANCELLED. */
    @Override
    public boolean InternetCloseHandle(HINTERNET hInternet) {
        InternetObject object = table.find(hInternet);
        if (object == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_HANDLE);
        }
        if (object instanceof RequestObject r && r.connection.implicit) {
            object = r.connection;
        }
        if (object instanceof FtpFileObject file) {
            close(file);
            int code = FtpTransfers.finish(file);
            if (file.session.implicit) {
                close(file.session);
            }
            return code == 0 || JavaLastError.fail(code);
        }
        close(object);
        return true;
    }

    private void close(InternetObject object) {
        for (InternetObject closing : object.markClosed()) {
            table.remove(closing);
            closing.release();
            if (closing.handle != 0 && !(closing instanceof ConnectionObject c && c.implicit)
                    && !(closing instanceof FtpSessionObject f && f.implicit)) {
                StatusNotifier.notifyHandle(closing, INTERNET_STATUS_HANDLE_CLOSING);
            }
        }
    }

    /** Reads the body until {@code dwNumberOfBytesToRead} bytes or its end (then 0 bytes and TRUE). */
    @Override
    public boolean InternetReadFile(HINTERNET hFile, Pointer lpBuffer, int dwNumberOfBytesToRead,
                                    IntByReference lpdwNumberOfBytesRead) {
        if (lpdwNumberOfBytesRead == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        return readFile(hFile, TransferBuffer.of(lpBuffer), dwNumberOfBytesToRead, lpdwNumberOfBytesRead);
    }

    /** InternetReadFile into either kind of buffer (the raw call's, or {@link JavaHeapTransfer}'s array). */
    boolean readFile(HINTERNET hFile, TransferBuffer buffer, int length, IntByReference numberOfBytesRead) {
        if (numberOfBytesRead == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        numberOfBytesRead.setValue(0);
        try {
            numberOfBytesRead.setValue(read(hFile, buffer, length));
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean InternetReadFileExW(HINTERNET hFile, INTERNET_BUFFERSW lpBuffersOut, int dwFlags,
                                       DWORD_PTR dwContext) {
        if (lpBuffersOut == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        try {
            int n = read(hFile, TransferBuffer.of(lpBuffersOut.lpvBuffer), lpBuffersOut.dwBufferLength);
            lpBuffersOut.dwBufferLength = n;
            lpBuffersOut.writeField("dwBufferLength");
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    private int read(HINTERNET h, TransferBuffer buffer, int length) throws Win32Failure {
        if (table.find(h) instanceof FtpFileObject file) {
            if (buffer.isNull() && length != 0) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            return length == 0 ? 0 : file.read(buffer, length < 0 ? Integer.MAX_VALUE : length);
        }
        RequestObject r = table.require(h, RequestObject.class);
        if (buffer.isNull() && length != 0) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        ResponseBody body = r.http.body;
        if (r.state != RequestObject.State.SENT || body == null) {
            throw new Win32Failure(ERROR_INTERNET_INCORRECT_HANDLE_STATE);
        }
        if (length == 0) {
            return 0;
        }
        int n = body.read(buffer, length < 0 ? Integer.MAX_VALUE : length);
        if (r.isClosed()) {
            throw new Win32Failure(ERROR_INTERNET_OPERATION_CANCELLED);
        }
        return n;
    }

    /** Writes request body bytes after HttpSendRequestExW; more than the declared length fails with ERROR_INVALID_PARAMETER. */
    @Override
    public boolean InternetWriteFile(HINTERNET hFile, Pointer lpBuffer, int dwNumberOfBytesToWrite,
                                     IntByReference lpdwNumberOfBytesWritten) {
        return writeFile(hFile, TransferBuffer.of(lpBuffer), dwNumberOfBytesToWrite, lpdwNumberOfBytesWritten);
    }

    /** InternetWriteFile from either kind of buffer (the raw call's, or {@link JavaHeapTransfer}'s array). */
    boolean writeFile(HINTERNET hFile, TransferBuffer lpBuffer, int dwNumberOfBytesToWrite,
                      IntByReference lpdwNumberOfBytesWritten) {
        if (lpdwNumberOfBytesWritten == null || (lpBuffer.isNull() && dwNumberOfBytesToWrite != 0)) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        lpdwNumberOfBytesWritten.setValue(0);
        try {
            if (table.find(hFile) instanceof FtpFileObject file) {
                file.write(lpBuffer, dwNumberOfBytesToWrite);
                lpdwNumberOfBytesWritten.setValue(dwNumberOfBytesToWrite);
                return true;
            }
            RequestObject r = table.require(hFile, RequestObject.class);
            synchronized (r.lock) {
                if (r.state != RequestObject.State.WRITING) {
                    throw new Win32Failure(ERROR_INTERNET_INCORRECT_HANDLE_STATE);
                }
                engine.write(r, lpBuffer, dwNumberOfBytesToWrite);
            }
            lpdwNumberOfBytesWritten.setValue(dwNumberOfBytesToWrite);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean InternetQueryDataAvailable(HINTERNET hFile, IntByReference lpdwNumberOfBytesAvailable, int dwFlags,
                                              DWORD_PTR dwContext) {
        if (lpdwNumberOfBytesAvailable == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        try {
            if (table.find(hFile) instanceof FtpFileObject file) {
                lpdwNumberOfBytesAvailable.setValue(file.available());
                return true;
            }
            RequestObject r = table.require(hFile, RequestObject.class);
            ResponseBody body = r.http.body;
            if (r.state != RequestObject.State.SENT || body == null) {
                throw new Win32Failure(ERROR_INTERNET_INCORRECT_HANDLE_STATE);
            }
            lpdwNumberOfBytesAvailable.setValue(body.available());
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** There is no cache to seek in: fails with ERROR_INTERNET_INVALID_OPERATION (INVALID_SET_FILE_POINTER). */
    @Override
    public int InternetSetFilePointer(HINTERNET hFile, int lDistanceToMove, Pointer pReserved, int dwMoveMethod,
                                      DWORD_PTR dwContext) {
        JavaLastError.set(table.find(hFile) == null ? WinError.ERROR_INVALID_HANDLE : ERROR_INTERNET_INVALID_OPERATION);
        return -1;
    }

    /** Fills the WIN32_FIND_DATAW at {@code lpvFindData}; past the last entry ERROR_NO_MORE_FILES. */
    @Override
    public boolean InternetFindNextFileW(HINTERNET hFind, Pointer lpvFindData) {
        try {
            ftp.findNext(hFind, lpvFindData);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** A {@code NULL} handle queries the process-wide defaults. */
    @Override
    public boolean InternetQueryOptionW(HINTERNET hInternet, int dwOption, Pointer lpBuffer,
                                        IntByReference lpdwBufferLength) {
        try {
            InternetOptions.query(optionTarget(hInternet), dwOption, lpBuffer, lpdwBufferLength, environment);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** A {@code NULL} handle sets the process-wide defaults. */
    @Override
    public boolean InternetSetOptionW(HINTERNET hInternet, int dwOption, Pointer lpBuffer, int dwBufferLength) {
        try {
            InternetOptions.set(optionTarget(hInternet), dwOption, lpBuffer, dwBufferLength);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** As InternetSetOptionW; the ISO_* flags change nothing here. */
    @Override
    public boolean InternetSetOptionExW(HINTERNET hInternet, int dwOption, Pointer lpBuffer, int dwBufferLength,
                                        int dwFlags) {
        return InternetSetOptionW(hInternet, dwOption, lpBuffer, dwBufferLength);
    }

    private InternetObject optionTarget(HINTERNET h) throws Win32Failure {
        if (h == null || h.getPointer() == null) {
            return root;
        }
        InternetObject object = table.find(h);
        if (object == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_HANDLE);
        }
        return object;
    }

    /**
     * Returns the previous callback's function pointer ({@code NULL} when there was none), or
     * INTERNET_INVALID_STATUS_CALLBACK with ERROR_INVALID_HANDLE.
     */
    @Override
    public Pointer InternetSetStatusCallbackW(HINTERNET hInternet, INTERNET_STATUS_CALLBACK lpfnInternetCallback) {
        InternetObject object = table.find(hInternet);
        if (object == null) {
            JavaLastError.set(WinError.ERROR_INVALID_HANDLE);
            return new Pointer(INTERNET_INVALID_STATUS_CALLBACK);
        }
        INTERNET_STATUS_CALLBACK previous = object.swapCallback(lpfnInternetCallback);
        if (previous == null) {
            return null;
        }
        try {
            return CallbackReference.getFunctionPointer(previous);
        } catch (RuntimeException | LinkageError e) {
            return new Pointer(1);
        }
    }

    /** The calling thread's last server text: empty after HTTP, as with WinINet. Lengths in characters. */
    @Override
    public boolean InternetGetLastResponseInfoW(IntByReference lpdwError, Pointer lpszBuffer,
                                                IntByReference lpdwBufferLength) {
        if (lpdwBufferLength == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        LastResponseInfo.Info info = LastResponseInfo.get();
        if (lpdwError != null) {
            lpdwError.setValue(info.code());
        }
        if (info.text().isEmpty()) {
            if (lpszBuffer != null && lpdwBufferLength.getValue() > 0) {
                lpszBuffer.setShort(0, (short) 0);
            }
            lpdwBufferLength.setValue(0);
            return true;
        }
        try {
            OutputBuffers.stringInChars(lpszBuffer, lpdwBufferLength, info.text());
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** There is no cache file to lock: ERROR_FILE_NOT_FOUND (ERROR_INVALID_HANDLE for a bad handle). */
    @Override
    public boolean InternetLockRequestFile(HINTERNET hInternet, HANDLEByReference lphLockRequestInfo) {
        return JavaLastError.fail(table.find(hInternet) == null ? WinError.ERROR_INVALID_HANDLE
                : WinError.ERROR_FILE_NOT_FOUND);
    }

    /** No lock is ever handed out: ERROR_INVALID_HANDLE. */
    @Override
    public boolean InternetUnlockRequestFile(HANDLE hLockRequestInfo) {
        return JavaLastError.fail(WinError.ERROR_INVALID_HANDLE);
    }

    // ---- URLs --------------------------------------------------------------------------------

    @Override
    public boolean InternetCrackUrlW(Pointer lpszUrl, int dwUrlLength, int dwFlags, URL_COMPONENTSW lpUrlComponents) {
        return urls.InternetCrackUrlW(lpszUrl, dwUrlLength, dwFlags, lpUrlComponents);
    }

    @Override
    public boolean InternetCreateUrlW(URL_COMPONENTSW lpUrlComponents, int dwFlags, Pointer lpszUrl,
                                      IntByReference lpdwUrlLength) {
        return urls.InternetCreateUrlW(lpUrlComponents, dwFlags, lpszUrl, lpdwUrlLength);
    }

    @Override
    public boolean InternetCanonicalizeUrlW(Pointer lpszUrl, Pointer lpszBuffer, IntByReference lpdwBufferLength,
                                            int dwFlags) {
        return urls.InternetCanonicalizeUrlW(lpszUrl, lpszBuffer, lpdwBufferLength, dwFlags);
    }

    @Override
    public boolean InternetCombineUrlW(Pointer lpszBaseUrl, Pointer lpszRelativeUrl, Pointer lpszBuffer,
                                       IntByReference lpdwBufferLength, int dwFlags) {
        return urls.InternetCombineUrlW(lpszBaseUrl, lpszRelativeUrl, lpszBuffer, lpdwBufferLength, dwFlags);
    }

    // ---- Cookies -----------------------------------------------------------------------------

    @Override
    public boolean InternetGetCookieW(Pointer lpszUrl, Pointer lpszCookieName, Pointer lpszCookieData,
                                      IntByReference lpdwSize) {
        return InternetGetCookieExW(lpszUrl, lpszCookieName, lpszCookieData, lpdwSize, 0, null);
    }

    @Override
    public boolean InternetGetCookieExW(Pointer lpszUrl, Pointer lpszCookieName, Pointer lpszCookieData,
                                        IntByReference lpdwSize, int dwFlags, Pointer lpReserved) {
        try {
            cookieCalls.get(lpszUrl, lpszCookieName, lpszCookieData, lpdwSize);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean InternetSetCookieW(Pointer lpszUrl, Pointer lpszCookieName, Pointer lpszCookieData) {
        return InternetSetCookieExW(lpszUrl, lpszCookieName, lpszCookieData, 0, null) == CookieJar.COOKIE_STATE_ACCEPT;
    }

    /** Returns COOKIE_STATE_ACCEPT, COOKIE_STATE_REJECT for a host decided so, or 0 on failure. */
    @Override
    public int InternetSetCookieExW(Pointer lpszUrl, Pointer lpszCookieName, Pointer lpszCookieData, int dwFlags,
                                    DWORD_PTR dwReserved) {
        try {
            int state = cookieCalls.set(lpszUrl, lpszCookieName, lpszCookieData);
            if (state == CookieJar.COOKIE_STATE_REJECT) {
                JavaLastError.set(ERROR_HTTP_COOKIE_DECLINED);
            }
            return state;
        } catch (Win32Failure f) {
            JavaLastError.set(f.code);
            return 0;
        }
    }

    // ---- Time --------------------------------------------------------------------------------

    @Override
    public boolean InternetTimeFromSystemTimeW(SYSTEMTIME pst, int dwRFC, Pointer lpszTime, int cbTime) {
        try {
            TimeCalls.fromSystemTime(pst, dwRFC, lpszTime, cbTime);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean InternetTimeToSystemTimeW(Pointer lpszTime, SYSTEMTIME pst, int dwReserved) {
        try {
            TimeCalls.toSystemTime(lpszTime, pst);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    // ---- Connectivity and dialogs ------------------------------------------------------------

    @Override
    public boolean InternetCheckConnectionW(Pointer lpszUrl, int dwFlags, int dwReserved) {
        try {
            ConnectivityCalls.check(lpszUrl);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** Always TRUE with INTERNET_CONNECTION_LAN. */
    @Override
    public boolean InternetGetConnectedState(IntByReference lpdwFlags, int dwReserved) {
        ConnectivityCalls.connectedState(lpdwFlags, null, 0);
        return true;
    }

    /** Always TRUE with INTERNET_CONNECTION_LAN and the name "LAN Connection" (cut to {@code dwBufLen}). */
    @Override
    public boolean InternetGetConnectedStateExW(IntByReference lpdwFlags, Pointer lpszConnectionName, int dwBufLen,
                                                int dwReserved) {
        ConnectivityCalls.connectedState(lpdwFlags, lpszConnectionName, dwBufLen);
        return true;
    }

    /** Always ERROR_SUCCESS: the machine is taken to be online. */
    @Override
    public int InternetAttemptConnect(int dwReserved) {
        return WinError.ERROR_SUCCESS;
    }

    /**
     * No dialog can be shown: returns ERROR_INVALID_HANDLE for a bad request handle, otherwise
     * ERROR_CANCELLED (what the dialog returns when the user dismisses it), so the caller does not
     * retry.
     */
    @Override
    public int InternetErrorDlg(HWND hWnd, HINTERNET hRequest, int dwError, int dwFlags, PointerByReference lppvData) {
        if (hRequest != null && hRequest.getPointer() != null && table.find(hRequest) == null) {
            return WinError.ERROR_INVALID_HANDLE;
        }
        return WinError.ERROR_CANCELLED;
    }

    /** No zone warnings without a user interface: ERROR_SUCCESS. */
    @Override
    public int InternetConfirmZoneCrossingW(HWND hWnd, Pointer szUrlPrev, Pointer szUrlNew, boolean bPost) {
        return WinError.ERROR_SUCCESS;
    }

    /** There is no dial-up here: ERROR_CALL_NOT_IMPLEMENTED, connection 0. */
    @Override
    public int InternetDialW(HWND hwndParent, Pointer lpszConnectoid, int dwFlags,
                             ULONG_PTRByReference lpdwConnection, int dwReserved) {
        if (lpdwConnection != null) {
            lpdwConnection.setValue(new com.sun.jna.platform.win32.BaseTSD.ULONG_PTR(0));
        }
        return WinError.ERROR_CALL_NOT_IMPLEMENTED;
    }

    /** No connection was ever dialed: ERROR_INVALID_PARAMETER. */
    @Override
    public int InternetHangUp(DWORD_PTR dwConnection, int dwReserved) {
        return WinError.ERROR_INVALID_PARAMETER;
    }

    /** Always online: TRUE. */
    @Override
    public boolean InternetGoOnlineW(Pointer lpszURL, HWND hwndParent, int dwFlags) {
        return true;
    }

    /** A LAN needs no dialing: TRUE. */
    @Override
    public boolean InternetAutodial(int dwFlags, HWND hwndParent) {
        return true;
    }

    /** Nothing to hang up: TRUE. */
    @Override
    public boolean InternetAutodialHangup(int dwReserved) {
        return true;
    }

    /**
     * Proxy settings come from the environment each time a session opens, so there is nothing to
     * refresh: success.
     */
    @Override
    public boolean InternetInitializeAutoProxyDll(int dwReserved) {
        return true;
    }

    /** There are no connectoids here: ERROR_CALL_NOT_IMPLEMENTED. */
    @Override
    public boolean InternetSetDialStateW(Pointer lpszConnectoid, int dwState, int dwReserved) {
        return JavaLastError.fail(WinError.ERROR_CALL_NOT_IMPLEMENTED);
    }

    // ---- Per-site cookie decisions -----------------------------------------------------------

    @Override
    public boolean InternetSetPerSiteCookieDecisionW(Pointer pchHostName, int dwDecision) {
        try {
            cookieCalls.setDecision(pchHostName, dwDecision);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** An unknown host fails with ERROR_NOT_FOUND. */
    @Override
    public boolean InternetGetPerSiteCookieDecisionW(Pointer pchHostName, IntByReference pResult) {
        try {
            cookieCalls.getDecision(pchHostName, pResult);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean InternetClearAllPerSiteCookieDecisions() {
        cookieCalls.clearDecisions();
        return true;
    }

    /** Past the last decision: ERROR_NO_MORE_ITEMS. Sizes in characters. */
    @Override
    public boolean InternetEnumPerSiteCookieDecisionW(Pointer pszSiteName, IntByReference pcSiteNameSize,
                                                      IntByReference pdwDecision, int dwIndex) {
        try {
            cookieCalls.enumDecision(pszSiteName, pcSiteNameSize, pdwDecision, dwIndex);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    // ---- HTTP --------------------------------------------------------------------------------

    @Override
    public HINTERNET HttpOpenRequestW(HINTERNET hConnect, Pointer lpszVerb, Pointer lpszObjectName, Pointer lpszVersion,
                                      Pointer lpszReferrer, Pointer lplpszAcceptTypes, int dwFlags, DWORD_PTR dwContext) {
        try {
            ConnectionObject connection = table.require(hConnect, ConnectionObject.class);
            String verb = orDefault(Utf16.decode(lpszVerb), "GET");
            String object = orDefault(Utf16.decode(lpszObjectName), "/");
            String version = orDefault(Utf16.decode(lpszVersion), "HTTP/1.1");
            boolean secure = ((dwFlags | connection.flags) & INTERNET_FLAG_SECURE) != 0;
            URI url = RecentUrls.of(RecentUrls.WININET, secure, connection.host, connection.port, object);
            if (url == null) {
                throw new Win32Failure(ERROR_INTERNET_INVALID_URL);
            }
            RequestObject request = new RequestObject(table.allocate(), connection, verb, object, version,
                    Utf16.decode(lpszReferrer), acceptTypes(lplpszAcceptTypes), dwFlags | (connection.flags & INTERNET_FLAG_SECURE),
                    context(dwContext), url);
            table.register(request);
            StatusNotifier.notifyHandle(request, INTERNET_STATUS_HANDLE_CREATED);
            return HINTERNET.of(request.handle);
        } catch (Win32Failure f) {
            return failNull(f.code);
        }
    }

    @Override
    public boolean HttpAddRequestHeadersW(HINTERNET hRequest, Pointer lpszHeaders, int dwHeadersLength, int dwModifiers) {
        try {
            RequestObject r = table.require(hRequest, RequestObject.class);
            if (lpszHeaders == null || dwHeadersLength == 0) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            String text = headerText(lpszHeaders, dwHeadersLength);
            synchronized (r.lock) {
                r.http.headers.apply(text, dwModifiers);
            }
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean HttpSendRequestW(HINTERNET hRequest, Pointer lpszHeaders, int dwHeadersLength, Pointer lpOptional,
                                    int dwOptionalLength) {
        try {
            RequestObject r = table.require(hRequest, RequestObject.class);
            if (lpOptional == null && dwOptionalLength != 0) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            synchronized (r.lock) {
                prepareSend(r, lpszHeaders, dwHeadersLength);
                engine.send(r, lpOptional, lpOptional == null ? 0 : Integer.toUnsignedLong(dwOptionalLength));
            }
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /**
     * Begins a request whose body follows through InternetWriteFile: its length is
     * {@code lpBuffersIn.dwBufferTotal}, or without lpBuffersIn the request's Content-Length header,
     * or else unknown (the body is then sent chunked).
     */
    @Override
    public boolean HttpSendRequestExW(HINTERNET hRequest, INTERNET_BUFFERSW lpBuffersIn, INTERNET_BUFFERSW lpBuffersOut,
                                      int dwFlags, DWORD_PTR dwContext) {
        try {
            RequestObject r = table.require(hRequest, RequestObject.class);
            synchronized (r.lock) {
                Pointer headers = lpBuffersIn == null ? null : lpBuffersIn.lpcszHeader;
                int headersLength = lpBuffersIn == null ? 0 : lpBuffersIn.dwHeadersLength;
                prepareSend(r, headers, headersLength == 0 ? -1 : headersLength);
                long declared = lpBuffersIn == null || (lpBuffersIn.dwBufferTotal == 0 && r.http.headers.first("Content-Length") != null)
                        ? declaredByHeader(r) : Integer.toUnsignedLong(lpBuffersIn.dwBufferTotal);
                engine.begin(r, declared);
                if (lpBuffersIn != null && lpBuffersIn.lpvBuffer != null && lpBuffersIn.dwBufferLength != 0) {
                    engine.write(r, TransferBuffer.of(lpBuffersIn.lpvBuffer), lpBuffersIn.dwBufferLength);
                }
            }
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean HttpEndRequestW(HINTERNET hRequest, INTERNET_BUFFERSW lpBuffersOut, int dwFlags, DWORD_PTR dwContext) {
        try {
            RequestObject r = table.require(hRequest, RequestObject.class);
            synchronized (r.lock) {
                if (r.state != RequestObject.State.WRITING) {
                    throw new Win32Failure(ERROR_INTERNET_INCORRECT_HANDLE_STATE);
                }
                engine.end(r);
            }
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean HttpQueryInfoW(HINTERNET hRequest, int dwInfoLevel, Pointer lpBuffer, IntByReference lpdwBufferLength,
                                  IntByReference lpdwIndex) {
        try {
            QueryInfo.query(table.require(hRequest, RequestObject.class), dwInfoLevel, lpBuffer, lpdwBufferLength,
                    lpdwIndex);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    private void prepareSend(RequestObject r, Pointer headers, int headersLength) throws Win32Failure {
        if (r.state == RequestObject.State.WRITING) {
            throw new Win32Failure(ERROR_INTERNET_INCORRECT_HANDLE_STATE);
        }
        if (headers != null && headersLength != 0) {
            r.http.headers.apply(headerText(headers, headersLength), HTTP_ADDREQ_FLAG_ADD | HTTP_ADDREQ_FLAG_REPLACE);
        }
        ResponseBody previous = r.http.body;
        if (previous != null) {
            previous.cancel();
        }
        r.http.body = null;
        r.http.response = null;
        r.state = RequestObject.State.NEW;
        // The handle's flags, host, port and object name are fixed: its URL was built once when it was opened.
        r.http.url = r.requestedUrl;
    }

    private static long declaredByHeader(RequestObject r) {
        String value = r.http.headers.first("Content-Length");
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---- FTP (FtpCalls) ----------------------------------------------------------------------

    /**
     * Lists the pattern's matches ({@code NULL}: the current directory) and returns the first in
     * {@code lpFindFileData}; none: ERROR_NO_MORE_FILES. The session is busy until the handle is
     * closed (ERROR_FTP_TRANSFER_IN_PROGRESS for other operations meanwhile).
     */
    @Override
    public HINTERNET FtpFindFirstFileW(HINTERNET hConnect, Pointer lpszSearchFile, WIN32_FIND_DATAW lpFindFileData,
                                       int dwFlags, DWORD_PTR dwContext) {
        try {
            return ftp.findFirst(hConnect, lpszSearchFile, lpFindFileData, context(dwContext));
        } catch (Win32Failure f) {
            return failNull(f.code);
        }
    }

    /** Downloads through a temporary file beside the target: a failure leaves no partial file. */
    @Override
    public boolean FtpGetFileW(HINTERNET hConnect, Pointer lpszRemoteFile, Pointer lpszNewFile, boolean fFailIfExists,
                               int dwFlagsAndAttributes, int dwFlags, DWORD_PTR dwContext) {
        try {
            ftp.get(hConnect, Utf16.decode(lpszRemoteFile), Utf16.decode(lpszNewFile), fFailIfExists, dwFlags);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** A missing local file fails with ERROR_FILE_NOT_FOUND before any traffic. */
    @Override
    public boolean FtpPutFileW(HINTERNET hConnect, Pointer lpszLocalFile, Pointer lpszNewRemoteFile, int dwFlags,
                               DWORD_PTR dwContext) {
        try {
            ftp.put(hConnect, Utf16.decode(lpszLocalFile), Utf16.decode(lpszNewRemoteFile), dwFlags);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** As FtpGetFileW; the remote name is a UTF-8 {@code LPCSTR}. */
    @Override
    public boolean FtpGetFileEx(HINTERNET hFtpSession, Pointer lpszRemoteFile, Pointer lpszNewFile,
                                boolean fFailIfExists, int dwFlagsAndAttributes, int dwFlags, DWORD_PTR dwContext) {
        try {
            ftp.get(hFtpSession, FtpCalls.utf8(lpszRemoteFile), Utf16.decode(lpszNewFile), fFailIfExists, dwFlags);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** As FtpPutFileW; the remote name is a UTF-8 {@code LPCSTR}. */
    @Override
    public boolean FtpPutFileEx(HINTERNET hFtpSession, Pointer lpszLocalFile, Pointer lpszNewRemoteFile, int dwFlags,
                                DWORD_PTR dwContext) {
        try {
            ftp.put(hFtpSession, Utf16.decode(lpszLocalFile), FtpCalls.utf8(lpszNewRemoteFile), dwFlags);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean FtpDeleteFileW(HINTERNET hConnect, Pointer lpszFileName) {
        try {
            ftp.delete(hConnect, lpszFileName);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean FtpRenameFileW(HINTERNET hConnect, Pointer lpszExisting, Pointer lpszNew) {
        try {
            ftp.rename(hConnect, lpszExisting, lpszNew);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /**
     * GENERIC_READ or GENERIC_WRITE (anything else: ERROR_INVALID_PARAMETER). The handle streams
     * with InternetReadFile or InternetWriteFile; closing it completes the transfer, and
     * InternetCloseHandle fails with ERROR_INTERNET_EXTENDED_ERROR when the server refused the
     * upload (the handle is closed all the same).
     */
    @Override
    public HINTERNET FtpOpenFileW(HINTERNET hConnect, Pointer lpszFileName, int dwAccess, int dwFlags,
                                  DWORD_PTR dwContext) {
        try {
            return ftp.open(hConnect, lpszFileName, dwAccess, dwFlags, context(dwContext));
        } catch (Win32Failure f) {
            return failNull(f.code);
        }
    }

    @Override
    public boolean FtpCreateDirectoryW(HINTERNET hConnect, Pointer lpszDirectory) {
        try {
            ftp.createDirectory(hConnect, lpszDirectory);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean FtpRemoveDirectoryW(HINTERNET hConnect, Pointer lpszDirectory) {
        try {
            ftp.removeDirectory(hConnect, lpszDirectory);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean FtpSetCurrentDirectoryW(HINTERNET hConnect, Pointer lpszDirectory) {
        try {
            ftp.setCurrentDirectory(hConnect, lpszDirectory);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** Lengths in characters: on success without the NUL; ERROR_INSUFFICIENT_BUFFER with the NUL. */
    @Override
    public boolean FtpGetCurrentDirectoryW(HINTERNET hConnect, Pointer lpszCurrentDirectory,
                                           IntByReference lpdwCurrentDirectory) {
        try {
            ftp.getCurrentDirectory(hConnect, lpszCurrentDirectory, lpdwCurrentDirectory);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /**
     * Without {@code fExpectResponse}: sends the line, a 4xx/5xx reply fails with
     * ERROR_INTERNET_EXTENDED_ERROR. With it: opens the command's data connection and returns a
     * handle readable with InternetReadFile in {@code phFtpCommand}.
     */
    @Override
    public boolean FtpCommandW(HINTERNET hConnect, boolean fExpectResponse, int dwFlags, Pointer lpszCommand,
                               DWORD_PTR dwContext, PointerByReference phFtpCommand) {
        try {
            ftp.command(hConnect, fExpectResponse, dwFlags, lpszCommand, context(dwContext), phFtpCommand);
            return true;
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /**
     * The low 32 bits of the size (high bits in {@code lpdwFileSizeHigh}); on failure
     * INVALID_FILE_SIZE (0xFFFFFFFF) with the last error set. When the low part is 0xFFFFFFFF on
     * success, the last error is ERROR_SUCCESS (as GetFileSize does).
     */
    @Override
    public int FtpGetFileSize(HINTERNET hFile, IntByReference lpdwFileSizeHigh) {
        try {
            long size = ftp.size(hFile);
            if (lpdwFileSizeHigh != null) {
                lpdwFileSizeHigh.setValue((int) (size >>> 32));
            }
            if ((int) size == -1) {
                JavaLastError.set(WinError.ERROR_SUCCESS);
            }
            return (int) size;
        } catch (Win32Failure f) {
            JavaLastError.set(f.code);
            return -1;
        }
    }

    // ---- URL cache (jna-platform's Wininet): there is no cache ---------------------------------

    /** The cache is always empty: NULL with ERROR_NO_MORE_ITEMS. */
    @Override
    public HANDLE FindFirstUrlCacheEntry(String lpszUrlSearchPattern, Wininet.INTERNET_CACHE_ENTRY_INFO lpFirstCacheEntryInfo,
                                         IntByReference lpcbCacheEntryInfo) {
        JavaLastError.set(WinError.ERROR_NO_MORE_ITEMS);
        return null;
    }

    /** No enumeration is ever open: ERROR_INVALID_HANDLE. */
    @Override
    public boolean FindNextUrlCacheEntry(HANDLE hEnumHandle, Wininet.INTERNET_CACHE_ENTRY_INFO lpNextCacheEntryInfo,
                                         IntByReference lpcbCacheEntryInfo) {
        return JavaLastError.fail(WinError.ERROR_INVALID_HANDLE);
    }

    /** No enumeration is ever open: ERROR_INVALID_HANDLE. */
    @Override
    public boolean FindCloseUrlCache(HANDLE hEnumHandle) {
        return JavaLastError.fail(WinError.ERROR_INVALID_HANDLE);
    }

    /** Nothing is cached: ERROR_FILE_NOT_FOUND. */
    @Override
    public boolean DeleteUrlCacheEntry(String lpszUrlName) {
        return JavaLastError.fail(WinError.ERROR_FILE_NOT_FOUND);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static HINTERNET failNull(int code) {
        JavaLastError.set(code);
        return null;
    }

    private static long context(DWORD_PTR context) {
        return context == null ? 0 : context.longValue();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** Header text: {@code length} -1 means NUL-terminated, otherwise a count of characters. */
    private static String headerText(Pointer headers, int length) {
        return length == -1 ? Utf16.decode(headers) : Utf16.decode(headers, length);
    }

    /** Reads a NULL-terminated array of string pointers. */
    private static List<String> acceptTypes(Pointer array) {
        List<String> types = new ArrayList<>();
        if (array == null) {
            return types;
        }
        for (int i = 0; i < MAX_ACCEPT_TYPES; i++) {
            Pointer p = array.getPointer((long) i * Native.POINTER_SIZE);
            if (p == null) {
                break;
            }
            String type = Utf16.decode(p);
            if (!type.isEmpty()) {
                types.add(type);
            }
        }
        return types;
    }
}
