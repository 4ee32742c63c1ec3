package io.github.winnet4j.backends.java.url;

import java.util.Locale;

import static io.github.winnet4j.raw.WinInetConstants.*;

/**
 * The {@code INTERNET_SCHEME} values of wininet.h and what the URL functions need to know about
 * each: its name, the port {@code InternetCrackUrl} reports when a URL names none, and whether its
 * URLs are hierarchical ({@code scheme://host/path}) or opaque ({@code mailto:x}).
 *
 * <p>wininet.h has no {@code INTERNET_SCHEME_ABOUT}: {@code about:} URLs crack as
 * {@link #UNKNOWN}, as any scheme the table does not list.
 */
public enum UrlScheme {
    /** {@code INTERNET_SCHEME_PARTIAL}. */
    PARTIAL(INTERNET_SCHEME_PARTIAL, null, 0, 0, false),
    /** {@code INTERNET_SCHEME_UNKNOWN}: any scheme not listed here. */
    UNKNOWN(INTERNET_SCHEME_UNKNOWN, null, 0, 0, false),
    /** {@code INTERNET_SCHEME_DEFAULT}: InternetCreateUrl treats it as http. */
    DEFAULT(INTERNET_SCHEME_DEFAULT, null, 0, 0, false),
    /** {@code INTERNET_SCHEME_FTP}. */
    FTP(INTERNET_SCHEME_FTP, "ftp", INTERNET_DEFAULT_FTP_PORT, INTERNET_DEFAULT_FTP_PORT, true),
    /** {@code INTERNET_SCHEME_GOPHER}: current Windows cracks it without a default port. */
    GOPHER(INTERNET_SCHEME_GOPHER, "gopher", 0, INTERNET_DEFAULT_GOPHER_PORT, true),
    /** {@code INTERNET_SCHEME_HTTP}. */
    HTTP(INTERNET_SCHEME_HTTP, "http", INTERNET_DEFAULT_HTTP_PORT, INTERNET_DEFAULT_HTTP_PORT, true),
    /** {@code INTERNET_SCHEME_HTTPS}. */
    HTTPS(INTERNET_SCHEME_HTTPS, "https", INTERNET_DEFAULT_HTTPS_PORT, INTERNET_DEFAULT_HTTPS_PORT, true),
    /** {@code INTERNET_SCHEME_FILE}. */
    FILE(INTERNET_SCHEME_FILE, "file", 0, 0, true),
    /** {@code INTERNET_SCHEME_NEWS}. */
    NEWS(INTERNET_SCHEME_NEWS, "news", 0, 0, false),
    /** {@code INTERNET_SCHEME_MAILTO}. */
    MAILTO(INTERNET_SCHEME_MAILTO, "mailto", 0, 0, false),
    /** {@code INTERNET_SCHEME_SOCKS}. */
    SOCKS(INTERNET_SCHEME_SOCKS, "socks", 0, 0, false),
    /** {@code INTERNET_SCHEME_JAVASCRIPT}. */
    JAVASCRIPT(INTERNET_SCHEME_JAVASCRIPT, "javascript", 0, 0, false),
    /** {@code INTERNET_SCHEME_VBSCRIPT}. */
    VBSCRIPT(INTERNET_SCHEME_VBSCRIPT, "vbscript", 0, 0, false),
    /** {@code INTERNET_SCHEME_RES}: {@code res://module/resource}, whose host part has no port. */
    RES(INTERNET_SCHEME_RES, "res", 0, 0, false);

    private final int code;
    private final String schemeName;
    private final int crackDefaultPort;
    private final int wellKnownPort;
    private final boolean hierarchical;

    UrlScheme(int code, String schemeName, int crackDefaultPort, int wellKnownPort, boolean hierarchical) {
        this.code = code;
        this.schemeName = schemeName;
        this.crackDefaultPort = crackDefaultPort;
        this.wellKnownPort = wellKnownPort;
        this.hierarchical = hierarchical;
    }

    /** The {@code INTERNET_SCHEME} value. */
    public int code() {
        return code;
    }

    /** The lower-case scheme name, or {@code null} for the pseudo-schemes. */
    public String schemeName() {
        return schemeName;
    }

    /** The port InternetCrackUrl reports for a URL of this scheme without an explicit port. */
    public int crackDefaultPort() {
        return crackDefaultPort;
    }

    /** True if InternetCreateUrl leaves this port out of a URL of this scheme. */
    public boolean omitsPortInCreate(int port) {
        return port == 0 || (wellKnownPort != 0 && port == wellKnownPort);
    }

    /** True for http, https, ftp, gopher and file, whose URLs carry {@code //host}. */
    public boolean hierarchical() {
        return hierarchical;
    }

    /** True for the schemes whose paths take {@code \} as {@code /} (http, https, ftp, gopher). */
    public boolean webLike() {
        return this == HTTP || this == HTTPS || this == FTP || this == GOPHER;
    }

    /** The scheme named {@code name} (any case), {@link #UNKNOWN} if the table lacks it. */
    public static UrlScheme ofName(String name) {
        if (name == null || name.isEmpty()) {
            return UNKNOWN;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (UrlScheme s : values()) {
            if (lower.equals(s.schemeName)) {
                return s;
            }
        }
        return UNKNOWN;
    }

    /** The scheme with {@code INTERNET_SCHEME} value {@code code}, or {@code null} if none has it. */
    public static UrlScheme ofCode(int code) {
        for (UrlScheme s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return null;
    }
}
