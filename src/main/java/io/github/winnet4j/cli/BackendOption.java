package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.Backends;
import picocli.CommandLine.Option;

/** {@code --backend auto|native|java}: which implementation of the Windows interfaces to use. */
final class BackendOption {
    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "auto",
            description = "auto (native on Windows, java elsewhere), native or java. Default: ${DEFAULT-VALUE}.")
    String name = "auto";

    /** The chosen backend; fails with the reason when a named one cannot load. */
    Backend backend() {
        return name.equalsIgnoreCase("auto") ? Backends.defaultBackend() : Backends.byName(name);
    }
}
