package io.github.winnet4j.cli;

import io.github.winnet4j.api.UrlParts;
import io.github.winnet4j.api.WinUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code winnet url crack URL}: each part InternetCrackUrlW finds, one per line; the password redacted. */
@Command(name = "crack", mixinStandardHelpOptions = true,
        description = "Split a URL as InternetCrackUrlW does and print each part. The password is shown as ***"
                + " unless --show-password is given.")
final class UrlCrackCommand implements Callable<Integer>, UsesIo {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Option(names = "--show-password", description = "Print the password instead of ***.")
    boolean showPassword;

    @Mixin
    UrlFlags flags;

    @Mixin
    BackendOption backend;

    private Io io;

    @Override
    public void io(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        UrlParts p = WinUrls.of(backend.backend()).crack(url, flags.value());
        String password = p.password().isEmpty() || showPassword ? p.password() : "*** (--show-password shows it)";
        io.out().println("scheme:   " + p.scheme() + " (" + Schemes.name(p.schemeType()) + ")");
        io.out().println("host:     " + p.host());
        io.out().println("port:     " + p.port());
        io.out().println("user:     " + p.user());
        io.out().println("password: " + password);
        io.out().println("path:     " + p.path());
        io.out().println("extra:    " + p.extra());
        return ExitCodes.OK;
    }
}
