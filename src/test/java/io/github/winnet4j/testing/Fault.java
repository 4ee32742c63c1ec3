package io.github.winnet4j.testing;

/**
 * What {@link FaultInjectingBackend} makes a failing raw call report: the last-error code and, for
 * ERROR_INTERNET_EXTENDED_ERROR, the server's reply that InternetGetLastResponseInfoW then gives.
 *
 * @param code       the Win32 error code the call's thread reads as its last error
 * @param serverText the reply text for ERROR_INTERNET_EXTENDED_ERROR (e.g. {@code "550 No such file."}),
 *                   or {@code null}
 */
public record Fault(int code, String serverText) {

    /** A failure with a code and no server text. */
    public static Fault of(int code) {
        return new Fault(code, null);
    }

    /** ERROR_INTERNET_EXTENDED_ERROR with the server's reply. */
    public static Fault reply(String serverText) {
        return new Fault(io.github.winnet4j.raw.WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR, serverText);
    }
}
