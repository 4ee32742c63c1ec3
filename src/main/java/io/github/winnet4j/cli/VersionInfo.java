package io.github.winnet4j.cli;

import io.github.winnet4j.backends.BackendProvider;
import io.github.winnet4j.backends.Backends;
import picocli.CommandLine.IVersionProvider;

import java.util.ArrayList;
import java.util.List;

/** {@code --version}: the version, the Java runtime and which backends can load here (and why not). */
final class VersionInfo implements IVersionProvider {
    static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("winnet " + VERSION + " (winnet4j)");
        lines.add("Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch"));
        for (BackendProvider p : Backends.providers()) {
            lines.add("backend " + p.name() + ": " + p.unavailableReason().map(r -> "unavailable (" + r + ")")
                    .orElse("available"));
        }
        return lines.toArray(String[]::new);
    }
}
