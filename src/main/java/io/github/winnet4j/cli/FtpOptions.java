package io.github.winnet4j.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How to reach and log in to an FTP server. */
final class FtpOptions {
    @Option(names = {"-u", "--user"}, paramLabel = "USER[:PASSWORD]",
            description = "Log in as USER (default: the URL's user, else anonymous). Without :PASSWORD the password"
                    + " is read from the console without echo.")
    String user;

    @Option(names = "--active", description = "Active mode (PORT): the server connects back. Default: passive.")
    boolean active;

    @Option(names = "--ascii", description = "ASCII transfer type (line ends converted). Default: binary.")
    boolean ascii;

    @Mixin
    TimeoutOptions timeouts;

    @Option(names = "--progress", negatable = true,
            description = "Show (or never show) transfer progress on stderr. Default: when a console is attached"
                    + " and the data is not written to it.")
    Boolean progress;
}
