package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.OutputBuffers;
import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WINHTTP_PROXY_INFO;
import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;

import static io.github.winnet4j.raw.WinHttpConstants.*;

/**
 * WinHttpQueryOption and WinHttpSetOption for the common options. Lengths are in bytes, except
 * that string options are set with a length in characters. An option that does not apply to the
 * handle's kind fails with ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, a read-only one set with
 * ERROR_WINHTTP_OPTION_NOT_SETTABLE, an unknown or write-only one queried with
 * ERROR_WINHTTP_INVALID_OPTION. The strings of a queried WINHTTP_PROXY_INFO are allocated for
 * GlobalFree ({@link AllocatedMemory}).
 */
final class OptionCalls {
    private final AllocatedMemory memory;

    OptionCalls(AllocatedMemory memory) {
        this.memory = memory;
    }

    void query(WinHttpObject o, int option, Pointer buffer, IntByReference length) throws Win32Failure {
        if (length == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        switch (option) {
            case WINHTTP_OPTION_HANDLE_TYPE -> dword(buffer, length, o.handleType());
            case WINHTTP_OPTION_CONTEXT_VALUE -> {
                OutputBuffers.requireRoom(buffer, length, Native.POINTER_SIZE);
                buffer.setPointer(0, new Pointer(o.context()));
            }
            case WINHTTP_OPTION_PARENT_HANDLE -> {
                OutputBuffers.requireRoom(buffer, length, Native.POINTER_SIZE);
                buffer.setPointer(0, o.parent == null ? null : new Pointer(o.parent.handle));
            }
            case WINHTTP_OPTION_RESOLVE_TIMEOUT, WINHTTP_OPTION_CONNECT_TIMEOUT, WINHTTP_OPTION_SEND_TIMEOUT,
                 WINHTTP_OPTION_RECEIVE_TIMEOUT, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT -> {
                Object value = o.option(option);
                dword(buffer, length, value instanceof Integer i ? i : 0);
            }
            case WINHTTP_OPTION_REDIRECT_POLICY -> dword(buffer, length, Redirects.policy(o));
            case WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS -> {
                Object value = o.option(option);
                dword(buffer, length, value instanceof Integer i ? i : WinHttpExchange.DEFAULT_MAX_REDIRECTS);
            }
            case WINHTTP_OPTION_AUTOLOGON_POLICY -> {
                Object value = request(o).option(option);
                dword(buffer, length, value instanceof Integer i ? i : WINHTTP_AUTOLOGON_SECURITY_LEVEL_MEDIUM);
            }
            case WINHTTP_OPTION_SECURITY_FLAGS -> {
                RequestHandle r = request(o);
                dword(buffer, length, r.securityFlags() | (r.http.secure() ? SECURITY_FLAG_SECURE : 0));
            }
            case WINHTTP_OPTION_URL -> OutputBuffers.stringInBytes(buffer, length, request(o).http.url.toString());
            case WINHTTP_OPTION_USER_AGENT -> OutputBuffers.stringInBytes(buffer, length, string(o, option));
            case WINHTTP_OPTION_USERNAME, WINHTTP_OPTION_PASSWORD, WINHTTP_OPTION_PROXY_USERNAME,
                 WINHTTP_OPTION_PROXY_PASSWORD -> OutputBuffers.stringInBytes(buffer, length, string(request(o), option));
            case WINHTTP_OPTION_PROXY -> proxy(o, buffer, length);
            case WINHTTP_OPTION_WEB_SOCKET_CLOSE_TIMEOUT -> {
                Object value = o.option(option);
                dword(buffer, length, value instanceof Integer i ? i : WebSocketHandle.DEFAULT_CLOSE_TIMEOUT_SECONDS);
            }
            case WINHTTP_OPTION_SECURE_PROTOCOLS -> {
                Integer protocols = SecureProtocols.of(session(o));
                dword(buffer, length, protocols == null ? SecureProtocols.REPORTED_DEFAULT : protocols);
            }
            case WINHTTP_OPTION_CALLBACK -> {
                OutputBuffers.requireRoom(buffer, length, Native.POINTER_SIZE);
                buffer.setPointer(0, CallbackAddresses.of(o.callback()));
            }
            default -> throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INVALID_OPTION);
        }
    }

