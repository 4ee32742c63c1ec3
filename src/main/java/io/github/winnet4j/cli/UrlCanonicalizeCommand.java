package io.github.winnet4j.cli;

import io.github.winnet4j.api.WinUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code winnet url canonicalize URL}: InternetCanonicalizeUrlW. */
@Command(name = "canonicalize", mixinStandardHelpOptions = true,
        description = "Canonicalize a URL as InternetCanonicalizeUrlW does (by default: escape unsafe characters,"
                + " resolve . and .. segments).")
final class UrlCanonicalizeCommand implements Callable<Integer>, UsesIo {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

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
        io.out().println(WinUrls.of(backend.backend()).canonicalize(url, flags.value()));
        return ExitCodes.OK;
    }
}
