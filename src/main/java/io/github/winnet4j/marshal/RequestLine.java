package io.github.winnet4j.marshal;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.util.List;

/**
 * The request line arguments of HttpOpenRequestW and WinHttpOpenRequest: the verb, path, version
 * and accept types are checked before they reach native code (a CR, LF or control character would
 * change the request on the wire), and the accept types are marshalled as the NULL-terminated
 * array of UTF-16LE strings both calls take.
 */
public final class RequestLine {
    private RequestLine() {
    }

    /** Refuses a verb that is not a header token and a path with a line break or control character. */
    public static void check(String verb, String path) {
        Arguments.requireNonNull(verb, "verb");
        Arguments.requireNonNull(path, "path");
        Arguments.requireHeaderName(verb, "verb");
        Arguments.requireNoLineBreak(path, "path");
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("path has the control character U+"
                        + String.format("%04X", (int) c) + " at index " + i);
            }
        }
    }

    /** An HTTP version of the form {@code HTTP/1.1}. */
    public static String requireVersion(String version) {
        Arguments.requireNonNull(version, "version");
        if (!version.matches("HTTP/\\d\\.\\d")) {
            throw new IllegalArgumentException("version '" + version + "' is not of the form HTTP/1.1");
        }
        return version;
    }

    /** Adds media types for the Accept header to {@code acceptTypes}, each a valid header value. */
    public static void addAcceptTypes(List<String> acceptTypes, String... types) {
        for (int i = 0; i < types.length; i++) {
            acceptTypes.add(Arguments.requireHeaderValue(types[i], "accept[" + i + "]"));
        }
    }

    /**
     * The accept types as a NULL-terminated array of string pointers, or {@code null} for none.
     * The array holds only addresses: the strings are added to {@code keep}, which the caller
     * must keep reachable until the call has returned.
     */
    public static Memory acceptArray(List<String> acceptTypes, List<Memory> keep) {
        if (acceptTypes.isEmpty()) {
            return null;
        }
        Memory array = new Memory((long) (acceptTypes.size() + 1) * Native.POINTER_SIZE);
        for (int i = 0; i < acceptTypes.size(); i++) {
            Memory m = Utf16.encode(acceptTypes.get(i), "accept[" + i + "]");
            keep.add(m);
            array.setPointer((long) i * Native.POINTER_SIZE, m);
        }
        array.setPointer((long) acceptTypes.size() * Native.POINTER_SIZE, Pointer.NULL);
        return array;
    }
}
