package io.github.winnet4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code winnet url}: Windows' URL functions (crack, create, canonicalize, combine) from the command line. */
@Command(name = "url", mixinStandardHelpOptions = true,
        description = "Windows' URL functions: crack, create, canonicalize, combine (InternetCrackUrlW & co).",
        subcommands = {UrlCrackCommand.class, UrlCreateCommand.class, UrlCanonicalizeCommand.class,
            UrlCombineCommand.class})
final class UrlCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
