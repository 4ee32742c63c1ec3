package io.github.winnet4j.marshal;

import java.time.Duration;

/**
 * Checks applied before a value reaches native code. Each failure is an
 * {@link IllegalArgumentException} that names the argument and says what is wrong with it.
 */
public final class Arguments {
    private Arguments() {
    }

    /** Refuses a NUL character: native code would cut the string there. */
    public static String requireNoNul(String value, String argument) {
        int i = value.indexOf('\0');
        if (i >= 0) {
            throw new IllegalArgumentException(argument + " contains a NUL character at index " + i
                    + "; native code would cut the string there");
        }
        return value;
    }

    /** Refuses NUL, CR and LF: on the wire they would end a header or request line early. */
    public static String requireNoLineBreak(String value, String argument) {
        requireNoNul(value, argument);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException(argument + " contains " + (c == '\r' ? "CR" : "LF")
                        + " at index " + i + "; it would split the HTTP message (header injection)");
            }
        }
        return value;
    }

    /** A header name: a non-empty RFC 9110 token. */
    public static String requireHeaderName(String name, String argument) {
        requireNonNull(name, argument);
        requireNoLineBreak(name, argument);
        if (name.isEmpty()) {
            throw new IllegalArgumentException(argument + " is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                throw new IllegalArgumentException(argument + " '" + name + "' has the character U+"
                        + String.format("%04X", (int) c) + " at index " + i + ", not allowed in a header name");
            }
        }
        return name;
    }

    /** A header value: no NUL, CR or LF. */
    public static String requireHeaderValue(String value, String argument) {
        requireNonNull(value, argument);
        return requireNoLineBreak(value, argument);
    }

    /** A TCP port, 0 to 65535 (0 means the scheme's default). */
    public static int requirePort(int port, String argument) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException(argument + " is " + port + "; a port is 0 to 65535");
        }
        return port;
    }

    /** A timeout: not {@code null} and not negative (zero is allowed; what it means is the DLL's). */
    public static Duration requireTimeout(Duration timeout, String argument) {
        requireNonNull(timeout, argument);
        if (timeout.isNegative()) {
            throw new IllegalArgumentException(argument + " is negative: " + timeout);
        }
        return timeout;
    }

    /** Refuses {@code null}. */
    public static <T> T requireNonNull(T value, String argument) {
        if (value == null) {
            throw new IllegalArgumentException(argument + " is null");
        }
        return value;
    }
}
