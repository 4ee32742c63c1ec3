package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.ptr.ShortByReference;
import io.github.winnet4j.backends.java.HttpDates;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.backends.java.RecentUrls;
import io.github.winnet4j.backends.java.ResponseBody;
import io.github.winnet4j.backends.java.TransferBuffer;
import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WINHTTP_AUTOPROXY_OPTIONS;
import io.github.winnet4j.raw.WINHTTP_CURRENT_USER_IE_PROXY_CONFIG;
import io.github.winnet4j.raw.WINHTTP_PROXY_INFO;
import io.github.winnet4j.raw.WINHTTP_PROXY_RESULT;
import io.github.winnet4j.raw.WINHTTP_PROXY_RESULT_EX;
import io.github.winnet4j.raw.WINHTTP_PROXY_SETTINGS;
import io.github.winnet4j.raw.WINHTTP_STATUS_CALLBACK;
import io.github.winnet4j.raw.WINHTTP_URL_COMPONENTS;
import io.github.winnet4j.raw.WinHttp;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WinHTTP contract in pure Java, over {@link java.net.HttpURLConnection} (see
 * {@link WinHttpExchange}): handles, in/out lengths, ERROR_INSUFFICIENT_BUFFER, and the last
 * error in {@link JavaLastError} (ERROR_SUCCESS after a successful BOOL or handle call, as
 * winhttp.dll leaves it); functions returning DWORD return their code and leave the last error
 * alone.
 *
 * <p>Semantics worth knowing:
 * <ul>
 *   <li>Handles have their own numbering (never reused). Closing a session or connection does
 *       not invalidate its children: a request keeps working until it is closed itself.
 *       Closing a request blocked in another thread makes that call fail with
 *       ERROR_WINHTTP_OPERATION_CANCELLED.</li>
 *   <li>Synchronous mode only: WinHttpOpen with WINHTTP_FLAG_ASYNC fails with ERROR_NOT_SUPPORTED,
 *       and so proxy resolvers (WinHttpCreateProxyResolver needs an asynchronous session) cannot
 *       be created: it fails with ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, and the functions that
 *       take a resolver with ERROR_INVALID_HANDLE.</li>
 *   <li>Authentication: Basic only, for servers and proxies. WinHttpSetCredentials with NTLM,
 *       Negotiate, Digest or Passport fails with ERROR_INVALID_PARAMETER (no SSPI in Java).</li>
 *   <li>Proxy: as {@link ProxyCalls} and {@link ProxyConfig} describe (environment for the
 *       default and automatic access types, PAC scripts with Rhino for WinHttpGetProxyForUrl).
 *       WinHttpReadProxySettings, WinHttpWriteProxySettings, WinHttpGetProxySettingsVersion and
 *       WinHttpSetDefaultProxyConfiguration fail with ERROR_NOT_SUPPORTED: there is no
 *       machine-wide store to read or write.</li>
 *   <li>Memory for GlobalFree is Java-owned and released by {@link #globalFree}.</li>
 * </ul>
 */
public final class JavaWinHttp implements WinHttp {
    /** ERROR_NOT_SUPPORTED (winerror.h). */
    static final int ERROR_NOT_SUPPORTED = WinError.ERROR_NOT_SUPPORTED;
    private static final int MAX_ACCEPT_TYPES = 1000;

    private final WinHttpHandles handles = new WinHttpHandles();
    private final AllocatedMemory memory = new AllocatedMemory();
    private final OptionCalls options = new OptionCalls(memory);
    private final ProxyCalls proxies;
    private final WinHttpUrls urls = new WinHttpUrls();
    private final Map<String, String> environment;

    /** Reads proxy settings from the process environment. */
    public JavaWinHttp() {
        this(System.getenv());
    }

    /** Reads proxy settings from {@code environment} (tests pass their own). */
    public JavaWinHttp(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.proxies = new ProxyCalls(this.environment, memory);
    }

    /** Releases a string this backend allocated for GlobalFree; {@code NULL} and unknown pointers are ignored. */
    public void globalFree(Pointer p) {
        memory.free(p);
    }

    /** How many GlobalFree allocations are outstanding. */
    public int outstandingAllocations() {
        return memory.outstanding();
    }

    /** How many handles are open. */
    public int openHandles() {
        return handles.size();
    }

    private static boolean ok() {
        JavaLastError.set(WinError.ERROR_SUCCESS);
        return true;
    }

    private static HINTERNET created(WinHttpObject object) {
        StatusCallbacks.handle(object, WINHTTP_CALLBACK_STATUS_HANDLE_CREATED);
        JavaLastError.set(WinError.ERROR_SUCCESS);
        return HINTERNET.of(object.handle);
    }

    // ---- Sessions, connections, requests, handles ----------------------------------------------

    @Override
    public HINTERNET WinHttpOpen(Pointer agent, int accessType, Pointer proxy, Pointer bypass, int flags) {
        if ((flags & WINHTTP_FLAG_ASYNC) != 0) {
            JavaLastError.set(ERROR_NOT_SUPPORTED);
            return null;
        }
        ProxyConfig config;
        switch (accessType) {
            case WINHTTP_ACCESS_TYPE_NO_PROXY -> config = ProxyConfig.direct();
            case WINHTTP_ACCESS_TYPE_DEFAULT_PROXY, WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY ->
                    config = ProxyConfig.fromEnvironment(environment);
            case WINHTTP_ACCESS_TYPE_NAMED_PROXY -> {
                String list = proxy == null ? null : Utf16.decode(proxy);
                if (list == null || list.isBlank()) {
                    JavaLastError.set(WinError.ERROR_INVALID_PARAMETER);
                    return null;
                }
                config = ProxyConfig.named(list, bypass == null ? null : Utf16.decode(bypass));
            }
            default -> {
                JavaLastError.set(WinError.ERROR_INVALID_PARAMETER);
                return null;
            }
        }
        SessionHandle session = handles.register(new SessionHandle(handles.allocate(),
                agent == null ? null : Utf16.decode(agent), config));
        return created(session);
    }

    @Override
    public HINTERNET WinHttpConnect(HINTERNET hSession, Pointer serverName, short port, int reserved) {
        try {
            SessionHandle session = handles.require(hSession, SessionHandle.class);
            String host = serverName == null ? null : Utf16.decode(serverName);
            if (host == null || host.isEmpty() || reserved != 0) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            return created(handles.register(new ConnectHandle(handles.allocate(), session, host, port & 0xFFFF)));
        } catch (Win32Failure f) {
            JavaLastError.set(f.code);
            return null;
        }
    }

    @Override
    public HINTERNET WinHttpOpenRequest(HINTERNET hConnect, Pointer verb, Pointer objectName, Pointer version,
                                        Pointer referrer, Pointer acceptTypes, int flags) {
        try {
            ConnectHandle connect = handles.require(hConnect, ConnectHandle.class);
            String method = verb == null ? "GET" : Utf16.decode(verb);
            if (method.isEmpty()) {
                method = "GET";
            }
            String object = objectName == null ? "/" : Utf16.decode(objectName);
            String escaped = ObjectNames.escape(object.startsWith("/") ? object : "/" + object, flags);
            String httpVersion = version == null || Utf16.decode(version).isEmpty() ? "HTTP/1.1" : Utf16.decode(version);
            RequestHandle r = new RequestHandle(handles.allocate(), connect, method, escaped, httpVersion,
                    referrer == null ? null : Utf16.decode(referrer), acceptTypes(acceptTypes), flags);
            r.http.url = url(connect, (flags & WINHTTP_FLAG_SECURE) != 0, escaped);
            return created(handles.register(r));
        } catch (Win32Failure f) {
            JavaLastError.set(f.code);
            return null;
        }
    }

    private static List<String> acceptTypes(Pointer array) {
        List<String> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (int i = 0; i < MAX_ACCEPT_TYPES; i++) {
            Pointer p = array.getPointer((long) i * Native.POINTER_SIZE);
            if (p == null) {
                break;
            }
            out.add(Utf16.decode(p));
        }
        return out;
    }

    /** WinHTTP's request URLs: the object name is already escaped ({@link ObjectNames}). */
    private static final RecentUrls.Builder URLS = JavaWinHttp::buildUrl;

    private static URI url(ConnectHandle connect, boolean secure, String path) throws Win32Failure {
        return RecentUrls.of(URLS, secure, connect.host, connect.port, path);
    }

    private static URI buildUrl(boolean secure, String connectHost, int connectPort, String path) throws Win32Failure {
        String host = connectHost.contains(":") && !connectHost.startsWith("[") ? "[" + connectHost + "]" : connectHost;
        int defaultPort = secure ? INTERNET_DEFAULT_HTTPS_PORT : INTERNET_DEFAULT_HTTP_PORT;
        int port = connectPort == INTERNET_DEFAULT_PORT ? defaultPort : connectPort;
        String authority = port == defaultPort ? host : host + ":" + port;
        try {
            return new URI((secure ? "https://" : "http://") + authority + path);
        } catch (URISyntaxException e) {
            throw new Win32Failure(ERROR_WINHTTP_INVALID_URL);
        }
    }

    @Override
    public boolean WinHttpCloseHandle(HINTERNET hInternet) {
        WinHttpObject object = handles.find(hInternet);
        if (object == null || !object.markClosed()) {
            return JavaLastError.fail(WinError.ERROR_INVALID_HANDLE);
        }
        StatusCallbacks.handle(object, WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING);
        handles.remove(object);
        object.release();
        return ok();
    }

    @Override
    public boolean WinHttpCheckPlatform() {
        return true;
    }

    // ---- Sending and receiving -----------------------------------------------------------------

    @Override
    public boolean WinHttpAddRequestHeaders(HINTERNET hRequest, Pointer headers, int length, int modifiers) {
        try {
            RequestHandle r = handles.require(hRequest, RequestHandle.class);
            if (headers == null || length == 0) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            String block = length == -1 ? Utf16.decode(headers) : Utf16.decode(headers, length);
            synchronized (r.lock) {
                r.http.headers.apply(block, modifiers);
            }
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean WinHttpSendRequest(HINTERNET hRequest, Pointer headers, int headersLength, Pointer optional,
                                      int optionalLength, int totalLength, DWORD_PTR context) {
        try {
            RequestHandle r = handles.require(hRequest, RequestHandle.class);
            if (optional == null && optionalLength != 0) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            synchronized (r.lock) {
                if (r.state == RequestHandle.State.SENT) {
                    throw new Win32Failure(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
                }
                r.resetExchange();
                r.setContext(context == null ? 0 : context.longValue());
                if (headers != null && headersLength != 0) {
                    String block = headersLength == -1 ? Utf16.decode(headers) : Utf16.decode(headers, headersLength);
                    r.http.headers.apply(block, WINHTTP_ADDREQ_FLAG_ADD | WINHTTP_ADDREQ_FLAG_REPLACE);
                }
                if (OptionCalls.isWebSocketUpgrade(r)) {
                    r.upgrade = WebSocketHandshake.send(r);
                    r.state = RequestHandle.State.SENT;
                } else {
                    WinHttpExchange.send(r, optional, Integer.toUnsignedLong(optionalLength),
                            Integer.toUnsignedLong(totalLength));
                }
            }
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean WinHttpWriteData(HINTERNET hRequest, Pointer buffer, int length, IntByReference written) {
        return writeData(hRequest, TransferBuffer.of(buffer), length, written);
    }

    /**
     * WinHttpWriteData from either kind of buffer: the raw call's native memory, or the array of
     * the backend's {@link io.github.winnet4j.backends.HeapTransfer}.
     */
    public boolean writeData(HINTERNET hRequest, TransferBuffer buffer, int length, IntByReference written) {
        try {
            RequestHandle r = handles.require(hRequest, RequestHandle.class);
            if (buffer.isNull() && length != 0) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            synchronized (r.lock) {
                if (r.state != RequestHandle.State.SENT) {
                    throw new Win32Failure(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
                }
                int n = WinHttpExchange.write(r, buffer, length);
                if (written != null) {
                    written.setValue(n);
                }
            }
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean WinHttpReceiveResponse(HINTERNET hRequest, Pointer reserved) {
        try {
            RequestHandle r = handles.require(hRequest, RequestHandle.class);
            if (reserved != null) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            synchronized (r.lock) {
                if (r.state != RequestHandle.State.SENT) {
                    throw new Win32Failure(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
                }
                if (r.upgrade != null) {
                    StatusCallbacks.none(r, WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE);
                    r.http.response = r.upgrade.readHead(r);
                    r.http.body = new ResponseBody(null, -1, () -> { }, "winnet4j-winhttp-upgrade");
                    r.state = RequestHandle.State.RECEIVED;
                    StatusCallbacks.dword(r, WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED, 0);
                } else {
                    WinHttpExchange.receive(r);
                }
            }
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean WinHttpQueryDataAvailable(HINTERNET hRequest, IntByReference available) {
        try {
            RequestHandle r = received(hRequest);
            int n;
            try {
                n = r.http.body.available();
            } catch (Win32Failure f) {
                throw new Win32Failure(WinHttpFailures.translate(f.code));
            }
            if (available != null) {
                available.setValue(n);
            }
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean WinHttpReadData(HINTERNET hRequest, Pointer buffer, int length, IntByReference read) {
        return readData(hRequest, TransferBuffer.of(buffer), length, read);
    }

    /**
     * WinHttpReadData into either kind of buffer: the raw call's native memory, or the array of
     * the backend's {@link io.github.winnet4j.backends.HeapTransfer}.
     */
    public boolean readData(HINTERNET hRequest, TransferBuffer buffer, int length, IntByReference read) {
        try {
            RequestHandle r = received(hRequest);
            if ((buffer.isNull() && length != 0) || length < 0) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            int n;
            try {
                n = length == 0 ? 0 : r.http.body.read(buffer, length);
            } catch (Win32Failure f) {
                throw new Win32Failure(WinHttpFailures.translate(f.code));
            }
            if (read != null) {
                read.setValue(n);
            }
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    private RequestHandle received(HINTERNET h) throws Win32Failure {
        RequestHandle r = handles.require(h, RequestHandle.class);
        if (r.state != RequestHandle.State.RECEIVED || r.http.body == null) {
            throw new Win32Failure(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
        }
        return r;
    }

    @Override
    public boolean WinHttpQueryHeaders(HINTERNET hRequest, int infoLevel, Pointer name, Pointer buffer,
                                       IntByReference length, IntByReference index) {
        try {
            RequestHandle r = handles.require(hRequest, RequestHandle.class);
            HeaderQuery.query(r, infoLevel, name, buffer, length, index);
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    // ---- Options, timeouts, callback, credentials ----------------------------------------------

    @Override
    public boolean WinHttpQueryOption(HINTERNET hInternet, int option, Pointer buffer, IntByReference length) {
        try {
            options.query(anyHandle(hInternet), option, buffer, length);
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean WinHttpSetOption(HINTERNET hInternet, int option, Pointer buffer, int length) {
        try {
            options.set(anyHandle(hInternet), option, buffer, length);
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    private WinHttpObject anyHandle(HINTERNET h) throws Win32Failure {
        return handles.require(h, WinHttpObject.class);
    }

    @Override
    public boolean WinHttpSetTimeouts(HINTERNET hInternet, int resolve, int connect, int send, int receive) {
        try {
            WinHttpObject o = anyHandle(hInternet);
            if (!(o instanceof SessionHandle) && !(o instanceof RequestHandle)) {
                throw new Win32Failure(ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
            }
            if (resolve < -1 || connect < -1 || send < -1 || receive < -1) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            o.setOption(WINHTTP_OPTION_RESOLVE_TIMEOUT, resolve);
            o.setOption(WINHTTP_OPTION_CONNECT_TIMEOUT, connect);
            o.setOption(WINHTTP_OPTION_SEND_TIMEOUT, send);
            o.setOption(WINHTTP_OPTION_RECEIVE_TIMEOUT, receive);
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public Pointer WinHttpSetStatusCallback(HINTERNET hInternet, WINHTTP_STATUS_CALLBACK callback, int flags,
                                           DWORD_PTR reserved) {
        try {
            WINHTTP_STATUS_CALLBACK previous = anyHandle(hInternet).swapCallback(callback, flags);
            JavaLastError.set(WinError.ERROR_SUCCESS);
            return CallbackAddresses.of(previous);
        } catch (Win32Failure f) {
            JavaLastError.set(f.code);
            return new Pointer(WINHTTP_INVALID_STATUS_CALLBACK);
        }
    }

    @Override
    public boolean WinHttpQueryAuthSchemes(HINTERNET hRequest, IntByReference supported, IntByReference first,
                                           IntByReference target) {
        try {
            RequestHandle r = handles.require(hRequest, RequestHandle.class);
            if (supported == null || first == null || target == null) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            if (r.state != RequestHandle.State.RECEIVED || r.http.response == null) {
                // no challenge to read yet: winhttp.dll (as Wine shows) says ERROR_INVALID_OPERATION too
                throw new Win32Failure(WinError.ERROR_INVALID_OPERATION);
            }
            boolean proxy = r.http.response.statusCode == 407;
            int schemes = AuthChallenges.schemes(r.http.response, proxy);
            if ((r.http.response.statusCode != 401 && !proxy) || schemes == 0) {
                throw new Win32Failure(WinError.ERROR_INVALID_OPERATION);
            }
            supported.setValue(schemes);
            first.setValue(AuthChallenges.first(r.http.response, proxy));
            target.setValue(proxy ? WINHTTP_AUTH_TARGET_PROXY : WINHTTP_AUTH_TARGET_SERVER);
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean WinHttpSetCredentials(HINTERNET hRequest, int targets, int scheme, Pointer user,
                                         Pointer password, Pointer authParams) {
        try {
            RequestHandle r = handles.require(hRequest, RequestHandle.class);
            if (authParams != null || (targets != WINHTTP_AUTH_TARGET_SERVER && targets != WINHTTP_AUTH_TARGET_PROXY)) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            if (scheme != WINHTTP_AUTH_SCHEME_BASIC || user == null) {
                // NTLM, Negotiate, Digest and Passport need SSPI or a challenge state this backend lacks.
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            RequestHandle.Credentials credentials = new RequestHandle.Credentials(Utf16.decode(user),
                    password == null ? "" : Utf16.decode(password));
            if (targets == WINHTTP_AUTH_TARGET_PROXY) {
                r.proxyCredentials = credentials;
            } else {
                r.serverCredentials = credentials;
            }
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    // ---- URLs and time -------------------------------------------------------------------------

    @Override
    public boolean WinHttpCrackUrl(Pointer url, int length, int flags, WINHTTP_URL_COMPONENTS components) {
        return urls.crack(url, length, flags, components) && ok();
    }

    @Override
    public boolean WinHttpCreateUrl(WINHTTP_URL_COMPONENTS components, int flags, Pointer url, IntByReference length) {
        return urls.create(components, flags, url, length) && ok();
    }

    @Override
    public boolean WinHttpTimeFromSystemTime(SYSTEMTIME time, Pointer buffer) {
        if (time == null || buffer == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        String text = HttpDates.rfc1123(time);
        if (text == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        Utf16.write(buffer, text);
        return ok();
    }

    @Override
    public boolean WinHttpTimeToSystemTime(Pointer text, SYSTEMTIME time) {
        if (text == null || time == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        LocalDateTime parsed = HttpDates.parse(Utf16.decode(text));
        if (parsed == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        HttpDates.fill(time, parsed);
        time.write();
        return ok();
    }

    // ---- Proxy configuration -------------------------------------------------------------------

    @Override
    public boolean WinHttpGetIEProxyConfigForCurrentUser(WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config) {
        try {
            proxies.ieConfig(config);
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    @Override
    public boolean WinHttpGetDefaultProxyConfiguration(WINHTTP_PROXY_INFO info) {
        try {
            proxies.defaultConfig(info);
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** No machine-wide configuration exists to write: ERROR_NOT_SUPPORTED. */
    @Override
    public boolean WinHttpSetDefaultProxyConfiguration(WINHTTP_PROXY_INFO info) {
        return JavaLastError.fail(ERROR_NOT_SUPPORTED);
    }

    /** WPAD (DHCP option 252, DNS "wpad") is not attempted: ERROR_WINHTTP_AUTODETECTION_FAILED. */
    @Override
    public boolean WinHttpDetectAutoProxyConfigUrl(int flags, PointerByReference url) {
        if (url == null || (flags & (WINHTTP_AUTO_DETECT_TYPE_DHCP | WINHTTP_AUTO_DETECT_TYPE_DNS_A)) == 0) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        return JavaLastError.fail(ERROR_WINHTTP_AUTODETECTION_FAILED);
    }

    @Override
    public boolean WinHttpGetProxyForUrl(HINTERNET hSession, Pointer url, WINHTTP_AUTOPROXY_OPTIONS options,
                                         WINHTTP_PROXY_INFO info) {
        try {
            proxies.proxyForUrl(handles.require(hSession, SessionHandle.class), url, options, info);
            return ok();
        } catch (Win32Failure f) {
            return JavaLastError.fail(f.code);
        }
    }

    /** Resolvers need an asynchronous session, which this backend does not open. */
    @Override
    public int WinHttpCreateProxyResolver(HINTERNET hSession, PointerByReference resolver) {
        try {
            handles.require(hSession, SessionHandle.class);
            return ERROR_WINHTTP_INCORRECT_HANDLE_TYPE;
        } catch (Win32Failure f) {
            return f.code;
        }
    }

    @Override
    public int WinHttpGetProxyForUrlEx(HINTERNET resolver, Pointer url, WINHTTP_AUTOPROXY_OPTIONS options,
                                       DWORD_PTR context) {
        return noResolver(resolver);
    }

    @Override
    public int WinHttpGetProxyForUrlEx2(HINTERNET resolver, Pointer url, WINHTTP_AUTOPROXY_OPTIONS options,
                                        int selectionLength, Pointer selection, DWORD_PTR context) {
        return noResolver(resolver);
    }

    @Override
    public int WinHttpGetProxyResult(HINTERNET resolver, WINHTTP_PROXY_RESULT result) {
        return noResolver(resolver);
    }

    @Override
    public int WinHttpGetProxyResultEx(HINTERNET resolver, WINHTTP_PROXY_RESULT_EX result) {
        return noResolver(resolver);
    }

    /** No resolver handle can exist, so any handle given here is of the wrong kind or unknown. */
    private int noResolver(HINTERNET h) {
        return handles.find(h) == null ? WinError.ERROR_INVALID_HANDLE : ERROR_WINHTTP_INCORRECT_HANDLE_TYPE;
    }

    /** Nothing is ever allocated into a proxy result here. */
    @Override
    public void WinHttpFreeProxyResult(WINHTTP_PROXY_RESULT result) {
    }

    @Override
    public void WinHttpFreeProxyResultEx(WINHTTP_PROXY_RESULT_EX result) {
    }

    /** PAC scripts are downloaded for every call (nothing is cached), so there is nothing to reset. */
    @Override
    public int WinHttpResetAutoProxy(HINTERNET hSession, int flags) {
        try {
            handles.require(hSession, SessionHandle.class);
            return WinError.ERROR_SUCCESS;
        } catch (Win32Failure f) {
            return f.code;
        }
    }

    @Override
    public int WinHttpReadProxySettings(HINTERNET hSession, Pointer connectionName, boolean fallBackToDefault,
                                        boolean setAutoDiscover, IntByReference version,
                                        IntByReference defaultSettingsReturned, WINHTTP_PROXY_SETTINGS settings) {
        return ERROR_NOT_SUPPORTED;
    }

    @Override
    public int WinHttpWriteProxySettings(HINTERNET hSession, boolean forceUpdate, WINHTTP_PROXY_SETTINGS settings) {
        return ERROR_NOT_SUPPORTED;
    }

    @Override
    public void WinHttpFreeProxySettings(WINHTTP_PROXY_SETTINGS settings) {
    }

    @Override
    public int WinHttpGetProxySettingsVersion(HINTERNET hSession, IntByReference version) {
        return ERROR_NOT_SUPPORTED;
    }

    // ---- WebSocket -----------------------------------------------------------------------------

    @Override
    public HINTERNET WinHttpWebSocketCompleteUpgrade(HINTERNET hRequest, DWORD_PTR context) {
        try {
            RequestHandle r = handles.require(hRequest, RequestHandle.class);
            synchronized (r.lock) {
                WebSocketHandshake upgrade = r.upgrade;
                if (upgrade == null || r.state != RequestHandle.State.RECEIVED
                        || r.http.response.statusCode != HTTP_STATUS_SWITCH_PROTOCOLS) {
                    throw new Win32Failure(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
                }
                if (!upgrade.accepted(r.http.response)) {
                    throw new Win32Failure(ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
                }
                r.upgrade = null; // handed over: closing the request no longer closes the socket
                WebSocketHandle ws = new WebSocketHandle(handles.allocate(), r, upgrade);
                ws.setContext(context == null ? 0 : context.longValue());
                return created(handles.register(ws));
            }
        } catch (Win32Failure f) {
            JavaLastError.set(f.code);
            return null;
        }
    }

    @Override
    public int WinHttpWebSocketSend(HINTERNET hWebSocket, int bufferType, Pointer buffer, int length) {
        try {
            handles.require(hWebSocket, WebSocketHandle.class).send(bufferType, buffer, length);
            return WinError.ERROR_SUCCESS;
        } catch (Win32Failure f) {
            return f.code;
        }
    }

    @Override
    public int WinHttpWebSocketReceive(HINTERNET hWebSocket, Pointer buffer, int length, IntByReference read,
                                       IntByReference bufferType) {
        try {
            if (read == null || bufferType == null) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            int[] result = handles.require(hWebSocket, WebSocketHandle.class).receive(buffer, length);
            read.setValue(result[0]);
            bufferType.setValue(result[1]);
            return WinError.ERROR_SUCCESS;
        } catch (Win32Failure f) {
            return f.code;
        }
    }

    @Override
    public int WinHttpWebSocketShutdown(HINTERNET hWebSocket, short status, Pointer reason, int reasonLength) {
        try {
            handles.require(hWebSocket, WebSocketHandle.class).shutdown(status & 0xFFFF, reason, reasonLength);
            return WinError.ERROR_SUCCESS;
        } catch (Win32Failure f) {
            return f.code;
        }
    }

    @Override
    public int WinHttpWebSocketClose(HINTERNET hWebSocket, short status, Pointer reason, int reasonLength) {
        try {
            handles.require(hWebSocket, WebSocketHandle.class).close(status & 0xFFFF, reason, reasonLength);
            return WinError.ERROR_SUCCESS;
        } catch (Win32Failure f) {
            return f.code;
        }
    }

    @Override
    public int WinHttpWebSocketQueryCloseStatus(HINTERNET hWebSocket, ShortByReference status, Pointer reason,
                                                int reasonLength, IntByReference consumed) {
        try {
            WebSocketHandle ws = handles.require(hWebSocket, WebSocketHandle.class);
            if (status == null || consumed == null || (reason == null && reasonLength != 0)) {
                throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
            }
            if (!ws.closeReceived()) {
                throw new Win32Failure(WinError.ERROR_INVALID_OPERATION);
            }
            byte[] text = ws.closeReason();
            consumed.setValue(text.length);
            if (Integer.toUnsignedLong(reasonLength) < text.length) {
                throw new Win32Failure(WinError.ERROR_INSUFFICIENT_BUFFER);
            }
            status.setValue((short) ws.closeStatus());
            if (text.length > 0) {
                reason.write(0, text, 0, text.length);
            }
            return WinError.ERROR_SUCCESS;
        } catch (Win32Failure f) {
            return f.code;
        }
    }
}
