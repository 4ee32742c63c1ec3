package io.github.winnet4j.marshal;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Body reads and writes on Java arrays: the stream wrappers' view of one transfer call, whether it
 * goes through a {@link NativeBuffer} to a raw call or straight to a backend that takes arrays
 * ({@link io.github.winnet4j.backends.HeapTransfer}).
 */
public final class ArrayTransfer {
    private ArrayTransfer() {
    }

    /** One read of up to {@code len} bytes into {@code b} at {@code off}; 0 at the end. */
    @FunctionalInterface
    public interface Reader {
        int read(byte[] b, int off, int len) throws IOException;
    }

    /** One write of up to {@code len} bytes from {@code b} at {@code off}; the number it took. */
    @FunctionalInterface
    public interface Writer {
        int write(byte[] b, int off, int len) throws IOException;
    }

    /** Reads through {@code reader} with one native buffer, at most {@link NativeBuffer#BYTES} a call. */
    public static Reader overNative(NativeBuffer.Reader reader) {
        NativeBuffer buffer = new NativeBuffer();
        return (b, off, len) -> buffer.read(b, off, len, reader);
    }

    /**
     * Writes through {@code writer} with one native buffer, a chunk of at most
     * {@link NativeBuffer#BYTES} a call, each chunk whole.
     *
     * @param wroteNothing the failure when a native write takes no bytes
     */
    public static Writer overNative(NativeBuffer.Writer writer, Supplier<IOException> wroteNothing) {
        NativeBuffer buffer = new NativeBuffer();
        return (b, off, len) -> buffer.writeChunk(b, off, len, writer, wroteNothing);
    }

    /** {@code reader} with each call capped at {@link NativeBuffer#BYTES}, as the native path reads. */
    public static Reader capped(Reader reader) {
        return (b, off, len) -> reader.read(b, off, Math.min(len, NativeBuffer.BYTES));
    }
}
