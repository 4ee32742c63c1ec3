package io.github.winnet4j.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/** The connect and send/receive timeouts that the HTTP and FTP commands take alike. */
final class TimeoutOptions {
    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for a connection. Default: ${DEFAULT-VALUE}.")
    double connectTimeout = 30;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long a send or a wait for data may block. Default: ${DEFAULT-VALUE}.")
    double timeout = 60;

    /** --connect-timeout. */
    Duration connect() {
        return ConnectionOptions.seconds(connectTimeout, "--connect-timeout");
    }

    /** --timeout. */
    Duration io() {
        return ConnectionOptions.seconds(timeout, "--timeout");
    }
}
