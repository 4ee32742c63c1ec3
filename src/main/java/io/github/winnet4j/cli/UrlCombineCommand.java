package io.github.winnet4j.cli;

import io.github.winnet4j.api.WinUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code winnet url combine BASE RELATIVE}: InternetCombineUrlW. */
@Command(name = "combine", mixinStandardHelpOptions = true,
        description = "Resolve RELATIVE against BASE as InternetCombineUrlW does.")
final class UrlCombineCommand implements Callable<Integer>, UsesIo {
    @Parameters(index = "0", paramLabel = "BASE")
    String base;

    @Parameters(index = "1", paramLabel = "RELATIVE")
    String relative;

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
        io.out().println(WinUrls.of(backend.backend()).combine(base, relative, flags.value()));
        return ExitCodes.OK;
    }
}
