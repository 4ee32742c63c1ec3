package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.marshal.Utf16;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * InternetGetCookie(Ex)W, InternetSetCookie(Ex)W and the per-site cookie decisions over the
 * backend's {@link CookieJar}.
 *
 * <p>InternetGetCookieW's size convention, as Windows has it: with no buffer it succeeds and
 * reports the bytes needed (terminator included); with a big enough buffer, the characters
 * written including the terminator; with a short one, ERROR_INSUFFICIENT_BUFFER and the bytes
 * needed. No cookie for the URL fails with ERROR_NO_MORE_ITEMS.
 */
final class CookieCalls {
    private final CookieJar jar;

    CookieCalls(CookieJar jar) {
        this.jar = jar;
    }

    void get(Pointer url, Pointer name, Pointer data, IntByReference size) throws Win32Failure {
        if (url == null || size == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        String cookies = jar.cookiesFor(httpUri(url));
        if (cookies != null && name != null) {
            cookies = only(cookies, Utf16.decode(name));
        }
        if (cookies == null) {
            throw new Win32Failure(WinError.ERROR_NO_MORE_ITEMS);
        }
        int chars = cookies.length() + 1;
        if (data == null) {
            size.setValue(chars * Utf16.CHAR_BYTES);
            return;
        }
        if (Integer.toUnsignedLong(size.getValue()) < chars) {
            size.setValue(chars * Utf16.CHAR_BYTES);
            throw new Win32Failure(WinError.ERROR_INSUFFICIENT_BUFFER);
        }
        Utf16.write(data, cookies);
        size.setValue(chars);
    }

    /** Returns the COOKIE_STATE_* the cookie got. */
    int set(Pointer url, Pointer name, Pointer data) throws Win32Failure {
        if (url == null || data == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        URI uri = httpUri(url);
        Integer decision = jar.decision(uri.getHost());
        if (decision != null && decision == CookieJar.COOKIE_STATE_REJECT) {
            return CookieJar.COOKIE_STATE_REJECT;
        }
        String cookieName = Utf16.decode(name);
        String value = Utf16.decode(data);
        String setCookie = cookieName == null || cookieName.isEmpty() ? value : cookieName + "=" + value;
        if (!jar.set(uri, setCookie)) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        return CookieJar.COOKIE_STATE_ACCEPT;
    }

    void setDecision(Pointer host, int decision) throws Win32Failure {
        String name = Utf16.decode(host);
        if (name == null || name.isEmpty() || decision < 0 || decision > CookieJar.COOKIE_STATE_REJECT) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        jar.setDecision(name, decision);
    }

    void getDecision(Pointer host, IntByReference result) throws Win32Failure {
        String name = Utf16.decode(host);
        if (name == null || result == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        Integer decision = jar.decision(name);
        if (decision == null) {
            throw new Win32Failure(WinError.ERROR_NOT_FOUND);
        }
        result.setValue(decision);
    }

    void enumDecision(Pointer siteName, IntByReference size, IntByReference decision, int index)
            throws Win32Failure {
        if (size == null || decision == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        Map.Entry<String, Integer> entry = jar.decisionAt(index);
        if (entry == null) {
            throw new Win32Failure(WinError.ERROR_NO_MORE_ITEMS);
        }
        OutputBuffers.stringInChars(siteName, size, entry.getKey());
        decision.setValue(entry.getValue());
    }

    void clearDecisions() {
        jar.clearDecisions();
    }

    private static URI httpUri(Pointer url) throws Win32Failure {
        String text = Utf16.decode(url);
        URI uri = text == null ? null : UrlText.parse(text);
        if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        return uri;
    }

    private static String only(String cookies, String name) {
        for (String pair : cookies.split("; ")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair;
            }
        }
        return null;
    }
}
