package io.github.winnet4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code winnet delete URL}: DELETE a URL (optionally with a body, -d) and write the response body. */
@Command(name = "delete", mixinStandardHelpOptions = true, sortOptions = false,
        description = "DELETE a URL (optionally with a body, -d) and write the response body.")
final class DeleteCommand extends HttpCommand {
    @Mixin
    BodyOption body;

    @Override
    String verb() {
        return "DELETE";
    }

    @Override
    RequestBodySource body() {
        return body.source();
    }
}
