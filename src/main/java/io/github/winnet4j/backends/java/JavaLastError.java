package io.github.winnet4j.backends.java;

/**
 * The java backend's per-thread last error, the counterpart of Win32's SetLastError/GetLastError.
 * Every raw method of the java backend sets it before returning failure (and may leave it alone on
 * success, as Windows does).
 */
public final class JavaLastError {
    private static final ThreadLocal<int[]> LAST = ThreadLocal.withInitial(() -> new int[1]);

    private JavaLastError() {
    }

    /** Sets the calling thread's last error. */
    public static void set(int code) {
        LAST.get()[0] = code;
    }

    /** The calling thread's last error. */
    public static int get() {
        return LAST.get()[0];
    }

    /** Sets the last error and returns {@code false}, for {@code return fail(code);} in BOOL methods. */
    public static boolean fail(int code) {
        set(code);
        return false;
    }
}
