package io.github.winnet4j.api;

import io.github.winnet4j.marshal.Win32Error;

import java.io.IOException;

/**
 * A WinINet call failed. Carries the Win32 error code, its symbolic name, the message text, the
 * entry point that failed and, for ERROR_INTERNET_EXTENDED_ERROR, the server's own text.
 *
 * <pre>{@code
 * try (HttpRequest request = connection.openRequest("GET", "/")) {
 *     request.send();
 * } catch (WinInetException e) {
 *     if (e.category() == ErrorCategory.TIMEOUT) { retryLater(); }
 *     log.warn("{} failed: {} ({})", e.call(), e.errorName(), e.errorCode());
 * }
 * }</pre>
 *
 * <p>HTTP 4xx and 5xx answers are not exceptions: they are responses, read from {@link HttpRequest}.
 */
public class WinInetException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int errorCode;
    private final String errorName;
    private final String call;
    private final String serverText;
    private final int serverCode;

    /** An exception for a captured failure. */
    public WinInetException(Win32Error error) {
        this(error, null);
    }

    /** An exception for a captured failure, with what the caller was doing (e.g. the URL). */
    public WinInetException(Win32Error error, String context) {
        super(error.describe(context));
        this.errorCode = error.code();
        this.errorName = error.name();
        this.call = error.call();
        this.serverText = error.serverText();
        this.serverCode = error.serverCode();
    }

    /** The Win32 error code, e.g. 12007. */
    public int errorCode() {
        return errorCode;
    }

    /** The symbolic name of the code, e.g. {@code ERROR_INTERNET_NAME_NOT_RESOLVED}. */
    public String errorName() {
        return errorName;
    }

    /** The entry point that failed, e.g. {@code HttpSendRequestW}. */
    public String call() {
        return call;
    }

    /** The server's text for ERROR_INTERNET_EXTENDED_ERROR (an FTP reply), or {@code null}. */
    public String serverText() {
        return serverText;
    }

    /** The number InternetGetLastResponseInfoW gave with the server's text, or 0. */
    public int serverCode() {
        return serverCode;
    }

    /** What kind of failure this is. */
    public ErrorCategory category() {
        return ErrorCategory.of(errorCode);
    }
}
