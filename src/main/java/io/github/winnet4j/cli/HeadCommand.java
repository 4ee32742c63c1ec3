package io.github.winnet4j.cli;

import picocli.CommandLine.Command;

/** {@code winnet head URL}: HEAD a URL and write the status line and response headers to stdout. */
@Command(name = "head", mixinStandardHelpOptions = true, sortOptions = false,
        description = "HEAD a URL and write the status line and response headers to stdout.")
final class HeadCommand extends HttpCommand {
    @Override
    String verb() {
        return "HEAD";
    }
}
