package io.github.winnet4j.marshal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.backends.Backend;

/**
 * Bounded buffer-size negotiation for calls that answer ERROR_INSUFFICIENT_BUFFER with the size
 * they need.
 *
 * <p>Each entry point counts in its own unit: HttpQueryInfoW and InternetQueryOptionW in bytes,
 * InternetCanonicalizeUrlW, InternetGetCookieW and FtpGetCurrentDirectoryW in characters. The loop
 * tries at most {@value #MAX_ATTEMPTS} times and never allocates more than {@link #MAX_BYTES}.
 * The buffers and the length are the calling thread's {@link ScratchMemory}: an attempt must not
 * keep them beyond its call.
 */
public final class BufferSize {
    /** Attempts before giving up (a size that keeps growing is a broken DLL or a race). */
    public static final int MAX_ATTEMPTS = 4;
    /** The largest buffer allocated for one value. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** The unit of a call's in/out length. */
    public enum Unit {
        BYTES(1), CHARS(Utf16.CHAR_BYTES);

        final int bytes;

        Unit(int bytes) {
            this.bytes = bytes;
        }
    }

    /** One call with a buffer (zeroed, as long as the length says) and its in/out length. */
    @FunctionalInterface
    public interface Attempt {
        boolean call(Pointer buffer, IntByReference length);
    }

    /** The outcome: either a string or the captured failure. */
    public record Result(String value, Win32Error error) {
        public boolean ok() {
            return error == null;
        }
    }

    private BufferSize() {
    }

    /**
     * Calls {@code attempt} with a buffer of {@code initialChars} characters, growing it as the
     * call asks, and decodes the UTF-16 string it wrote (up to its NUL or its reported length).
     */
    public static Result string(Backend backend, String call, Unit unit, int initialChars, Attempt attempt) {
        try (ScratchMemory scratch = ScratchMemory.open()) {
            return string(scratch, backend, call, unit, initialChars, attempt);
        }
    }

    private static Result string(ScratchMemory scratch, Backend backend, String call, Unit unit, int initialChars,
                                 Attempt attempt) {
        int bytes = Math.max(initialChars, 1) * Utf16.CHAR_BYTES;
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            Pointer buffer = scratch.zeroed(bytes);
            IntByReference length = scratch.intRef(bytes / unit.bytes);
            if (attempt.call(buffer, length)) {
                int reported = length.getValue();
                int maxChars = reported >= 0 ? Math.min(reported * unit.bytes / Utf16.CHAR_BYTES, bytes / Utf16.CHAR_BYTES)
                        : bytes / Utf16.CHAR_BYTES;
                return new Result(Utf16.decodeWithin(buffer, maxChars), null);
            }
            Win32Error error = LastError.capture(backend, call);
            if (error.code() != WinError.ERROR_INSUFFICIENT_BUFFER) {
                return new Result(null, error);
            }
            long asked = (long) length.getValue() * unit.bytes;
            // Room for a terminator the call may not have counted; grow at least twofold when the
            // call asks for no more than it had.
            long next = Math.max(asked + Utf16.CHAR_BYTES, asked <= bytes ? 2L * bytes : 0);
            if (next > MAX_BYTES) {
                return new Result(null, LastError.of(backend, call + " (asked for " + asked
                        + " bytes, over the limit of " + MAX_BYTES + ")", WinError.ERROR_INSUFFICIENT_BUFFER));
            }
            bytes = (int) next;
        }
        return new Result(null, LastError.of(backend, call + " (buffer size kept changing after "
                + MAX_ATTEMPTS + " attempts)", WinError.ERROR_INSUFFICIENT_BUFFER));
    }
}
