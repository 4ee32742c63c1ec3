package io.github.winnet4j.marshal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * One reused native buffer between Java byte arrays and a native read or write call
 * (InternetReadFile, InternetWriteFile, WinHttpReadData, WinHttpWriteData), so memory does not
 * grow with what is transferred. The body and FTP file streams each hold one.
 */
public final class NativeBuffer {
    /** The buffer's size: the most one call moves. */
    public static final int BYTES = 64 * 1024;

    /** One native write of up to {@code length} bytes from {@code buffer}; the number it took. */
    @FunctionalInterface
    public interface Writer {
        int write(Pointer buffer, int length) throws IOException;
    }

    /** One native read of up to {@code length} bytes into {@code buffer}; 0 at the end. */
    @FunctionalInterface
    public interface Reader {
        int read(Memory buffer, int length) throws IOException;
    }

    private final Memory memory = new Memory(BYTES);

    /**
     * Writes the first chunk (up to {@link #BYTES}) of {@code len} bytes, calling {@code writer}
     * until it has taken all of them.
     *
     * @param wroteNothing the failure when a call takes no bytes
     * @return the chunk's length
     */
    public int writeChunk(byte[] b, int off, int len, Writer writer, Supplier<IOException> wroteNothing)
            throws IOException {
        int chunk = Math.min(len, BYTES);
        memory.write(0, b, off, chunk);
        int done = 0;
        // Bounded: every write call consumes at least one byte or the loop stops.
        while (done < chunk) {
            int n = writer.write(memory.share(done), chunk - done);
            if (n <= 0) {
                throw wroteNothing.get();
            }
            done += n;
        }
        return chunk;
    }

    /** One call of {@code reader} for up to {@code len} bytes, copied to {@code b}; 0 at the end. */
    public int read(byte[] b, int off, int len, Reader reader) throws IOException {
        int n = reader.read(memory, Math.min(len, BYTES));
        if (n != 0) {
            memory.read(0, b, off, n);
        }
        return n;
    }
}
