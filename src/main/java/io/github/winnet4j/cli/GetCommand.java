package io.github.winnet4j.cli;

import picocli.CommandLine.Command;

/** {@code winnet get URL}: GET a URL and write the body to stdout (or -o FILE). */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
        description = "GET a URL and write the body to stdout (or -o FILE).")
final class GetCommand extends HttpCommand {
    @Override
    String verb() {
        return "GET";
    }
}
