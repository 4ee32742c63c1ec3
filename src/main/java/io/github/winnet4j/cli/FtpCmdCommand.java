package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code winnet ftp cmd URL COMMAND...}: a raw command (FtpCommandW) and the server's reply. */
@Command(name = "cmd", mixinStandardHelpOptions = true,
        description = {"Send a raw FTP command after login and print the server's reply (e.g. NOOP, SYST, STAT).",
            "With --data the command answers over a data connection (e.g. NLST) and that data is printed."})
final class FtpCmdCommand extends FtpSubcommand {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND")
    List<String> command;

    @Option(names = "--data", description = "The command opens a data connection; print its data.")
    boolean data;

    @Override
    String url() {
        return url;
    }

    @Override
    int run(FtpSession ftp, FtpTarget target) throws Exception {
        if (!target.path().isEmpty()) {
            ftp.changeDirectory(target.path());
        }
        String line = String.join(" ", command);
        if (data) {
            try (InputStream in = ftp.commandWithData(line)) {
                io.out().print(Printable.lines(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } else {
            io.out().println(Printable.lines(ftp.command(line).strip()));
        }
        return ExitCodes.OK;
    }
}
