package io.github.winnet4j.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code --help} on every command (with the exit code table), {@code --version}, and bare {@code winnet}. */
class HelpTest {

    private static void collect(CommandLine cli, List<String> prefix, List<List<String>> into) {
        for (var e : cli.getSubcommands().entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            into.add(path);
            collect(e.getValue(), path, into);
        }
    }

    @Test
    void everyCommandHasHelpWithTheExitCodes() {
        Io io = new Io(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                Terminal.none());
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of());
        collect(Winnet.commandLine(io), List.of(), commands);
        assertTrue(commands.size() >= 12, "commands: " + commands);
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), command + ": " + r);
            assertTrue(r.out().startsWith("Usage: winnet"), command + ": " + r.out());
            assertTrue(r.out().contains("  47  more redirects than --max-redirs"), command + ": " + r.out());
        }
    }

    @Test
    void versionNamesTheBackends() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("winnet " + VersionInfo.VERSION), r.out());
        assertTrue(r.out().contains("backend java: available"), r.out());
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        Cli.Result r = Cli.run();
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Commands:") && r.out().contains("get") && r.out().contains("demo"), r.out());
    }
}
