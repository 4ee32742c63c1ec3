package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.backends.java.url.JavaUrlFunctions;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.URL_COMPONENTSW;
import io.github.winnet4j.raw.WINHTTP_URL_COMPONENTS;
import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;
import io.github.winnet4j.raw.WinInetConstants;

import java.util.Locale;

/**
 * WinHttpCrackUrl and WinHttpCreateUrl over the WinINet URL code ({@link JavaUrlFunctions}), where
 * WinHTTP agrees with it: the structures have the same layout and the ICU_* flags the same values.
 * The differences handled here:
 * <ul>
 *   <li>INTERNET_SCHEME_* numbers differ (WinHTTP: HTTP 1, HTTPS 2, FTP 3, SOCKS 4; WinINet:
 *       FTP 1, HTTP 3, HTTPS 4) and are translated both ways;</li>
 *   <li>WinHttpCrackUrl knows only http and https: any other scheme fails with
 *       ERROR_WINHTTP_UNRECOGNIZED_SCHEME; ICU_REJECT_USERPWD refuses a user name or password
 *       with ERROR_WINHTTP_INVALID_URL;</li>
 *   <li>WinHttpCreateUrl reports the size it needs in characters (terminator included), where
 *       InternetCreateUrlW reports bytes.</li>
 * </ul>
 */
final class WinHttpUrls {
    private final JavaUrlFunctions urls = new JavaUrlFunctions();

    boolean crack(Pointer url, int length, int flags, WINHTTP_URL_COMPONENTS c) {
        if (url == null || c == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        String text = length == 0 ? Utf16.decode(url) : Utf16.decode(url, length);
        int colon = text.indexOf(':');
        String scheme = colon < 0 ? "" : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return JavaLastError.fail(colon < 0 ? WinHttpErrors.ERROR_WINHTTP_INVALID_URL
                    : WinHttpErrors.ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
        }
        URL_COMPONENTSW w = new URL_COMPONENTSW();
        copy(c, w);
        if (!urls.InternetCrackUrlW(url, length, flags & ~WinHttpConstants.ICU_REJECT_USERPWD, w)) {
            copyBack(w, c);
            return false;
        }
        copyBack(w, c);
        c.nScheme = toWinHttp(w.nScheme);
        c.write();
        if ((flags & WinHttpConstants.ICU_REJECT_USERPWD) != 0 && hasUserInfo(text)) {
            return JavaLastError.fail(WinHttpErrors.ERROR_WINHTTP_INVALID_URL);
        }
        return true;
    }

    boolean create(WINHTTP_URL_COMPONENTS c, int flags, Pointer out, IntByReference length) {
        if (c == null || length == null || c.dwStructSize != c.size()) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        URL_COMPONENTSW w = new URL_COMPONENTSW();
        copy(c, w);
        w.nScheme = toWinInet(c.nScheme);
        if (w.nScheme < 0) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        if ((flags & WinHttpConstants.ICU_REJECT_USERPWD) != 0
                && (c.lpszUserName != null || c.lpszPassword != null)) {
            return JavaLastError.fail(WinHttpErrors.ERROR_WINHTTP_INVALID_URL);
        }
        boolean ok = urls.InternetCreateUrlW(w, flags & ~WinHttpConstants.ICU_REJECT_USERPWD, out, length);
        if (!ok && JavaLastError.get() == WinError.ERROR_INSUFFICIENT_BUFFER) {
            length.setValue(length.getValue() / Utf16.CHAR_BYTES); // bytes → characters
        }
        return ok;
    }

    private static boolean hasUserInfo(String url) {
        int start = url.indexOf("//");
        if (start < 0) {
            return false;
        }
        int end = url.length();
        for (char stop : new char[]{'/', '?', '#'}) {
            int i = url.indexOf(stop, start + 2);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return url.substring(start + 2, end).contains("@");
    }

    static int toWinHttp(int wininetScheme) {
        return switch (wininetScheme) {
            case WinInetConstants.INTERNET_SCHEME_HTTP -> WinHttpConstants.INTERNET_SCHEME_HTTP;
            case WinInetConstants.INTERNET_SCHEME_HTTPS -> WinHttpConstants.INTERNET_SCHEME_HTTPS;
            case WinInetConstants.INTERNET_SCHEME_FTP -> WinHttpConstants.INTERNET_SCHEME_FTP;
            default -> 0;
        };
    }

    static int toWinInet(int winhttpScheme) {
        return switch (winhttpScheme) {
            case 0 -> 0;
            case WinHttpConstants.INTERNET_SCHEME_HTTP -> WinInetConstants.INTERNET_SCHEME_HTTP;
            case WinHttpConstants.INTERNET_SCHEME_HTTPS -> WinInetConstants.INTERNET_SCHEME_HTTPS;
            case WinHttpConstants.INTERNET_SCHEME_FTP -> WinInetConstants.INTERNET_SCHEME_FTP;
            default -> -1;
        };
    }

    private static void copy(WINHTTP_URL_COMPONENTS c, URL_COMPONENTSW w) {
        w.dwStructSize = w.size();
        w.lpszScheme = c.lpszScheme;
        w.dwSchemeLength = c.dwSchemeLength;
        w.nScheme = c.nScheme;
        w.lpszHostName = c.lpszHostName;
        w.dwHostNameLength = c.dwHostNameLength;
        w.nPort = c.nPort;
        w.lpszUserName = c.lpszUserName;
        w.dwUserNameLength = c.dwUserNameLength;
        w.lpszPassword = c.lpszPassword;
        w.dwPasswordLength = c.dwPasswordLength;
        w.lpszUrlPath = c.lpszUrlPath;
        w.dwUrlPathLength = c.dwUrlPathLength;
        w.lpszExtraInfo = c.lpszExtraInfo;
        w.dwExtraInfoLength = c.dwExtraInfoLength;
        w.write();
    }

    private static void copyBack(URL_COMPONENTSW w, WINHTTP_URL_COMPONENTS c) {
        w.read();
        c.lpszScheme = w.lpszScheme;
        c.dwSchemeLength = w.dwSchemeLength;
        c.lpszHostName = w.lpszHostName;
        c.dwHostNameLength = w.dwHostNameLength;
        c.nPort = w.nPort;
        c.lpszUserName = w.lpszUserName;
        c.dwUserNameLength = w.dwUserNameLength;
        c.lpszPassword = w.lpszPassword;
        c.dwPasswordLength = w.dwPasswordLength;
        c.lpszUrlPath = w.lpszUrlPath;
        c.dwUrlPathLength = w.dwUrlPathLength;
        c.lpszExtraInfo = w.lpszExtraInfo;
        c.dwExtraInfoLength = w.dwExtraInfoLength;
        c.write();
    }
}
