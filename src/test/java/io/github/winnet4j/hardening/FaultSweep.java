package io.github.winnet4j.hardening;

import io.github.winnet4j.api.InternetHandle;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.Fault;
import io.github.winnet4j.testing.FaultInjectingBackend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs a flow through the public API once cleanly to count its raw calls, then once per call
 * index with that call failing, and checks each outcome: the injected failure surfaces (see
 * {@link Check}), no handle is left open (neither in the fake's table nor in
 * {@link InternetHandle#openHandles()}), and no handle value is closed twice.
 */
final class FaultSweep {
    /** Far above any flow here; the sweep is bounded by the clean run's count and by this. */
    static final int MAX_CALLS = 400;

    /** A whole flow through the public API on the given backend. */
    @FunctionalInterface
    interface Flow {
        void run(Backend backend) throws Exception;
    }

    /** Checks the outcome of a run in which the call {@code call} (at {@code index}) failed. */
    @FunctionalInterface
    interface Check {
        /**
         * @param thrown what the flow threw, or {@code null} when it completed
         * @param calls  the calls of the faulted run
         */
        void check(int index, String call, Fault fault, Throwable thrown, List<String> calls);
    }

    private FaultSweep() {
    }

    /**
     * Sweeps {@code flow} over every call index of its clean run.
     *
     * @return the entry points of the clean run with how often each was called (for reports)
     */
    static Map<String, Integer> sweep(Backend real, Function<String, Fault> faults, Flow flow, Check check)
            throws Exception {
        FaultInjectingBackend fake = new FaultInjectingBackend(real, faults);
        List<String> before = new ArrayList<>(InternetHandle.openHandles());
        flow.run(fake);
        List<String> clean = fake.calls();
        assertTrue(clean.size() > 0 && clean.size() < MAX_CALLS, "clean run made " + clean.size() + " calls");
        assertClosed(fake, before, "the clean run");
        for (int i = 0; i < clean.size(); i++) {
            fake.reset();
            fake.failAt(i);
            Throwable thrown = null;
            try {
                flow.run(fake);
            } catch (Exception | AssertionError e) {
                // An assertion of the flow failing here means a failure was taken for a result.
                thrown = e;
            }
            String call = clean.get(i);
            String where = "failing call #" + i + " " + call;
            assertEquals(call, fake.failedCall(), where + ": the faulted run's call at this index differs");
            try {
                check.check(i, call, faults.apply(call), thrown, fake.calls());
            } catch (AssertionError e) {
                AssertionError wrapped = new AssertionError(where + ": " + e.getMessage(), e);
                if (thrown != null) {
                    wrapped.addSuppressed(thrown);
                }
                throw wrapped;
            }
            assertClosed(fake, before, where);
        }
        Map<String, Integer> sites = new LinkedHashMap<>();
        for (String c : clean) {
            sites.merge(c, 1, Integer::sum);
        }
        return sites;
    }

    private static void assertClosed(FaultInjectingBackend fake, List<String> before, String where) {
        if (!fake.openHandles().isEmpty()) {
            fail(where + ": handles left open (value=opened by): " + fake.openHandles());
        }
        if (!fake.strayCloses().isEmpty()) {
            fail(where + ": closes of values that were not open: " + fake.strayCloses());
        }
        List<String> now = new ArrayList<>(InternetHandle.openHandles());
        for (String b : before) {
            now.remove(b);
        }
        if (!now.isEmpty()) {
            fail(where + ": wrappers left open: " + now);
        }
    }
}
