package io.github.winnet4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code winnet} command: HTTP requests through WinINet (or the pure-Java backend) from the
 * command line.
 */
@Command(name = "winnet", mixinStandardHelpOptions = true, version = "winnet 0.1.0",
        description = "HTTP through the Windows networking stack (or its pure-Java twin).",
        subcommands = {GetCommand.class, DemoCommand.class})
public final class Winnet implements Runnable {

    /** Exit codes by error class. */
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    static final int EXIT_NAME = 6;
    static final int EXIT_CONNECT = 7;
    static final int EXIT_TIMEOUT = 28;
    static final int EXIT_TLS = 35;
    static final int EXIT_HTTP_ERROR = 22;
    static final int EXIT_OTHER = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Winnet()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
