package io.github.winnet4j.cli;

import picocli.CommandLine.Option;

/** {@code -d DATA|@FILE}: the request body. */
final class BodyOption {
    @Option(names = {"-d", "--data"}, paramLabel = "DATA|@FILE",
            description = "The request body: DATA as UTF-8, or the bytes of FILE as they are, streamed with its"
                    + " length declared up front. Without -H 'Content-Type: ...' it is sent as"
                    + " application/x-www-form-urlencoded, like curl.")
    String data;

    /** The body, or {@code null} when there is none. */
    RequestBodySource source() {
        return data == null ? null : RequestBodySource.parse(data);
    }
}
