package io.github.winnet4j.cli;

import java.io.PrintStream;

/**
 * {@code -v}: the request as far as the command knows it ({@code >} lines; WinINet may add
 * headers of its own, such as cookies, Authorization after a challenge, Connection), the response
 * status line and headers as the server sent them ({@code <} lines), and notes ({@code *} lines),
 * all on standard error.
 */
final class Verbose {
    private final PrintStream err;
    private final boolean on;

    Verbose(PrintStream err, boolean on) {
        this.err = err;
        this.on = on;
    }

    void note(String text) {
        if (on) {
            err.println("* " + text);
        }
    }

    void sent(String line) {
        if (on) {
            err.println(line.isEmpty() ? ">" : "> " + line);
        }
    }

    /** The response's raw header block (status line first, CR LF separated). */
    void received(String rawHeaders) {
        if (!on) {
            return;
        }
        for (String line : rawHeaders.split("\r\n", -1)) {
            if (!line.isEmpty()) {
                err.println("< " + line);
            }
        }
        err.println("<");
    }
}
