package io.github.winnet4j.backends.java;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.INTERNET_PROXY_INFO;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

import java.util.Map;

/**
 * InternetQueryOptionW and InternetSetOptionW for the options the java backend honours. Values
 * set on a handle are seen by its descendants; a {@code NULL} handle means the process-wide
 * defaults ({@link RootObject}). DWORD options need a 4-byte buffer (setting with another length
 * fails with ERROR_INTERNET_BAD_OPTION_LENGTH); string options follow the W conventions of
 * {@link OutputBuffers#optionString}; an option not listed fails with ERROR_INTERNET_INVALID_OPTION.
 */
final class InternetOptions {
    private static final int DWORD_BYTES = 4;

    private InternetOptions() {
    }

    static void query(InternetObject o, int option, Pointer buffer, IntByReference length,
                      Map<String, String> environment) throws Win32Failure {
        if (length == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        switch (option) {
            case WinInetConstants.INTERNET_OPTION_CONNECT_TIMEOUT:
            case WinInetConstants.INTERNET_OPTION_SEND_TIMEOUT:
            case WinInetConstants.INTERNET_OPTION_RECEIVE_TIMEOUT:
            case WinInetConstants.INTERNET_OPTION_DATA_SEND_TIMEOUT:
            case WinInetConstants.INTERNET_OPTION_DATA_RECEIVE_TIMEOUT:
                dword(buffer, length, o.option(option) instanceof Integer i ? i : 0);
                return;
            case WinInetConstants.INTERNET_OPTION_HANDLE_TYPE:
                requireHandle(o);
                dword(buffer, length, o.handleType());
                return;
            case WinInetConstants.INTERNET_OPTION_SECURITY_FLAGS: {
                RequestObject r = request(o);
                int flags = r.securityFlags();
                if (r.http.secure()) {
                    flags |= WinInetConstants.SECURITY_FLAG_SECURE;
                }
                dword(buffer, length, flags);
                return;
            }
            case WinInetConstants.INTERNET_OPTION_URL:
                OutputBuffers.optionString(buffer, length, request(o).http.url.toString());
                return;
            case WinInetConstants.INTERNET_OPTION_USER_AGENT:
            case WinInetConstants.INTERNET_OPTION_USERNAME:
            case WinInetConstants.INTERNET_OPTION_PASSWORD:
            case WinInetConstants.INTERNET_OPTION_PROXY_USERNAME:
            case WinInetConstants.INTERNET_OPTION_PROXY_PASSWORD: {
                requireHandle(o);
                Object value = o.option(option);
                OutputBuffers.optionString(buffer, length, value == null ? "" : value.toString());
                return;
            }
            case WinInetConstants.INTERNET_OPTION_PROXY:
                writeProxy(proxyOf(o, environment), buffer, length);
                return;
            case WinInetConstants.INTERNET_OPTION_CONTEXT_VALUE:
                requireHandle(o);
                OutputBuffers.requireRoom(buffer, length, Native.POINTER_SIZE);
                if (Native.POINTER_SIZE == 8) {
                    buffer.setLong(0, o.context());
                } else {
                    buffer.setInt(0, (int) o.context());
                }
                return;
            default:
                throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INVALID_OPTION);
        }
    }

