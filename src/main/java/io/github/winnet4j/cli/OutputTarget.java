package io.github.winnet4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a body goes: standard output, or a file that appears only when the transfer is complete.
 * A file is written beside its destination under a temporary name and moved into place by
 * {@link #commit()}; {@link #close()} without a commit deletes it, so a failed transfer leaves no
 * partial file (and an existing file keeps its old content).
 */
final class OutputTarget implements AutoCloseable {
    private final PrintStream stdout;
    private final Path destination;
    private Path temporary;
    private OutputStream stream;
    private boolean committed;

    private OutputTarget(PrintStream stdout, Path destination) {
        this.stdout = stdout;
        this.destination = destination;
    }

    static OutputTarget of(Io io, Path file) {
        return new OutputTarget(io.out(), file);
    }

    /** The stream to write to (the temporary file is created on first use). */
    OutputStream stream() {
        if (destination == null) {
            return stdout;
        }
        if (stream == null) {
            try {
                Path dir = destination.toAbsolutePath().getParent();
                temporary = Files.createTempFile(dir, "." + destination.getFileName() + ".", ".part");
                stream = Files.newOutputStream(temporary);
            } catch (IOException e) {
                throw writeFailure(e);
            }
        }
        return stream;
    }

    /** Writes bytes, reporting a local write failure as exit code 23 (not as a network failure). */
    void write(byte[] b, int off, int len) {
        try {
            stream().write(b, off, len);
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    /** Flushes standard output, or moves the complete file into place. */
    void commit() {
        try {
            if (destination == null) {
                stdout.flush();
                return;
            }
            stream();
            stream.close();
            try {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    private CliFailure writeFailure(IOException e) {
        return new CliFailure(ExitCodes.WRITE_ERROR, "cannot write " + (destination == null ? "standard output"
                : destination) + ": " + e.getMessage(), e);
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (temporary == null || committed) {
            return;
        }
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (IOException ignored) {
            // deleting it is what matters
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // nothing more to do; the name says it is partial
        }
    }
}
