package io.github.winnet4j.backends.java;

/**
 * A raw call's failure inside the java backend, carrying the Win32 error code that the entry
 * point stores in {@link JavaLastError} before it returns FALSE or NULL. Internal control flow
 * only: it never leaves {@link JavaWinInet}, so it carries no stack trace.
 */
public final class Win32Failure extends Exception {
    private static final long serialVersionUID = 1L;

    /** The Win32 error code. */
    public final int code;

    public Win32Failure(int code) {
        this(code, null);
    }

    public Win32Failure(int code, Throwable cause) {
        super("Win32 error " + code, cause, false, false);
        this.code = code;
    }
}