    static void set(InternetObject o, int option, Pointer buffer, int length) throws Win32Failure {
        switch (option) {
            case WinInetConstants.INTERNET_OPTION_CONNECT_TIMEOUT:
            case WinInetConstants.INTERNET_OPTION_SEND_TIMEOUT:
            case WinInetConstants.INTERNET_OPTION_RECEIVE_TIMEOUT:
            case WinInetConstants.INTERNET_OPTION_DATA_SEND_TIMEOUT:
            case WinInetConstants.INTERNET_OPTION_DATA_RECEIVE_TIMEOUT:
                o.setOption(option, readDword(buffer, length));
                return;
            case WinInetConstants.INTERNET_OPTION_SECURITY_FLAGS:
                request(o).setOption(option, readDword(buffer, length));
                return;
            case WinInetConstants.INTERNET_OPTION_HANDLE_TYPE:
            case WinInetConstants.INTERNET_OPTION_URL:
                throw new Win32Failure(WinInetErrors.ERROR_INTERNET_OPTION_NOT_SETTABLE);
            case WinInetConstants.INTERNET_OPTION_USER_AGENT:
            case WinInetConstants.INTERNET_OPTION_USERNAME:
            case WinInetConstants.INTERNET_OPTION_PASSWORD:
            case WinInetConstants.INTERNET_OPTION_PROXY_USERNAME:
            case WinInetConstants.INTERNET_OPTION_PROXY_PASSWORD:
                requireHandle(o);
                if (buffer == null) {
                    throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
                }
                o.setOption(option, length > 0 ? Utf16.decode(buffer, length) : Utf16.decode(buffer));
                return;
            case WinInetConstants.INTERNET_OPTION_PROXY:
                setProxy(o, buffer, length);
                return;
            case WinInetConstants.INTERNET_OPTION_END_BROWSER_SESSION:
            case WinInetConstants.INTERNET_OPTION_SETTINGS_CHANGED:
            case WinInetConstants.INTERNET_OPTION_REFRESH:
                // Accepted and nothing to do: this backend keeps no process-wide credential cache,
                // certificate decisions or pooled lenient connections for these to flush.
                return;
            case WinInetConstants.INTERNET_OPTION_CONTEXT_VALUE:
                requireHandle(o);
                if (buffer == null) {
                    throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
                }
                if (length != Native.POINTER_SIZE && length != DWORD_BYTES) {
                    throw new Win32Failure(WinInetErrors.ERROR_INTERNET_BAD_OPTION_LENGTH);
                }
                o.setContext(length == 8 ? buffer.getLong(0) : Integer.toUnsignedLong(buffer.getInt(0)));
                return;
            default:
                throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INVALID_OPTION);
        }
    }

    private static void dword(Pointer buffer, IntByReference length, int value) throws Win32Failure {
        OutputBuffers.requireRoom(buffer, length, DWORD_BYTES);
        buffer.setInt(0, value);
    }

    private static int readDword(Pointer buffer, int length) throws Win32Failure {
        if (buffer == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        if (length != DWORD_BYTES) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_BAD_OPTION_LENGTH);
        }
        return buffer.getInt(0);
    }

    private static void requireHandle(InternetObject o) throws Win32Failure {
        if (o instanceof RootObject) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_TYPE);
        }
    }

    private static RequestObject request(InternetObject o) throws Win32Failure {
        if (o instanceof RequestObject r) {
            return r;
        }
        throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_TYPE);
    }

    private static ProxySettings proxyOf(InternetObject o, Map<String, String> environment) {
        for (InternetObject p = o; p != null; p = p.parent) {
            if (p instanceof SessionObject s) {
                return s.proxy();
            }
        }
        Object global = o.option(WinInetConstants.INTERNET_OPTION_PROXY);
        return global instanceof ProxySettings ps ? ps : ProxySettings.fromEnvironment(environment);
    }

    /** An INTERNET_PROXY_INFO followed by its two strings, all in the caller's buffer. */
    private static void writeProxy(ProxySettings proxy, Pointer buffer, IntByReference length) throws Win32Failure {
        int structBytes = new INTERNET_PROXY_INFO().size();
        String list = proxy.proxyList;
        String bypass = proxy.bypassList;
        int listBytes = list == null ? 0 : (list.length() + 1) * Utf16.CHAR_BYTES;
        int bypassBytes = bypass == null ? 0 : (bypass.length() + 1) * Utf16.CHAR_BYTES;
        OutputBuffers.requireRoom(buffer, length, structBytes + listBytes + bypassBytes);
        INTERNET_PROXY_INFO info = new INTERNET_PROXY_INFO(buffer);
        info.dwAccessType = proxy.accessType;
        info.lpszProxy = list == null ? null : buffer.share(structBytes);
        info.lpszProxyBypass = bypass == null ? null : buffer.share((long) structBytes + listBytes);
        info.write();
        if (list != null) {
            Utf16.write(info.lpszProxy, list);
        }
        if (bypass != null) {
            Utf16.write(info.lpszProxyBypass, bypass);
        }
    }

    private static void setProxy(InternetObject o, Pointer buffer, int length) throws Win32Failure {
        if (buffer == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        if (length < new INTERNET_PROXY_INFO().size()) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_BAD_OPTION_LENGTH);
        }
        INTERNET_PROXY_INFO info = new INTERNET_PROXY_INFO(buffer);
        ProxySettings settings = ProxySettings.of(info.dwAccessType, Utf16.decode(info.lpszProxy),
                Utf16.decode(info.lpszProxyBypass), System.getenv());
        if (settings == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        if (o instanceof SessionObject s) {
            s.setProxy(settings);
        } else if (o instanceof RootObject) {
            o.setOption(WinInetConstants.INTERNET_OPTION_PROXY, settings);
        } else {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_TYPE);
        }
    }
}
