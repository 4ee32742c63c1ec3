package io.github.winnet4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A request body from {@code -d}: literal text, or a file that is streamed with its length declared
 * up front (so it can be sent again after a 307/308 redirect).
 */
abstract sealed class RequestBodySource {

    static RequestBodySource parse(String data) {
        if (data.startsWith("@")) {
            return new FromFile(Path.of(data.substring(1)));
        }
        return new Literal(data.getBytes(StandardCharsets.UTF_8));
    }

    /** The number of bytes that will be sent. */
    abstract long length();

    /** What -v says about the body. */
    abstract String describe();

    /** The literal bytes, or {@code null} for a file. */
    abstract byte[] bytes();

    /** Opens the file for one send. */
    abstract InputStream open();

    /** Text given on the command line. */
    static final class Literal extends RequestBodySource {
        private final byte[] bytes;

        Literal(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        long length() {
            return bytes.length;
        }

        @Override
        String describe() {
            return bytes.length + " bytes from the command line";
        }

        @Override
        byte[] bytes() {
            return bytes;
        }

        @Override
        InputStream open() {
            throw new UnsupportedOperationException("a literal body is sent as bytes");
        }
    }

    /** A file, read as it is. Missing or unreadable files fail with exit code 26. */
    static final class FromFile extends RequestBodySource {
        private final Path path;
        private final long length;

        FromFile(Path path) {
            this.path = path;
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new CliFailure(ExitCodes.READ_ERROR, "cannot read " + path + " for -d: "
                        + (Files.exists(path) ? "not a readable file" : "no such file"));
            }
            try {
                this.length = Files.size(path);
            } catch (IOException e) {
                throw new CliFailure(ExitCodes.READ_ERROR, "cannot read the size of " + path + ": " + e.getMessage(), e);
            }
        }

        @Override
        long length() {
            return length;
        }

        @Override
        String describe() {
            return length + " bytes streamed from " + path;
        }

        @Override
        byte[] bytes() {
            return null;
        }

        @Override
        InputStream open() {
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new CliFailure(ExitCodes.READ_ERROR, "cannot open " + path + ": " + e.getMessage(), e);
            }
        }
    }
}
