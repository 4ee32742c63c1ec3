package io.github.winnet4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code winnet put URL}: PUT a body (-d DATA|@FILE) to a URL and write the response body. */
@Command(name = "put", mixinStandardHelpOptions = true, sortOptions = false,
        description = "PUT a body (-d DATA|@FILE) to a URL and write the response body.")
final class PutCommand extends HttpCommand {
    @Mixin
    BodyOption body;

    @Override
    String verb() {
        return "PUT";
    }

    @Override
    RequestBodySource body() {
        return body.source();
    }
}
