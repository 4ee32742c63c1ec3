package io.github.winnet4j.cli;

import io.github.winnet4j.api.WinUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;

/** {@code winnet url combine BASE RELATIVE}: InternetCombineUrlW. */
@Command(name = "combine", mixinStandardHelpOptions = true,
        description = "Resolve RELATIVE against BASE as InternetCombineUrlW does.")
final class UrlCombineCommand extends UrlSubcommand {
    @Parameters(index = "0", paramLabel = "BASE")
    String base;

    @Parameters(index = "1", paramLabel = "RELATIVE")
    String relative;

    @Override
    void print(WinUrls urls, int flags, PrintStream out) throws Exception {
        out.println(urls.combine(base, relative, flags));
    }
}
