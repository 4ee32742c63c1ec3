package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code winnet ftp pwd URL}: Print the working directory after login (after changing to the URL's path, if any). */
@Command(name = "pwd", mixinStandardHelpOptions = true, description = "Print the working directory after login (after changing to the URL's path, if any).")
final class FtpPwdCommand extends FtpSubcommand {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Override
    String url() {
        return url;
    }

    @Override
    int run(FtpSession ftp, FtpTarget target) throws Exception {
        if (!target.path().isEmpty()) {
            ftp.changeDirectory(target.path());
        }
        io.out().println(Printable.of(ftp.currentDirectory()));
        return ExitCodes.OK;
    }
}
