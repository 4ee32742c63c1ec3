package io.github.winnet4j.cli;

import java.io.PrintStream;

/**
 * Where a command writes and whom it may ask: standard output (bytes: bodies go there unchanged),
 * standard error (diagnostics, progress), and the terminal. Passed in so that tests run the real
 * entry point with captured streams.
 *
 * @param out      standard output
 * @param err      standard error
 * @param terminal the interactive terminal, if any
 */
record Io(PrintStream out, PrintStream err, Terminal terminal) {

    /** The process's own streams and console. */
    static Io system() {
        return new Io(System.out, System.err, Terminal.system());
    }
}
