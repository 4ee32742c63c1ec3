package io.github.winnet4j.hardening;

import java.util.List;
import java.util.function.Predicate;

/**
 * The known differences between the java backend's URL functions and wininet.dll's, each with an
 * example input and both answers as observed, and which side the deviation is on where that is
 * known. {@link FuzzUrlBackendsAgreeTest} fails on any difference not listed here.
 */
final class KnownUrlDifferences {
    /** One documented difference: the example is for the reader; the rule matches its kind. */
    record Known(String id, String whichSide, String example, Predicate<FuzzUrlBackendsAgreeTest.Difference> rule) {
    }

    static final List<Known> ALL = List.of();

    private KnownUrlDifferences() {
    }

    /** The id of the known difference {@code d} is an instance of, or {@code null}. */
    static String match(FuzzUrlBackendsAgreeTest.Difference d) {
        for (Known k : ALL) {
            if (k.rule().test(d)) {
                return k.id();
            }
        }
        return null;
    }
}
