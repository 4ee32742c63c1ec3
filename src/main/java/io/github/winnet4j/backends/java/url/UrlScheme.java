package io.github.winnet4j.backends.java.url;

import java.util.Locale;

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
    PARTIAL(-2, null, 0, 0, false),
    /** {@code INTERNET_SCHEME_UNKNOWN}: any scheme not listed here. */
    UNKNOWN(-1, null, 0, 0, false),
    /** {@code INTERNET_SCHEME_DEFAULT}: InternetCreateUrl treats it as http. */
    DEFAULT(0, null, 0, 0, false),
    /** {@code INTERNET_SCHEME_FTP}. */
    FTP(1, "ftp", 21, 21, true),
    /** {@code INTERNET_SCHEME_GOPHER}: current Windows cracks it without a default port. */
    GOPHER(2, "gopher", 0, 70, true),
    /** {@code INTERNET_SCHEME_HTTP}. */
    HTTP(3, "http", 80, 80, true),
    /** {@code INTERNET_SCHEME_HTTPS}. */
    HTTPS(4, "https", 443, 443, true),
    /** {@code INTERNET_SCHEME_FILE}. */
    FILE(5, "file", 0, 0, true),
    /** {@code INTERNET_SCHEME_NEWS}. */
    NEWS(6, "news", 0, 0, false),
    /** {@code INTERNET_SCHEME_MAILTO}. */
    MAILTO(7, "mailto", 0, 0, false),
    /** {@code INTERNET_SCHEME_SOCKS}. */
    SOCKS(8, "socks", 0, 0, false),
    /** {@code INTERNET_SCHEME_JAVASCRIPT}. */
    JAVASCRIPT(9, "javascript", 0, 0, false),
    /** {@code INTERNET_SCHEME_VBSCRIPT}. */
    VBSCRIPT(10, "vbscript", 0, 0, false),
    /** {@code INTERNET_SCHEME_RES}: {@code res://module/resource}, whose host part has no port. */
    RES(11, "res", 0, 0, false);

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
