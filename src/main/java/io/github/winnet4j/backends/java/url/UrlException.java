package io.github.winnet4j.backends.java.url;

/**
 * A URL function refused its input; carries the Win32 error code the raw adapter reports as the
 * last error (ERROR_INTERNET_INVALID_URL, ERROR_INTERNET_UNRECOGNIZED_SCHEME,
 * ERROR_INVALID_PARAMETER).
 */
public final class UrlException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int errorCode;

    /** A failure with the given Win32 error code and a description for humans. */
    public UrlException(int errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    /** The Win32 error code. */
    public int errorCode() {
        return errorCode;
    }
}
