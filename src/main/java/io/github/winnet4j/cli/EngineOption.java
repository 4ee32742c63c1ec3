package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code --engine wininet|winhttp}: which Windows HTTP stack carries the transfer. */
final class EngineOption {
    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "wininet",
            description = "wininet (the stack of Internet Options) or winhttp (the stack of services)."
                    + " Default: ${DEFAULT-VALUE}.")
    String name = "wininet";

    /** Opens a session of the chosen engine with the connection options. */
    Engine open(Backend backend, ConnectionOptions connection, String agent) throws java.io.IOException {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "wininet" -> WinInetEngine.open(backend, connection, agent);
            case "winhttp" -> WinHttpEngine.open(backend, connection, agent);
            default -> throw new IllegalArgumentException("--engine '" + name + "' is unknown; wininet or winhttp");
        };
    }
}
