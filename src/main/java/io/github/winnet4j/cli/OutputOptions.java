package io.github.winnet4j.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the response goes and how much is said about it. */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the body to FILE instead of stdout. On failure no partial FILE is left.")
    Path file;

    @Option(names = {"-i", "--include"}, description = "Write the status line and response headers before the body.")
    boolean include;

    @Option(names = {"-v", "--verbose"},
            description = "Show the request as far as it is known and the response status line and headers on stderr.")
    boolean verbose;

    @Option(names = {"-f", "--fail"},
            description = "On HTTP status 400 or above write no body and exit 22.")
    boolean fail;

    @Option(names = "--progress", negatable = true,
            description = "Show (or with --no-progress never show) transfer progress on stderr. Default: only"
                    + " when a console is attached.")
    Boolean progress;
}
