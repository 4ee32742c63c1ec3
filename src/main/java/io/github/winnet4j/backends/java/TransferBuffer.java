package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The caller's buffer of a body read or write: native memory (the raw calls' {@code lpBuffer}) or
 * a region of a Java array (the {@link io.github.winnet4j.backends.HeapTransfer} calls). A stream
 * reads into and writes from an array region directly; native memory goes through a heap scratch
 * array, since a Java stream cannot reach native memory without a copy.
 */
public final class TransferBuffer {
    private final Pointer pointer;
    private final byte[] array;
    private final int offset;

    private TransferBuffer(Pointer pointer, byte[] array, int offset) {
        this.pointer = pointer;
        this.array = array;
        this.offset = offset;
    }

    /** Native memory at {@code pointer} ({@code null} only for a transfer of no bytes). */
    public static TransferBuffer of(Pointer pointer) {
        return new TransferBuffer(pointer, null, 0);
    }

    /** The bytes of {@code array} from {@code offset} on (bounds are the caller's to check). */
    public static TransferBuffer of(byte[] array, int offset) {
        return new TransferBuffer(null, array, offset);
    }

    /** Whether there is no buffer at all (a {@code NULL} pointer). */
    public boolean isNull() {
        return pointer == null && array == null;
    }

    /** Whether this is a Java array, which streams read into and write from directly. */
    public boolean isArray() {
        return array != null;
    }

    /** Copies {@code n} bytes of {@code src} from {@code srcOffset} to this buffer at {@code at}. */
    public void put(int at, byte[] src, int srcOffset, int n) {
        if (array != null) {
            System.arraycopy(src, srcOffset, array, offset + at, n);
        } else {
            pointer.write(at, src, srcOffset, n);
        }
    }

    /**
     * One read of up to {@code n} bytes of {@code in} into this buffer at {@code at}: straight into
     * an array, through {@code scratch} into native memory ({@code scratch} may be {@code null}
     * for an array). The stream's count, or -1 at its end.
     */
    public int readFrom(InputStream in, int at, int n, byte[] scratch) throws IOException {
        if (array != null) {
            return in.read(array, offset + at, n);
        }
        int count = in.read(scratch, 0, Math.min(n, scratch.length));
        if (count > 0) {
            pointer.write(at, scratch, 0, count);
        }
        return count;
    }

    /**
     * Writes {@code length} bytes of this buffer from its start to {@code out}: in one call from an
     * array, through {@code scratch} from native memory.
     */
    public void writeTo(OutputStream out, long length, byte[] scratch) throws IOException {
        if (array != null) {
            out.write(array, offset, Math.toIntExact(length));
            return;
        }
        for (long done = 0; done < length; ) {
            int n = (int) Math.min(scratch.length, length - done);
            pointer.read(done, scratch, 0, n);
            out.write(scratch, 0, n);
            done += n;
        }
    }
}
