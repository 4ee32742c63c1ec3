package io.github.winnet4j.api;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.Backends;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.BufferSize;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.URL_COMPONENTSW;
import io.github.winnet4j.raw.WinInet;

/**
 * Windows' URL functions (InternetCrackUrlW, InternetCreateUrlW, InternetCanonicalizeUrlW,
 * InternetCombineUrlW). They follow Windows' rules, which differ from {@link java.net.URI}'s in
 * places (escaping, dot segments, backslashes).
 *
 * <pre>{@code
 * WinUrls urls = WinUrls.of(Backends.defaultBackend());
 * UrlParts parts = urls.crack("https://user@example.test:8443/a/b?q=1");
 * String absolute = urls.combine("http://example.test/a/b", "../c", 0);   // http://example.test/c
 * }</pre>
 */
public final class WinUrls {
    private final Backend backend;

    private WinUrls(Backend backend) {
        this.backend = backend;
    }

    /** URL functions of the given backend. */
    public static WinUrls of(Backend backend) {
        return new WinUrls(Arguments.requireNonNull(backend, "backend"));
    }

    /** URL functions of the default backend. */
    public static WinUrls of() {
        return of(Backends.defaultBackend());
    }

    private WinInet api() {
        return backend.wininet();
    }

    /** Splits a URL (no decoding or escaping). */
    public UrlParts crack(String url) throws WinInetException {
        return crack(url, 0);
    }

    /** Splits a URL with ICU_DECODE / ICU_ESCAPE flags. */
    public UrlParts crack(String url, int flags) throws WinInetException {
        Arguments.requireNonNull(url, "url");
        Memory input = Utf16.encode(url, "url");
        // Buffers of the URL's own size hold any component, decoded or not; escaping can triple it.
        int chars = url.length() * 3 + 1;
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        Memory scheme = Utf16.allocate(chars);
        Memory host = Utf16.allocate(chars);
        Memory user = Utf16.allocate(chars);
        Memory password = Utf16.allocate(chars);
        Memory path = Utf16.allocate(chars);
        Memory extra = Utf16.allocate(chars);
        c.lpszScheme = scheme;
        c.dwSchemeLength = chars;
        c.lpszHostName = host;
        c.dwHostNameLength = chars;
        c.lpszUserName = user;
        c.dwUserNameLength = chars;
        c.lpszPassword = password;
        c.dwPasswordLength = chars;
        c.lpszUrlPath = path;
        c.dwUrlPathLength = chars;
        c.lpszExtraInfo = extra;
        c.dwExtraInfoLength = chars;
        if (!api().InternetCrackUrlW(input, 0, flags, c)) {
            throw Raw.failure(backend, "InternetCrackUrlW", url);
        }
        return new UrlParts(part(scheme, c.dwSchemeLength), c.nScheme, part(host, c.dwHostNameLength),
                c.nPort & 0xFFFF, part(user, c.dwUserNameLength), part(password, c.dwPasswordLength),
                part(path, c.dwUrlPathLength), part(extra, c.dwExtraInfoLength));
    }

    private static String part(Pointer p, int length) {
        return length <= 0 ? "" : Utf16.decode(p, length);
    }

    /** Builds a URL from parts (InternetCreateUrlW); empty parts are left out. */
    public String create(UrlParts parts, int flags) throws WinInetException {
        Arguments.requireNonNull(parts, "parts");
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        Memory[] keep = {
            setPart(c, 0, parts.scheme(), "scheme"), setPart(c, 1, parts.host(), "host"),
            setPart(c, 2, parts.user(), "user"), setPart(c, 3, parts.password(), "password"),
            setPart(c, 4, parts.path(), "path"), setPart(c, 5, parts.extra(), "extra"),
        };
        c.nScheme = parts.schemeType();
        c.nPort = (short) Arguments.requirePort(parts.port(), "port");
        BufferSize.Result r = BufferSize.string(backend, "InternetCreateUrlW", BufferSize.Unit.CHARS, 256,
                (buf, len) -> api().InternetCreateUrlW(c, flags, buf, len));
        java.lang.ref.Reference.reachabilityFence(keep);
        if (!r.ok()) {
            throw new WinInetException(r.error(), parts.toString());
        }
        return r.value();
    }

    private static Memory setPart(URL_COMPONENTSW c, int which, String value, String argument) {
        Memory m = value == null || value.isEmpty() ? null : Utf16.encode(value, argument);
        int len = m == null ? 0 : value.length();
        switch (which) {
            case 0 -> { c.lpszScheme = m; c.dwSchemeLength = len; }
            case 1 -> { c.lpszHostName = m; c.dwHostNameLength = len; }
            case 2 -> { c.lpszUserName = m; c.dwUserNameLength = len; }
            case 3 -> { c.lpszPassword = m; c.dwPasswordLength = len; }
            case 4 -> { c.lpszUrlPath = m; c.dwUrlPathLength = len; }
            default -> { c.lpszExtraInfo = m; c.dwExtraInfoLength = len; }
        }
        return m;
    }

    /** Canonicalizes a URL with ICU_* flags (0: escape unsafe characters, resolve dot segments). */
    public String canonicalize(String url, int flags) throws WinInetException {
        Memory input = Utf16.encode(Arguments.requireNonNull(url, "url"), "url");
        BufferSize.Result r = BufferSize.string(backend, "InternetCanonicalizeUrlW", BufferSize.Unit.CHARS,
                url.length() * 3 + 16, (buf, len) -> api().InternetCanonicalizeUrlW(input, buf, len, flags));
        if (!r.ok()) {
            throw new WinInetException(r.error(), url);
        }
        return r.value();
    }

    /** Resolves {@code relative} against {@code base} with ICU_* flags. */
    public String combine(String base, String relative, int flags) throws WinInetException {
        Memory b = Utf16.encode(Arguments.requireNonNull(base, "base"), "base");
        Memory rel = Utf16.encode(Arguments.requireNonNull(relative, "relative"), "relative");
        BufferSize.Result r = BufferSize.string(backend, "InternetCombineUrlW", BufferSize.Unit.CHARS,
                (base.length() + relative.length()) * 3 + 16,
                (buf, len) -> api().InternetCombineUrlW(b, rel, buf, len, flags));
        if (!r.ok()) {
            throw new WinInetException(r.error(), base + " + " + relative);
        }
        return r.value();
    }
}
