package io.github.winnet4j.marshal;

/**
 * A failed raw call, as captured on the calling thread right after it returned.
 *
 * @param call       the entry point that failed, e.g. {@code HttpSendRequestW}
 * @param code       the Win32 error code (GetLastError)
 * @param name       the code's symbolic name, e.g. {@code ERROR_INTERNET_NAME_NOT_RESOLVED}
 * @param message    the message text for the code (never null)
 * @param serverText for ERROR_INTERNET_EXTENDED_ERROR, the server's text from
 *                   InternetGetLastResponseInfoW; otherwise {@code null}
 * @param serverCode for ERROR_INTERNET_EXTENDED_ERROR, the error number that call returned
 *                   (an FTP reply code, for instance); otherwise 0
 */
public record Win32Error(String call, int code, String name, String message, String serverText,
                         int serverCode) {
    /**
     * The exception message of both error families: the call, what the caller was doing (when
     * {@code context} is not {@code null}), the name, the code, the text, and the server's text
     * where there is one.
     */
    public String describe(String context) {
        StringBuilder sb = new StringBuilder();
        sb.append(call).append(" failed");
        if (context != null) {
            sb.append(" (").append(context).append(')');
        }
        sb.append(": ").append(name).append(" (").append(code).append("): ").append(message);
        if (serverText != null) {
            sb.append(" Server said: ").append(serverText);
        }
        return sb.toString();
    }
}
