package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import io.github.winnet4j.api.FtpSessionBuilder;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.TransferType;
import io.github.winnet4j.api.WinUrls;
import io.github.winnet4j.backends.Backend;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** What the {@code ftp} subcommands share: the options, the login, and one session per run. */
abstract class FtpSubcommand implements Callable<Integer>, UsesIo {
    @Mixin
    BackendOption backend;

    @Mixin
    FtpOptions options;

    Io io;

    /** The ftp:// URL argument. */
    abstract String url();

    /** The work, on a logged-in session. */
    abstract int run(FtpSession ftp, FtpTarget target) throws Exception;

    @Override
    public void io(Io io) {
        this.io = io;
    }

    /** The URL's path, which this command needs. */
    String required(FtpTarget target) {
        if (target.path().isEmpty()) {
            throw new IllegalArgumentException("'" + url() + "' has no path; this command needs one");
        }
        return target.path();
    }

    TransferType type() {
        return options.ascii ? TransferType.ASCII : TransferType.BINARY;
    }

    @Override
    public Integer call() throws Exception {
        Backend b = backend.backend();
        FtpTarget target = FtpTarget.of(WinUrls.of(b), url());
        Target forCredentials = new Target(url(), false, target.host(), target.port(), "", target.user(),
                target.password());
        Credentials credentials = Credentials.resolve(options.user, forCredentials, io.terminal());
        // FTP goes straight to the server: WinINet reaches FTP only through CERN-style proxies.
        try (InternetSession session = InternetSession.builder().backend(b).agent("winnet/" + VersionInfo.VERSION)
                .direct().connectTimeout(options.timeouts.connect())
                .sendTimeout(options.timeouts.io()).receiveTimeout(options.timeouts.io()).open()) {
            FtpSessionBuilder builder = session.ftp(target.host()).port(target.port()).passive(!options.active);
            if (credentials != null) {
                builder.user(credentials.user()).password(credentials.password());
            }
            try (FtpSession ftp = builder.open()) {
                return run(ftp, target);
            }
        }
    }
}
