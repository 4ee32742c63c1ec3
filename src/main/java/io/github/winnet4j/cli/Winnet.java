package io.github.winnet4j.cli;

import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.backends.BackendUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code winnet} command: HTTP requests, URL functions and a guided demo through WinINet (or
 * the pure-Java backend) from the command line. {@link #run(Io, String...)} is the whole program
 * minus {@code System.exit}, so tests drive exactly what users run.
 */
@Command(name = "winnet", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "HTTP through the Windows networking stack (or its pure-Java twin).",
        subcommands = {GetCommand.class, HeadCommand.class, PostCommand.class, PutCommand.class,
            DeleteCommand.class, ProxyCommand.class, FtpCommand.class, UrlCommand.class, DemoCommand.class})
public final class Winnet implements Runnable, UsesIo {
    private Io io;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with the process's streams and returns the exit code. */
    public static int run(String... args) {
        return run(Io.system(), args);
    }

    /** Runs the command line with the given streams and terminal and returns the exit code. */
    static int run(Io io, String... args) {
        CommandLine cli = commandLine(io);
        int code = cli.execute(args);
        io.out().flush();
        io.err().flush();
        return code;
    }

    /** The configured command tree (also used to print help). */
    static CommandLine commandLine(Io io) {
        CommandLine cli = new CommandLine(Winnet.class, new CommandFactory(io));
        cli.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, line, parsed) -> report(io, e));
        cli.setExpandAtFiles(false); // -d @FILE is a body, not a picocli argument file
        // Colours only for a person at a terminal; picocli's own guess sees a console under Wine
        // even when the output is captured.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                io.terminal().interactive() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        addFooter(cli);
        return cli;
    }

    private static void addFooter(CommandLine cli) {
        if (!cli.getCommandSpec().usageMessage().hidden()) {
            cli.getCommandSpec().usageMessage().footer(String.join("%n", ExitCodes.HELP));
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            addFooter(sub);
        }
    }

    /** Says what went wrong on standard error and gives the exit code for it. */
    static int report(Io io, Exception e) {
        int code;
        if (e instanceof CliFailure f) {
            code = f.exitCode();
        } else if (e instanceof WinInetException w) {
            code = Outcomes.exitCode(w);
        } else if (e instanceof WinHttpException w) {
            code = Outcomes.exitCode(w);
        } else if (e instanceof IllegalArgumentException || e instanceof BackendUnavailableException) {
            code = ExitCodes.USAGE;
        } else if (e instanceof IOException || e instanceof IllegalStateException) {
            code = ExitCodes.OTHER;
        } else {
            io.err().println("winnet: unexpected failure");
            e.printStackTrace(io.err());
            return ExitCodes.OTHER;
        }
        io.err().println("winnet: " + e.getMessage());
        return code;
    }

    @Override
    public void io(Io io) {
        this.io = io;
    }

    @Override
    public void run() {
        commandLine(io).usage(io.out());
    }
}
