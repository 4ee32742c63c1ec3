package io.github.winnet4j.hardening;

import io.github.winnet4j.api.UrlParts;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.api.WinUrls;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.BackendUnavailableException;
import io.github.winnet4j.backends.Backends;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static io.github.winnet4j.raw.WinInetConstants.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The java backend's URL functions answer as wininet.dll does: the same generated inputs go to
 * {@code WinUrls.of(java)} and {@code WinUrls.of(native)} side by side (the java backend's URL code
 * is pure Java, so it runs beside the DLL in the Wine stage and on Windows). Every difference is
 * either one of {@link KnownUrlDifferences} (documented with an example input and both answers)
 * or a failure. Runs only where both backends load.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FuzzUrlBackendsAgreeTest {
    /** Inputs per function in CI; {@code -Dwinnet4j.fuzz.count} for manual runs. */
    static final int CI_COUNT = 3_000;
    private static final int[] CRACK_FLAGS = {0, ICU_DECODE, ICU_ESCAPE};
    private static final int[] CANON_FLAGS = {0, ICU_NO_ENCODE, ICU_DECODE, ICU_ENCODE_SPACES_ONLY, ICU_BROWSER_MODE, ICU_NO_META};

    /** One input whose answers differ. */
    record Difference(String function, int flags, String input, String java, String nativeAnswer) {
        @Override
        public String toString() {
            return function + " flags 0x" + Integer.toHexString(flags) + " input " + FuzzText.show(input)
                    + "\n    java:   " + FuzzText.show(java) + "\n    native: " + FuzzText.show(nativeAnswer);
        }
    }

    @Test
    void javaAnswersAsTheDllDoes() {
        Backend nativeBackend;
        try {
            nativeBackend = Backends.byName("native");
            nativeBackend.wininet();
        } catch (BackendUnavailableException | UnsatisfiedLinkError e) {
            Assumptions.abort("the native backend is not available here: " + e.getMessage());
            return;
        }
        WinUrls java = WinUrls.of(Backends.byName("java"));
        WinUrls dll = WinUrls.of(nativeBackend);
        FuzzInputs in = new FuzzInputs(3);
        int count = FuzzInputs.count(CI_COUNT);
        List<Difference> unknown = new ArrayList<>();
        Map<String, Integer> known = new TreeMap<>();
        int compared = 0;
        int skippedUnderWine = 0;
        for (int i = 0; i < count; i++) {
            String url = in.url();
            int crackFlags = CRACK_FLAGS[in.random().nextInt(CRACK_FLAGS.length)];
            int canonFlags = CANON_FLAGS[in.random().nextInt(CANON_FLAGS.length)];
            String relative = in.relative();
            if (WineCrackUrlCrash.skip(url, crackFlags)) {
                skippedUnderWine++; // Wine 8.0's InternetCrackUrlW faults on this shape: see WineCrackUrlCrash
            } else {
                compared++;
                compare(new Difference("crack", crackFlags, url, crack(java, url, crackFlags),
                        crack(dll, url, crackFlags)), unknown, known);
            }
            compared += 2;
            compare(new Difference("canonicalize", canonFlags, url, canonicalize(java, url, canonFlags),
                    canonicalize(dll, url, canonFlags)), unknown, known);
            String both = url + " + " + relative;
            compare(new Difference("combine", canonFlags, both, combine(java, url, relative, canonFlags),
                    combine(dll, url, relative, canonFlags)), unknown, known);
        }
        System.out.printf("fuzz URL java vs native, seed %d: %d comparisons, %d cracks skipped (Wine crash shape),"
                        + " %d known differences %s, %d new%n",
                FuzzInputs.seed(), compared, skippedUnderWine, known.values().stream().mapToInt(Integer::intValue).sum(), known,
                unknown.size());
        unknown.stream().limit(Integer.getInteger("winnet4j.fuzz.show", 60)).forEach(d -> System.out.println("  NEW " + d));
        assertTrue(unknown.isEmpty(), unknown.size() + " new java/native differences; first: "
                + unknown.stream().limit(5).map(Difference::toString).toList());
    }

    private static void compare(Difference d, List<Difference> unknown, Map<String, Integer> known) {
        if (d.java().equals(d.nativeAnswer())) {
            return;
        }
        String id = KnownUrlDifferences.match(d);
        if (id == null) {
            unknown.add(d);
        } else {
            known.merge(id, 1, Integer::sum);
        }
    }

    static String crack(WinUrls urls, String url, int flags) {
        try {
            UrlParts p = urls.crack(url, flags);
            return "ok scheme=" + p.scheme() + " type=" + p.schemeType() + " host=" + p.host() + " port=" + p.port()
                    + " user=" + p.user() + " password=" + p.password() + " path=" + p.path() + " extra=" + p.extra();
        } catch (WinInetException e) {
            return "error " + e.errorName();
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }

    static String canonicalize(WinUrls urls, String url, int flags) {
        try {
            return "ok " + urls.canonicalize(url, flags);
        } catch (WinInetException e) {
            return "error " + e.errorName();
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }

    static String combine(WinUrls urls, String base, String relative, int flags) {
        try {
            return "ok " + urls.combine(base, relative, flags);
        } catch (WinInetException e) {
            return "error " + e.errorName();
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }
}
