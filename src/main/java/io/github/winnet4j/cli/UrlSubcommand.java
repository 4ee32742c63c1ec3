package io.github.winnet4j.cli;

import io.github.winnet4j.api.WinUrls;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** What the {@code url} subcommands share: the ICU_* flags, the backend, and one call printed to stdout. */
abstract class UrlSubcommand implements Callable<Integer>, UsesIo {
    @Mixin
    UrlFlags flags;

    @Mixin
    BackendOption backend;

    private Io io;

    /** Calls the URL function with the chosen flags and prints its answer. */
    abstract void print(WinUrls urls, int flags, PrintStream out) throws Exception;

    @Override
    public void io(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        print(WinUrls.of(backend.backend()), flags.value(), io.out());
        return ExitCodes.OK;
    }
}