    void set(WinHttpObject o, int option, Pointer buffer, int length) throws Win32Failure {
        switch (option) {
            case WINHTTP_OPTION_HANDLE_TYPE, WINHTTP_OPTION_URL, WINHTTP_OPTION_PARENT_HANDLE ->
                    throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_OPTION_NOT_SETTABLE);
            case WINHTTP_OPTION_CONTEXT_VALUE -> {
                requireBytes(buffer, length, Native.POINTER_SIZE);
                o.setContext(Pointer.nativeValue(buffer.getPointer(0)));
            }
            case WINHTTP_OPTION_RESOLVE_TIMEOUT, WINHTTP_OPTION_CONNECT_TIMEOUT, WINHTTP_OPTION_SEND_TIMEOUT,
                 WINHTTP_OPTION_RECEIVE_TIMEOUT, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT -> {
                notConnect(o);
                o.setOption(option, dword(buffer, length));
            }
            case WINHTTP_OPTION_REDIRECT_POLICY -> {
                int policy = dword(buffer, length);
                if (policy < WINHTTP_OPTION_REDIRECT_POLICY_NEVER || policy > WINHTTP_OPTION_REDIRECT_POLICY_LAST) {
                    throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
                }
                notConnect(o);
                o.setOption(option, policy);
            }
            case WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, WINHTTP_OPTION_CONNECT_RETRIES,
                 WINHTTP_OPTION_DECOMPRESSION, WINHTTP_OPTION_ENABLE_FEATURE -> {
                notConnect(o);
                o.setOption(option, dword(buffer, length));
            }
            case WINHTTP_OPTION_SECURITY_FLAGS, WINHTTP_OPTION_AUTOLOGON_POLICY -> request(o).setOption(option,
                    dword(buffer, length));
            case WINHTTP_OPTION_DISABLE_FEATURE -> {
                RequestHandle r = request(o);
                r.setOption(option, r.disabledFeatures() | dword(buffer, length));
            }
            case WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET -> request(o).setOption(option, Boolean.TRUE);
            case WINHTTP_OPTION_WEB_SOCKET_CLOSE_TIMEOUT -> o.setOption(option, dword(buffer, length));
            case WINHTTP_OPTION_USER_AGENT -> o.setOption(option, chars(buffer, length));
            case WINHTTP_OPTION_USERNAME, WINHTTP_OPTION_PASSWORD, WINHTTP_OPTION_PROXY_USERNAME,
                 WINHTTP_OPTION_PROXY_PASSWORD -> request(o).setOption(option, chars(buffer, length));
            case WINHTTP_OPTION_PROXY -> setProxy(o, buffer, length);
            case WINHTTP_OPTION_SECURE_PROTOCOLS -> {
                int protocols = dword(buffer, length);
                if ((protocols & ~SecureProtocols.KNOWN) != 0) {
                    throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
                }
                session(o).setOption(option, protocols);
            }
            default -> throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INVALID_OPTION);
        }
    }

    private void proxy(WinHttpObject o, Pointer buffer, IntByReference length) throws Win32Failure {
        notConnect(o);
        WINHTTP_PROXY_INFO info = new WINHTTP_PROXY_INFO();
        OutputBuffers.requireRoom(buffer, length, info.size());
        ProxyConfig config = o.option(WINHTTP_OPTION_PROXY) instanceof ProxyConfig p ? p : ProxyConfig.direct();
        ProxyInfoStructs.fill(info, config, memory);
        info.write();
        buffer.write(0, info.getPointer().getByteArray(0, info.size()), 0, info.size());
    }

    private static void setProxy(WinHttpObject o, Pointer buffer, int length) throws Win32Failure {
        notConnect(o);
        WINHTTP_PROXY_INFO info = new WINHTTP_PROXY_INFO();
        requireBytes(buffer, length, info.size());
        info = new WINHTTP_PROXY_INFO(buffer);
        ProxyConfig config = ProxyInfoStructs.read(info);
        if (config == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        o.setOption(WINHTTP_OPTION_PROXY, config);
    }

    private static RequestHandle request(WinHttpObject o) throws Win32Failure {
        if (o instanceof RequestHandle r) {
            return r;
        }
        throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    }

    private static SessionHandle session(WinHttpObject o) throws Win32Failure {
        if (o instanceof SessionHandle s) {
            return s;
        }
        throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    }

    private static void notConnect(WinHttpObject o) throws Win32Failure {
        if (o instanceof ConnectHandle || o instanceof WebSocketHandle) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
        }
    }

    private static String string(WinHttpObject o, int option) {
        return o.option(option) instanceof String s ? s : "";
    }

    private static void dword(Pointer buffer, IntByReference length, int value) throws Win32Failure {
        OutputBuffers.requireRoom(buffer, length, 4);
        buffer.setInt(0, value);
    }

    private static int dword(Pointer buffer, int length) throws Win32Failure {
        requireBytes(buffer, length, 4);
        return buffer.getInt(0);
    }

    private static void requireBytes(Pointer buffer, int length, int size) throws Win32Failure {
        if (buffer == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        if (Integer.toUnsignedLong(length) < size) {
            throw new Win32Failure(WinError.ERROR_INSUFFICIENT_BUFFER);
        }
    }

    /** A string option: {@code length} is in characters (without a terminator). */
    private static String chars(Pointer buffer, int length) throws Win32Failure {
        if (buffer == null) {
            return "";
        }
        if (length < 0) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        return Utf16.decode(buffer, length);
    }

    static boolean isWebSocketUpgrade(RequestHandle r) {
        return Boolean.TRUE.equals(r.option(WinHttpConstants.WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET));
    }
}
