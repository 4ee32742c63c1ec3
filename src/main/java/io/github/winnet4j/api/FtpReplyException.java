package io.github.winnet4j.api;

import io.github.winnet4j.marshal.Win32Error;

/**
 * An FTP server refused a command: WinINet's ERROR_INTERNET_EXTENDED_ERROR, with the server's
 * reply (read with InternetGetLastResponseInfoW on the failing thread, right after the failure).
 *
 * <pre>{@code
 * try (FtpSession ftp = session.connectFtp("127.0.0.1", 21)) {
 *     ftp.delete("/pub/missing.txt");
 * } catch (FtpReplyException e) {
 *     if (e.replyCode() == 550) { log.info("nothing to delete: {}", e.serverText()); }
 * }
 * }</pre>
 *
 * <p>Not every FTP failure is a reply: a wrong password is ERROR_INTERNET_LOGIN_FAILURE, a lost
 * connection ERROR_INTERNET_CONNECTION_ABORTED and so on; those are plain {@link WinInetException}s.
 */
public final class FtpReplyException extends WinInetException {
    private static final long serialVersionUID = 1L;

    private final int replyCode;

    /** An exception for a captured ERROR_INTERNET_EXTENDED_ERROR failure. */
    public FtpReplyException(Win32Error error, String context) {
        super(error, context);
        this.replyCode = replyCode(error.serverText(), error.serverCode());
    }

    /**
     * The server's three-digit reply code (e.g. 550), from the last line of its reply; 0 when the
     * text carries none.
     */
    public int replyCode() {
        return replyCode;
    }

    /** Whether the reply is a permanent negative one (5xx): retrying the same command will not help. */
    public boolean isPermanent() {
        return replyCode >= 500 && replyCode < 600;
    }

    /**
     * The reply code of an FTP reply text: the last line that starts with three digits and a space
     * (a multi-line reply ends so), else the first line with three digits; else {@code fallback}
     * when it is a reply code; else 0.
     */
    static int replyCode(String text, int fallback) {
        int found = 0;
        if (text != null) {
            String[] lines = text.split("\r\n|\n|\r", 200);
            for (String line : lines) {
                String l = line.strip();
                if (l.length() >= 3 && Character.isDigit(l.charAt(0)) && Character.isDigit(l.charAt(1))
                        && Character.isDigit(l.charAt(2)) && (l.length() == 3 || !Character.isDigit(l.charAt(3)))) {
                    int code = Integer.parseInt(l.substring(0, 3));
                    if (found == 0 || l.length() == 3 || l.charAt(3) == ' ') {
                        found = code;
                    }
                }
            }
        }
        if (found == 0 && fallback >= 100 && fallback <= 599) {
            found = fallback;
        }
        return found;
    }
}
