package io.github.winnet4j.marshal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;


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
        byte[] bytes = bytes(value);
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
        return string(p.getByteArray(0, n * CHAR_BYTES), n * CHAR_BYTES);
    }

    /**
     * Reads up to the first NUL among the first {@code chars} code units, all of which the caller
     * knows to be readable (a buffer of that size): one copy out of native memory instead of one
     * per code unit.
     */
    public static String decodeWithin(Pointer p, int chars) {
        if (p == null) {
            return null;
        }
        byte[] bytes = p.getByteArray(0, Math.max(chars, 0) * CHAR_BYTES);
        int n = 0;
        while (n + 1 < bytes.length && (bytes[n] != 0 || bytes[n + 1] != 0)) {
            n += CHAR_BYTES;
        }
        return string(bytes, n);
    }

    /** Reads exactly {@code chars} code units (embedded NULs kept). */
    public static String decodeExact(Pointer p, int chars) {
        return string(p.getByteArray(0, chars * CHAR_BYTES), chars * CHAR_BYTES);
    }

    /** Decodes a UTF-16LE byte array up to its first NUL (as in a fixed WCHAR[] field). */
    public static String decode(byte[] bytes) {
        int n = 0;
        while (n + 1 < bytes.length && (bytes[n] != 0 || bytes[n + 1] != 0)) {
            n += CHAR_BYTES;
        }
        return string(bytes, n);
    }

    /**
     * Writes {@code value} and a NUL terminator at {@code p}; the caller has checked that
     * {@code value.length() + 1} characters fit.
     */
    public static void write(Pointer p, String value) {
        byte[] bytes = bytes(value);
        p.write(0, bytes, 0, bytes.length);
        p.setShort(bytes.length, (short) 0);
    }

    /** Writes {@code value} into a fixed WCHAR[] byte array, truncated to leave room for the NUL. */
    public static void write(byte[] field, String value) {
        byte[] bytes = bytes(value);
        int n = Math.min(bytes.length, field.length - CHAR_BYTES) & ~1;
        java.util.Arrays.fill(field, (byte) 0);
        System.arraycopy(bytes, 0, field, 0, n);
    }

    /**
     * The UTF-16LE code units of {@code value}, one for one. Not the JDK's UTF-16LE encoder: that
     * replaces an unpaired surrogate with U+FFFD, while a WCHAR string carries any code unit, so a
     * Java string must reach Windows unchanged.
     */
    public static byte[] bytes(String value) {
        byte[] bytes = new byte[value.length() * CHAR_BYTES];
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            bytes[2 * i] = (byte) c;
            bytes[2 * i + 1] = (byte) (c >>> 8);
        }
        return bytes;
    }

    /** The string of the first {@code length} bytes (an even count) of UTF-16LE code units, one for one. */
    private static String string(byte[] bytes, int length) {
        char[] chars = new char[length / CHAR_BYTES];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] & 0xff) << 8);
        }
        return new String(chars);
    }
}
