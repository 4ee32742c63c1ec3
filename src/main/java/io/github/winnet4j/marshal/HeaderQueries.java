package io.github.winnet4j.marshal;

import com.sun.jna.ptr.IntByReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What HttpQueryInfoW and WinHttpQueryHeaders have in common for the request wrappers: walking
 * every value of a repeated header by its index, reading Content-Length, and knowing which
 * responses carry no body whatever their headers say.
 */
public final class HeaderQueries {
    private static final int MAX_VALUES = 10_000;

    private HeaderQueries() {
    }

    /** One query of a header at {@code index}; empty when there is no (further) value. */
    @FunctionalInterface
    public interface IndexedQuery<E extends Exception> {
        Optional<String> at(IntByReference index) throws E;
    }

    /** Every value the query finds, in the order the server sent them. */
    public static <E extends Exception> List<String> all(IndexedQuery<E> query) throws E {
        List<String> values = new ArrayList<>();
        IntByReference index = new IntByReference(0);
        // Bounded: the index advances on every success; a DLL that does not advance it is cut off.
        for (int i = 0; i < MAX_VALUES; i++) {
            int before = index.getValue();
            Optional<String> v = query.at(index);
            if (v.isEmpty()) {
                break;
            }
            values.add(v.get());
            if (index.getValue() == before) {
                index.setValue(before + 1);
            }
        }
        return values;
    }

    /** A Content-Length header's value as a number; empty when absent or not a number. */
    public static OptionalLong contentLength(Optional<String> header) {
        if (header.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(header.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** HEAD answers and 1xx/204/304 responses carry no body whatever Content-Length says. */
    public static boolean hasNoBody(String verb, int status) {
        return verb.equalsIgnoreCase("HEAD") || status < 200 || status == 204 || status == 304;
    }
}
