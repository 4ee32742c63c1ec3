package io.github.winnet4j.backends.java;

/**
 * The per-thread text behind InternetGetLastResponseInfoW: the last server reply an engine
 * recorded on this thread (FTP replies; HTTP leaves it empty, as WinINet does).
 */
final class LastResponseInfo {
    /** An error code and the server's text. */
    record Info(int code, String text) {
    }

    private static final Info EMPTY = new Info(0, "");
    private static final ThreadLocal<Info> LAST = ThreadLocal.withInitial(() -> EMPTY);

    private LastResponseInfo() {
    }

    static Info get() {
        return LAST.get();
    }

    static void set(int code, String text) {
        LAST.set(new Info(code, text == null ? "" : text));
    }

    static void clear() {
        LAST.set(EMPTY);
    }
}
