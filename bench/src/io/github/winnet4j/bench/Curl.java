package io.github.winnet4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs curl as the reference client; every run has a deadline so a stuck transfer cannot hang the run. */
final class Curl {
    private static final long TIMEOUT_SECONDS = 600;

    private Curl() {
    }

    static void run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-S", "--fail", "--max-time",
                Long.toString(TIMEOUT_SECONDS)));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(TIMEOUT_SECONDS + 30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("curl did not finish: " + command);
        }
        if (p.exitValue() != 0) {
            throw new IOException("curl exited " + p.exitValue() + ": " + command);
        }
    }

    /** A curl config fetching {@code url} {@code count} times over one connection, bodies to /dev/null. */
    static Path manyGets(Path dir, String url, int count) throws IOException {
        Path config = dir.resolve("curl-" + count + ".cfg");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("url = \"").append(url).append("\"\noutput = \"/dev/null\"\n");
        }
        Files.writeString(config, text);
        return config;
    }
}
