package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.api.ErrorCategory;
import io.github.winnet4j.marshal.Win32Error;

import java.io.IOException;

/**
 * A WinHTTP call failed: the Win32 error code, its WinHTTP name (ERROR_WINHTTP_TIMEOUT), the text
 * of winhttp.dll's message table (the project's own text on the java backend) and the entry point
 * that failed. The twin of {@link io.github.winnet4j.api.WinInetException}; the two are separate
 * because WinHTTP's 12xxx codes overlap WinINet's with other meanings.
 *
 * <pre>{@code
 * try (WinHttpSession session = WinHttpSession.builder().open();
 *      WinHttpConnection server = session.connect("127.0.0.1", 8080, false);
 *      WinHttpRequest request = server.request("GET", "/").open()) {
 *     request.send();
 *     request.receive();
 * } catch (WinHttpException e) {
 *     if (e.category() == ErrorCategory.TIMEOUT) { retryLater(); }
 *     log.warn("{} failed: {} ({})", e.call(), e.errorName(), e.errorCode());
 * }
 * }</pre>
 *
 * <p>HTTP 4xx and 5xx answers are not exceptions: they are responses.
 */
public class WinHttpException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int errorCode;
    private final String errorName;
    private final String call;

    /**
     * @param call      the entry point that failed, e.g. {@code WinHttpSendRequest}
     * @param errorCode the Win32 error code
     * @param errorName its symbolic name
     * @param text      the message text for the code
     * @param context   what the caller was doing (a URL, a handle), or {@code null}
     */
    public WinHttpException(String call, int errorCode, String errorName, String text, String context) {
        super(new Win32Error(call, errorCode, errorName, text, null, 0).describe(context));
        this.errorCode = errorCode;
        this.errorName = errorName;
        this.call = call;
    }

    /** The Win32 error code, e.g. 12002. */
    public int errorCode() {
        return errorCode;
    }

    /** The symbolic name of the code, e.g. {@code ERROR_WINHTTP_TIMEOUT}. */
    public String errorName() {
        return errorName;
    }

    /** The entry point that failed, e.g. {@code WinHttpReceiveResponse}. */
    public String call() {
        return call;
    }

    /** What kind of failure this is ({@link ErrorCategory#ofWinHttp(int)}). */
    public ErrorCategory category() {
        return ErrorCategory.ofWinHttp(errorCode);
    }
}
