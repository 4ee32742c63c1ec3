package io.github.winnet4j.cli;

import io.github.winnet4j.api.WinUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;

/** {@code winnet url canonicalize URL}: InternetCanonicalizeUrlW. */
@Command(name = "canonicalize", mixinStandardHelpOptions = true,
        description = "Canonicalize a URL as InternetCanonicalizeUrlW does (by default: escape unsafe characters,"
                + " resolve . and .. segments).")
final class UrlCanonicalizeCommand extends UrlSubcommand {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Override
    void print(WinUrls urls, int flags, PrintStream out) throws Exception {
        out.println(urls.canonicalize(url, flags));
    }
}
