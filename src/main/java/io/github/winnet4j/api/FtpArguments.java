package io.github.winnet4j.api;

/**
 * Checks on remote paths and commands before they reach native code: WinINet writes them into
 * the FTP control connection, where CR or LF would end the command and start another one.
 */
final class FtpArguments {
    private FtpArguments() {
    }

    /** A remote path or command: not null, not empty, no NUL, CR or LF. */
    static String remote(String value, String argument) {
        if (value == null) {
            throw new IllegalArgumentException(argument + " is null");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException(argument + " is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new IllegalArgumentException(argument + " contains a NUL character at index " + i
                        + "; native code would cut the string there");
            }
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException(argument + " contains " + (c == '\r' ? "CR" : "LF")
                        + " at index " + i + "; it would end the FTP command early (command injection)");
            }
        }
        return value;
    }
}
