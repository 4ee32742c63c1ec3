package io.github.winnet4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code winnet post URL}: POST a body (-d DATA|@FILE) to a URL and write the response body. */
@Command(name = "post", mixinStandardHelpOptions = true, sortOptions = false,
        description = "POST a body (-d DATA|@FILE) to a URL and write the response body.")
final class PostCommand extends HttpCommand {
    @Mixin
    BodyOption body;

    @Override
    String verb() {
        return "POST";
    }

    @Override
    RequestBodySource body() {
        return body.source();
    }
}
