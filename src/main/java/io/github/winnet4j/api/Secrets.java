package io.github.winnet4j.api;

import com.sun.jna.Memory;
import io.github.winnet4j.marshal.Utf16;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passwords on their way to native code: checked, encoded to UTF-16LE without an intermediate
 * {@link String}, and wiped (the Java copy and the native copy) once WinINet has them.
 */
final class Secrets {
    private Secrets() {
    }

    /** A copy of {@code secret}, refused when it contains NUL (native code would cut it there). */
    static char[] copy(char[] secret, String argument) {
        if (secret == null) {
            throw new IllegalArgumentException(argument + " is null");
        }
        for (int i = 0; i < secret.length; i++) {
            if (secret[i] == 0) {
                throw new IllegalArgumentException(argument + " contains a NUL character at index " + i);
            }
        }
        return secret.clone();
    }

    /** NUL-terminated UTF-16LE of {@code secret} in native memory; clear it after use. */
    static Memory encode(char[] secret) {
        ByteBuffer bytes = StandardCharsets.UTF_16LE.encode(CharBuffer.wrap(secret));
        Memory m = new Memory(bytes.remaining() + Utf16.CHAR_BYTES);
        m.clear();
        byte[] tmp = new byte[bytes.remaining()];
        bytes.get(tmp);
        m.write(0, tmp, 0, tmp.length);
        Arrays.fill(tmp, (byte) 0);
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        return m;
    }
}
