package io.github.winnet4j.api;

import java.io.IOException;

/**
 * A remote file name cannot be used as a local file name: it would leave the target directory
 * ({@code ../x}, {@code /etc/passwd}, {@code C:x}, {@code a/b}) or name something other than a
 * plain file (control characters, device names). Servers choose these names, so a hostile server
 * can send them; the download helpers refuse them instead of writing anywhere.
 */
public final class UnsafeFileNameException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String name;

    UnsafeFileNameException(String name, String reason) {
        super("refused the remote file name " + printable(name) + ": " + reason);
        this.name = name;
    }

    /** The name as the server sent it. */
    public String name() {
        return name;
    }

    /** The name with control characters shown as {@code \\uXXXX}, safe to print or log. */
    static String printable(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < name.length() && i < 300; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(name.length() > 300 ? "…\"" : "\"").toString();
    }
}
