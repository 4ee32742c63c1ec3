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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
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
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
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
        List<String> all = new ArrayList<>();
        int compared = 0;
        int skippedUnderWine = 0;
        int crashedUnderWine = 0;
        for (int i = 0; i < count; i++) {
            String url = in.url();
            int crackFlags = CRACK_FLAGS[in.random().nextInt(CRACK_FLAGS.length)];
            int canonFlags = CANON_FLAGS[in.random().nextInt(CANON_FLAGS.length)];
            String relative = in.relative();
            if (WineCrackUrlCrash.skip(url, crackFlags)) {
                skippedUnderWine++; // Wine 8.0's InternetCrackUrlW faults on this shape: see WineCrackUrlCrash
            } else {
                String javaAnswer = crack(java, url, crackFlags);
                String dllAnswer;
                try {
                    dllAnswer = crack(dll, url, crackFlags);
                } catch (Error e) {
                    WineCrackUrlCrash.requireTolerated(true, url, crackFlags, e);
                    dllAnswer = null;
                    crashedUnderWine++; // Wine 8.0's known fault: see WineCrackUrlCrash
                }
                if (dllAnswer != null) {
                    compared++;
                    Difference cracked = new Difference("crack", crackFlags, url, javaAnswer, dllAnswer);
                    compare(cracked, crackStep(cracked, java, dll, url), unknown, known, all);
                }
            }
            compared += 2;
            Difference canon = new Difference("canonicalize", canonFlags, url, canonicalize(java, url, canonFlags),
                    canonicalize(dll, url, canonFlags));
            compare(canon, wineStep(canon, (u, r) -> canonicalize(dll, u, canonFlags), url, null), unknown, known, all);
            String both = url + " + " + relative;
            Difference comb = new Difference("combine", canonFlags, both, combine(java, url, relative, canonFlags),
                    combine(dll, url, relative, canonFlags));
            compare(comb, wineStep(comb, (u, r) -> combine(dll, u, r, canonFlags), url, relative), unknown, known, all);
        }
        System.out.printf("fuzz URL java vs native, seed %d: %d comparisons, %d cracks skipped (Wine crash shape), %d crashed (Wine, tolerated),"
                        + " %d known differences %s, %d new%n",
                FuzzInputs.seed(), compared, skippedUnderWine, crashedUnderWine, known.values().stream().mapToInt(Integer::intValue).sum(), known,
                unknown.size());
        unknown.stream().limit(Integer.getInteger("winnet4j.fuzz.show", 60)).forEach(d -> System.out.println("  NEW " + d));
        writeReport(all);
        assertTrue(unknown.isEmpty(), unknown.size() + " new java/native differences; first: "
                + unknown.stream().limit(5).map(Difference::toString).toList());
    }

    /**
     * For a crack difference with ICU_DECODE: {@link KnownUrlDifferences#CRACK_DECODE_CANONICALIZES}
     * if the java backend, cracking without flags the URL canonicalized with ICU_DECODE |
     * ICU_NO_ENCODE (by itself, or else by the DLL), answers as the DLL did. Wine 8.0's InternetCrackUrlW does exactly
     * that with ICU_DECODE (so a TAB goes, a bare host gets its '/', dot segments in the query
     * go); the InternetCrackUrl reference only says ICU_DECODE "converts encoded characters back to
     * their normal form", and no Windows test cracks such a URL with ICU_DECODE, so which side is
     * right is not established.
     */
    private static String crackStep(Difference d, WinUrls java, WinUrls dll, String url) {
        if ((d.flags() & ICU_DECODE) == 0 || !d.java().startsWith("ok ") || !d.nativeAnswer().startsWith("ok ")) {
            return null;
        }
        for (WinUrls canonicalizer : List.of(java, dll)) {
            String canonical = canonicalize(canonicalizer, url, ICU_DECODE | ICU_NO_ENCODE);
            if (canonical.startsWith("ok ") && crack(java, canonical.substring(3), 0).equals(d.nativeAnswer())) {
                return KnownUrlDifferences.CRACK_DECODE_CANONICALIZES;
            }
        }
        return null;
    }

    /**
     * For a canonicalize or combine difference: the id of the Wine deviation that explains it
     * alone, or {@code null}. The DLL is asked again with a first step Windows is documented to
     * take already applied to the inputs ({@link WindowsUrlNormalization}); if it then answers as
     * the java backend did, the difference is in that step: Wine 8.0 skips it, Windows takes it.
     */
    private static String wineStep(Difference d, BinaryOperator<String> dll, String url, String relative) {
        if (d.java().equals(d.nativeAnswer())) {
            return null;
        }
        String strippedUrl = WindowsUrlNormalization.stripWhitespace(url);
        String strippedRelative = relative == null ? null : WindowsUrlNormalization.stripWhitespace(relative);
        boolean stripped = !strippedUrl.equals(url) || (relative != null && !strippedRelative.equals(relative));
        if (stripped && dll.apply(strippedUrl, strippedRelative).equals(d.java())) {
            return KnownUrlDifferences.WINE_KEEPS_WHITESPACE;
        }
        String lowerUrl = WindowsUrlNormalization.lowerCaseScheme(strippedUrl);
        String lowerRelative = relative == null ? null : WindowsUrlNormalization.lowerCaseScheme(strippedRelative);
        boolean lowered = !lowerUrl.equals(strippedUrl) || (relative != null && !lowerRelative.equals(strippedRelative));
        if (lowered && dll.apply(lowerUrl, lowerRelative).equals(d.java())) {
            return KnownUrlDifferences.WINE_KEEPS_SCHEME_CASE;
        }
        String hostUrl = WindowsUrlNormalization.lowerCaseHost(lowerUrl);
        String hostRelative = relative == null ? null : WindowsUrlNormalization.lowerCaseHost(lowerRelative);
        boolean hostLowered = !hostUrl.equals(lowerUrl) || (relative != null && !hostRelative.equals(lowerRelative));
        if (hostLowered && dll.apply(hostUrl, hostRelative).equals(d.java())) {
            return KnownUrlDifferences.WINE_KEEPS_HOST_CASE;
        }
        if (WindowsUrlNormalization.slashingScheme(hostUrl)) {
            String slashedUrl = WindowsUrlNormalization.backslashesToSlashes(hostUrl);
            String slashedRelative = relative == null || SCHEME.matcher(hostRelative).find() ? hostRelative
                    : WindowsUrlNormalization.backslashesToSlashes(hostRelative);
            boolean slashed = !slashedUrl.equals(hostUrl) || (relative != null && !slashedRelative.equals(hostRelative));
            if (slashed && dll.apply(slashedUrl, slashedRelative).equals(d.java())) {
                return KnownUrlDifferences.WINE_KEEPS_BACKSLASHES;
            }
        }
        return null;
    }

    private static void compare(Difference d, String wineStep, List<Difference> unknown, Map<String, Integer> known,
                                List<String> all) {
        if (d.java().equals(d.nativeAnswer())) {
            return;
        }
        String id = wineStep != null ? wineStep : KnownUrlDifferences.match(d);
        all.add((id == null ? "NEW" : id) + " " + d);
        if (id == null) {
            unknown.add(d);
        } else {
            known.merge(id, 1, Integer::sum);
        }
    }

    /** Every difference with its group, one block each, for reading (target/fuzz-url-differences.txt). */
    private static void writeReport(List<String> all) {
        try {
            Path file = Path.of("target", "fuzz-url-differences.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, all, StandardCharsets.UTF_8);
            System.out.println("differences written to " + file.toAbsolutePath());
        } catch (IOException e) {
            System.out.println("differences not written: " + e);
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
