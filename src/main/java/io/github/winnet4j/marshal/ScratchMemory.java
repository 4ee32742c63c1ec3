package io.github.winnet4j.marshal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-thread native memory for the arguments of one synchronous call: strings, DWORD values,
 * small out-buffers and {@code LPDWORD}s.
 *
 * <p>Why: a JNA {@link Memory} (and every {@link IntByReference}, which holds one) costs a
 * {@code malloc}, a registration with JNA's cleaner and, once unreachable, reference processing
 * and a {@code free} on the cleaner thread. A small request made a dozen of them; together they
 * were the largest cost of the wrappers themselves. Here each thread keeps one block and a few
 * {@code IntByReference}s and hands out pieces of them, stack-wise.
 *
 * <pre>{@code
 * try (ScratchMemory scratch = ScratchMemory.open()) {
 *     api.HttpOpenRequestW(connection, scratch.utf16(verb, "verb"), scratch.utf16(path, "path"), ...);
 * }
 * }</pre>
 *
 * <p>Rules, which make reuse safe: the memory belongs to the calling thread only, so handles used
 * from different threads never share it; a piece is valid until the {@code try} that opened it
 * closes, so it must only be given to calls that have returned by then (the wrappers are
 * synchronous, and wininet.dll and winhttp.dll copy their string arguments) and never to a
 * call that keeps the pointer (a request body, a callback's context); frames nest, so a call made
 * from a status callback on the same thread gets its own pieces above the caller's. The block is
 * freed only when its thread has ended and the block became unreachable, when no call can be
 * using it. A piece larger than the block gets a memory of its own, freed when its frame closes.
 */
public final class ScratchMemory implements AutoCloseable {
    /** The per-thread block: headers, paths and query results of ordinary requests fit. */
    static final int BLOCK_BYTES = 8 * 1024;
    private static final int ALIGN = 8;
    private static final ThreadLocal<ScratchMemory> PER_THREAD = ThreadLocal.withInitial(ScratchMemory::new);

    private final Memory block = new Memory(BLOCK_BYTES);
    private final long base = Pointer.nativeValue(block);
    private final Thread owner = Thread.currentThread();
    private int top;
    private IntByReference[] refs = new IntByReference[8];
    private int refTop;
    private final List<Memory> overflow = new ArrayList<>();
    /** Per open frame: top, refTop and overflow size when it was opened. */
    private int[] frames = new int[3 * 8];
    private int depth;

    private ScratchMemory() {
    }

    /** Opens a frame on the calling thread's scratch memory; close it with try-with-resources. */
    public static ScratchMemory open() {
        ScratchMemory s = PER_THREAD.get();
        s.push();
        return s;
    }

    private void push() {
        if (3 * depth + 3 > frames.length) {
            frames = Arrays.copyOf(frames, frames.length * 2);
        }
        frames[3 * depth] = top;
        frames[3 * depth + 1] = refTop;
        frames[3 * depth + 2] = overflow.size();
        depth++;
    }

    /** Releases every piece handed out since the matching {@link #open()}. */
    @Override
    public void close() {
        requireOwner();
        if (depth == 0) {
            throw new IllegalStateException("scratch memory closed more often than opened");
        }
        depth--;
        top = frames[3 * depth];
        refTop = frames[3 * depth + 1];
        int keep = frames[3 * depth + 2];
        for (int i = overflow.size() - 1; i >= keep; i--) {
            overflow.remove(i).close();
        }
    }

    /**
     * A NUL-terminated UTF-16LE copy of {@code value}, or {@code null} for a {@code null} value; as
     * {@link Utf16#encode}, a NUL inside the value is refused first.
     */
    public Pointer utf16(String value, String argument) {
        if (value == null) {
            return null;
        }
        Arguments.requireNoNul(value, argument);
        byte[] units = Utf16.bytes(value);
        Pointer p = bytes(units.length + Utf16.CHAR_BYTES, false);
        p.write(0, units, 0, units.length);
        p.setShort(units.length, (short) 0);
        return p;
    }

    /** Four bytes holding {@code value}, for a DWORD passed by address (an option's value). */
    public Pointer dword(int value) {
        Pointer p = bytes(4, false);
        p.setInt(0, value);
        return p;
    }

    /** {@code size} zeroed bytes. */
    public Pointer zeroed(long size) {
        return bytes(size, true);
    }

    /** An {@code LPDWORD} holding {@code value}. */
    public IntByReference intRef(int value) {
        requireOwner();
        requireOpen();
        if (refTop == refs.length) {
            refs = Arrays.copyOf(refs, refs.length * 2);
        }
        IntByReference r = refs[refTop];
        if (r == null) {
            r = new IntByReference();
            refs[refTop] = r;
        }
        refTop++;
        r.setValue(value);
        return r;
    }

    private Pointer bytes(long size, boolean zero) {
        requireOwner();
        requireOpen();
        long n = Math.max(size, 1);
        long aligned = (n + ALIGN - 1) & -ALIGN;
        if (aligned > BLOCK_BYTES - top) {
            Memory own = new Memory(n);
            if (zero) {
                own.clear();
            }
            overflow.add(own);
            return own;
        }
        Pointer p = new Pointer(base + top);
        top += (int) aligned;
        if (zero) {
            p.setMemory(0, n, (byte) 0);
        }
        return p;
    }

    private void requireOpen() {
        if (depth == 0) {
            throw new IllegalStateException("scratch memory used outside an open frame");
        }
    }

    private void requireOwner() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("scratch memory belongs to " + owner.getName());
        }
    }
}
