package io.github.winnet4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code winnet ftp}: FTP through WinINet (FtpSession): listings, transfers and commands. */
@Command(name = "ftp", mixinStandardHelpOptions = true,
        description = {"FTP through WinINet: ls, get, put, rm, mv, mkdir, rmdir, pwd, cmd.",
            "URLs are ftp://[user[:password]@]host[:port]/path; the path is relative to the login directory"
                + " (%%2F at its start makes it absolute), as in curl."},
        subcommands = {FtpLsCommand.class, FtpGetCommand.class, FtpPutCommand.class, FtpRmCommand.class,
            FtpMvCommand.class, FtpMkdirCommand.class, FtpRmdirCommand.class, FtpPwdCommand.class,
            FtpCmdCommand.class})
final class FtpCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
