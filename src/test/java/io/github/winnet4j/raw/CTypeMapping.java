package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import com.sun.jna.platform.win32.BaseTSD.ULONG_PTRByReference;
import com.sun.jna.platform.win32.WinBase.FILETIME;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.platform.win32.WinDef.HWND;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import com.sun.jna.platform.win32.WinNT.HANDLEByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.ptr.ShortByReference;
import java.util.Map;

/**
 * Which Java type the raw binding uses for each C type of the SDK headers, one table per position
 * (parameter, return value, structure field). A C type that is in no table is a failure, so a new
 * header type is looked at once, not guessed.
 *
 * <p>The rules are the project's conventions: strings and untyped buffers are {@link Pointer}s to
 * memory the marshal layer fills (never {@code WString}); 32-bit integers ({@code DWORD},
 * {@code LONG}, and {@code unsigned long}, which is 32 bits on Windows) are {@code int};
 * {@code LPDWORD} is {@link IntByReference}; pointers to pointers are {@link PointerByReference}.
 */
final class CTypeMapping {

    private CTypeMapping() {
    }

    /** Parameter types. */
    static final Map<String, Class<?>> PARAMETERS = Map.ofEntries(
            Map.entry("HINTERNET", HINTERNET.class),
            Map.entry("LPCWSTR", Pointer.class),
            Map.entry("LPWSTR", Pointer.class),
            Map.entry("LPCSTR", Pointer.class),
            Map.entry("LPSTR", Pointer.class),
            Map.entry("LPVOID", Pointer.class),
            Map.entry("LPCVOID", Pointer.class),
            Map.entry("PVOID", Pointer.class),
            Map.entry("LPCWSTR*", Pointer.class),
            Map.entry("DWORD", int.class),
            Map.entry("LONG", int.class),
            Map.entry("unsigned long", int.class),
            Map.entry("WINBOOL", boolean.class),
            Map.entry("INTERNET_PORT", short.class),
            Map.entry("DWORD_PTR", DWORD_PTR.class),
            Map.entry("LPDWORD", IntByReference.class),
            Map.entry("unsigned long*", IntByReference.class),
            Map.entry("LPURL_COMPONENTSW", URL_COMPONENTSW.class),
            Map.entry("LPINTERNET_BUFFERSW", INTERNET_BUFFERSW.class),
            Map.entry("LPWIN32_FIND_DATAW", WIN32_FIND_DATAW.class),
            Map.entry("SYSTEMTIME*", SYSTEMTIME.class),
            Map.entry("CONST SYSTEMTIME*", SYSTEMTIME.class),
            Map.entry("HWND", HWND.class),
            Map.entry("HANDLE", HANDLE.class),
            Map.entry("HANDLE*", HANDLEByReference.class),
            Map.entry("HINTERNET*", PointerByReference.class),
            Map.entry("LPVOID*", PointerByReference.class),
            Map.entry("LPSTR*", PointerByReference.class),
            Map.entry("DWORD_PTR*", ULONG_PTRByReference.class),
            Map.entry("INTERNET_STATUS_CALLBACK", INTERNET_STATUS_CALLBACK.class),
            // winhttp.h
            Map.entry("PCWSTR", Pointer.class),
            Map.entry("void*", Pointer.class),
            Map.entry("BYTE*", Pointer.class),
            Map.entry("int", int.class),
            Map.entry("USHORT", short.class),
            Map.entry("INTERNET_SCHEME", int.class),
            Map.entry("WINHTTP_WEB_SOCKET_BUFFER_TYPE", int.class),
            Map.entry("DWORD*", IntByReference.class),
            Map.entry("WINBOOL*", IntByReference.class),
            Map.entry("WINHTTP_WEB_SOCKET_BUFFER_TYPE*", IntByReference.class),
            Map.entry("USHORT*", ShortByReference.class),
            Map.entry("LPWSTR*", PointerByReference.class),
            Map.entry("LPURL_COMPONENTS", WINHTTP_URL_COMPONENTS.class),
            Map.entry("WINHTTP_PROXY_INFO*", WINHTTP_PROXY_INFO.class),
            Map.entry("CONST WINHTTP_PROXY_INFO*", WINHTTP_PROXY_INFO.class),
            Map.entry("WINHTTP_CURRENT_USER_IE_PROXY_CONFIG*", WINHTTP_CURRENT_USER_IE_PROXY_CONFIG.class),
            Map.entry("WINHTTP_AUTOPROXY_OPTIONS*", WINHTTP_AUTOPROXY_OPTIONS.class),
            Map.entry("WINHTTP_PROXY_RESULT*", WINHTTP_PROXY_RESULT.class),
            Map.entry("WINHTTP_PROXY_RESULT_EX*", WINHTTP_PROXY_RESULT_EX.class),
            Map.entry("WINHTTP_PROXY_SETTINGS*", WINHTTP_PROXY_SETTINGS.class),
            Map.entry("WINHTTP_STATUS_CALLBACK", WINHTTP_STATUS_CALLBACK.class));

    /**
     * Return types. A returned callback is the previous callback's address (or
     * INTERNET_INVALID_STATUS_CALLBACK, WINHTTP_INVALID_STATUS_CALLBACK), which no Java object
     * stands for, hence {@link Pointer}.
     */
    static final Map<String, Class<?>> RETURNS = Map.of(
            "WINBOOL", boolean.class,
            "DWORD", int.class,
            "LONG", int.class,
            "HINTERNET", HINTERNET.class,
            "HANDLE", HANDLE.class,
            "INTERNET_STATUS_CALLBACK", Pointer.class,
            "WINHTTP_STATUS_CALLBACK", Pointer.class,
            "void", void.class);

    /**
     * Structure field types. {@code WCHAR} arrays are checked apart: they are {@code byte[]} of two
     * bytes per character, because a Java {@code char[]} field is {@code wchar_t} wide in JNA.
     */
    static final Map<String, Class<?>> FIELDS = Map.ofEntries(
            Map.entry("DWORD", int.class),
            Map.entry("INTERNET_SCHEME", int.class),
            Map.entry("INTERNET_PORT", short.class),
            Map.entry("DWORD_PTR", DWORD_PTR.class),
            Map.entry("LPWSTR", Pointer.class),
            Map.entry("LPCWSTR", Pointer.class),
            Map.entry("LPCTSTR", Pointer.class),
            Map.entry("LPVOID", Pointer.class),
            Map.entry("struct _INTERNET_BUFFERSW*", Pointer.class),
            Map.entry("FILETIME", FILETIME.class),
            // winhttp.h (BOOL members are 4-byte ints, which is how JNA lays out a boolean field)
            Map.entry("WINBOOL", boolean.class),
            Map.entry("PWSTR", Pointer.class),
            Map.entry("PDWORD", Pointer.class),
            Map.entry("HANDLE", HANDLE.class),
            Map.entry("WINHTTP_PROXY_RESULT_ENTRY*", Pointer.class),
            Map.entry("PWINHTTP_PROXY_NETWORKING_KEY", Pointer.class),
            Map.entry("WINHTTP_ASYNC_RESULT", WINHTTP_ASYNC_RESULT.class),
            Map.entry("WINHTTP_WEB_SOCKET_OPERATION", int.class),
            Map.entry("WINHTTP_WEB_SOCKET_BUFFER_TYPE", int.class));

    /** Bytes per element of a C array member held as {@code byte[]}. */
    static final Map<String, Integer> BYTE_ARRAY_ELEMENTS = Map.of("WCHAR", 2, "BYTE", 1, "CHAR", 1,
            "unsigned char", 1);
}
