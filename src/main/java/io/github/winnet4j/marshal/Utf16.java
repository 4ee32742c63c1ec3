package io.github.winnet4j.marshal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import java.nio.charset.StandardCharsets;

/**
 * Explicit UTF-16LE marshalling for {@code LPCWSTR}/{@code LPWSTR}.
 *
 * <p>Never JNA's {@code WString}: that follows {@code wchar_t}, which is 4 bytes wide on Linux,
 * while Windows' WCHAR is always 2. Strings handed to native code are NUL-terminated copies in
 * native memory; a NUL inside a string is refused first, because native code would silently cut the
 * string there.
 */
public final class Utf16 {
    /** Bytes per UTF-16 code unit. */
    public static final int CHAR_BYTES = 2;

    private Utf16() {
    }

    /**
     * A NUL-terminated UTF-16LE copy of {@code value} in native memory, or {@code null} for a
     * {@code null} value.
     *
     * @param argument the argument's name, for the error message
     * @throws IllegalArgumentException if the value contains a NUL character
     */
    public static Memory encode(String value, String argument) {
        if (value == null) {
            return null;
        }
        Arguments.requireNoNul(value, argument);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        Memory memory = new Memory(bytes.length + CHAR_BYTES);
        memory.write(0, bytes, 0, bytes.length);
        memory.setShort(bytes.length, (short) 0);
        return memory;
    }

    /** Native memory for {@code chars} UTF-16 code units, zeroed. */
    public static Memory allocate(int chars) {
        Memory memory = new Memory((long) Math.max(chars, 1) * CHAR_BYTES);
        memory.clear();
        return memory;
    }

    /** Reads a NUL-terminated UTF-16LE string; {@code null} for a {@code NULL} pointer. */
    public static String decode(Pointer p) {
        if (p == null) {
            return null;
        }
        return decode(p, Integer.MAX_VALUE / CHAR_BYTES);
    }

    /**
     * Reads at most {@code maxChars} UTF-16LE code units, stopping early at a NUL; {@code null}
     * for a {@code NULL} pointer.
     */
    public static String decode(Pointer p, int maxChars) {
        if (p == null) {
            return null;
        }
        int n = 0;
        while (n < maxChars && p.getShort((long) n * CHAR_BYTES) != 0) {
            n++;
        }
        return new String(p.getByteArray(0, n * CHAR_BYTES), StandardCharsets.UTF_16LE);
    }

    /** Reads exactly {@code chars} code units (embedded NULs kept). */
    public static String decodeExact(Pointer p, int chars) {
        return new String(p.getByteArray(0, chars * CHAR_BYTES), StandardCharsets.UTF_16LE);
    }

    /** Decodes a UTF-16LE byte array up to its first NUL (as in a fixed WCHAR[] field). */
    public static String decode(byte[] bytes) {
        int n = 0;
        while (n + 1 < bytes.length && (bytes[n] != 0 || bytes[n + 1] != 0)) {
            n += CHAR_BYTES;
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_16LE);
    }

    /**
     * Writes {@code value} and a NUL terminator at {@code p}; the caller has checked that
     * {@code value.length() + 1} characters fit.
     */
    public static void write(Pointer p, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        p.write(0, bytes, 0, bytes.length);
        p.setShort(bytes.length, (short) 0);
    }

    /** Writes {@code value} into a fixed WCHAR[] byte array, truncated to leave room for the NUL. */
    public static void write(byte[] field, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        int n = Math.min(bytes.length, field.length - CHAR_BYTES) & ~1;
        java.util.Arrays.fill(field, (byte) 0);
        System.arraycopy(bytes, 0, field, 0, n);
    }
}
