package io.github.winnet4j.api.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.Backends;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.BufferSize;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WINHTTP_URL_COMPONENTS;
import io.github.winnet4j.raw.WinHttpConstants;

import java.lang.ref.Reference;

/**
 * WinHTTP's URL functions (WinHttpCrackUrl, WinHttpCreateUrl), which know only http and https.
 *
 * <pre>{@code
 * WinHttpUrls urls = WinHttpUrls.of(Backends.defaultBackend());
 * WinHttpUrlParts parts = urls.crack("https://127.0.0.1:8443/a?b=1");
 * String again = urls.create(parts);
 * }</pre>
 */
public final class WinHttpUrls {
    private final Backend backend;

    private WinHttpUrls(Backend backend) {
        this.backend = backend;
    }

    /** URL functions of the given backend. */
    public static WinHttpUrls of(Backend backend) {
        return new WinHttpUrls(Arguments.requireNonNull(backend, "backend"));
    }

    /** URL functions of the default backend. */
    public static WinHttpUrls of() {
        return of(Backends.defaultBackend());
    }

    /** Splits a URL without decoding. */
    public WinHttpUrlParts crack(String url) throws WinHttpException {
        return crack(url, 0);
    }

    /**
     * Splits a URL.
     *
     * @param flags ICU_DECODE, ICU_ESCAPE, ICU_REJECT_USERPWD or 0
     */
    public WinHttpUrlParts crack(String url, int flags) throws WinHttpException {
        Arguments.requireNonNull(url, "url");
        Memory input = Utf16.encode(url, "url");
        int chars = url.length() * 3 + 1;
        Memory[] parts = new Memory[6];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Utf16.allocate(chars);
        }
        WINHTTP_URL_COMPONENTS c = new WINHTTP_URL_COMPONENTS();
        c.lpszScheme = parts[0];
        c.dwSchemeLength = chars;
        c.lpszHostName = parts[1];
        c.dwHostNameLength = chars;
        c.lpszUserName = parts[2];
        c.dwUserNameLength = chars;
        c.lpszPassword = parts[3];
        c.dwPasswordLength = chars;
        c.lpszUrlPath = parts[4];
        c.dwUrlPathLength = chars;
        c.lpszExtraInfo = parts[5];
        c.dwExtraInfoLength = chars;
        if (!backend.winhttp().WinHttpCrackUrl(input, 0, flags, c)) {
            throw Calls.failure(backend, "WinHttpCrackUrl", url);
        }
        return new WinHttpUrlParts(part(parts[0], c.dwSchemeLength), c.nScheme, part(parts[1], c.dwHostNameLength),
                c.nPort & 0xFFFF, part(parts[2], c.dwUserNameLength), part(parts[3], c.dwPasswordLength),
                part(parts[4], c.dwUrlPathLength), part(parts[5], c.dwExtraInfoLength));
    }

    private static String part(Pointer p, int length) {
        return length <= 0 ? "" : Utf16.decode(p, length);
    }

    /** Builds a URL from parts (WinHttpCreateUrl); empty parts are left out. */
    public String create(WinHttpUrlParts parts) throws WinHttpException {
        return create(parts, 0);
    }

    /**
     * Builds a URL from parts.
     *
     * @param flags ICU_ESCAPE, ICU_REJECT_USERPWD or 0
     */
    public String create(WinHttpUrlParts parts, int flags) throws WinHttpException {
        Arguments.requireNonNull(parts, "parts");
        Arguments.requirePort(parts.port(), "port");
        if (parts.schemeType() != WinHttpConstants.INTERNET_SCHEME_HTTP
                && parts.schemeType() != WinHttpConstants.INTERNET_SCHEME_HTTPS) {
            throw new IllegalArgumentException("schemeType is " + parts.schemeType()
                    + "; WinHTTP knows INTERNET_SCHEME_HTTP (1) and INTERNET_SCHEME_HTTPS (2)");
        }
        WINHTTP_URL_COMPONENTS c = new WINHTTP_URL_COMPONENTS();
        Memory scheme = encode(parts.scheme(), "scheme");
        Memory host = encode(parts.host(), "host");
        Memory user = encode(parts.user(), "user");
        Memory password = encode(parts.password(), "password");
        Memory path = encode(parts.path(), "path");
        Memory extra = encode(parts.extra(), "extra");
        c.lpszScheme = scheme;
        c.dwSchemeLength = length(parts.scheme());
        c.nScheme = parts.schemeType();
        c.lpszHostName = host;
        c.dwHostNameLength = length(parts.host());
        c.nPort = (short) parts.port();
        c.lpszUserName = user;
        c.dwUserNameLength = length(parts.user());
        c.lpszPassword = password;
        c.dwPasswordLength = length(parts.password());
        c.lpszUrlPath = path;
        c.dwUrlPathLength = length(parts.path());
        c.lpszExtraInfo = extra;
        c.dwExtraInfoLength = length(parts.extra());
        BufferSize.Result r = BufferSize.string(backend, "WinHttpCreateUrl", BufferSize.Unit.CHARS, 256,
                (buf, len) -> backend.winhttp().WinHttpCreateUrl(c, flags, buf, len));
        Reference.reachabilityFence(new Object[] {scheme, host, user, password, path, extra});
        if (!r.ok()) {
            throw Calls.ofCode(backend, "WinHttpCreateUrl", r.error().code(), parts.toString());
        }
        return r.value();
    }

    private static Memory encode(String value, String argument) {
        return value == null || value.isEmpty() ? null : Utf16.encode(value, argument);
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
