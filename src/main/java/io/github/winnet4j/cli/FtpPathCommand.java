package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Parameters;

/** An {@code ftp} subcommand that does one thing to the path of its URL (mkdir, rm, rmdir). */
abstract class FtpPathCommand extends FtpSubcommand {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    /** The work on the URL's path, which must not be empty. */
    abstract void apply(FtpSession ftp, String path) throws Exception;

    @Override
    String url() {
        return url;
    }

    @Override
    int run(FtpSession ftp, FtpTarget target) throws Exception {
        apply(ftp, required(target));
        return ExitCodes.OK;
    }
}
