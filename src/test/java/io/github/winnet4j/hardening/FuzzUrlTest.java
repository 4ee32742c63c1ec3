package io.github.winnet4j.hardening;

import io.github.winnet4j.api.UrlParts;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.api.WinUrls;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.api.winhttp.WinHttpUrlParts;
import io.github.winnet4j.api.winhttp.WinHttpUrls;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static io.github.winnet4j.raw.WinInetConstants.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * URL crack, create, canonicalize and combine fed generated URLs: every input ends in a result or
 * in {@link WinInetException}/{@link WinHttpException}/{@link IllegalArgumentException}, each
 * within a per-input time bound, and every result is well formed.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FuzzUrlTest {
    /** Inputs per target in CI; a manual run sets {@code -Dwinnet4j.fuzz.count=100000} or more. */
    static final int CI_COUNT = 10_000;
    /** No single call may take this long: a slow input is a hang in the making. */
    static final long PER_INPUT_MILLIS = 2_000;

    private static final int[] CRACK_FLAGS = {0, ICU_DECODE, ICU_ESCAPE, ICU_DECODE | ICU_ESCAPE};
    private static final int[] CANON_FLAGS = {
        0, ICU_NO_ENCODE, ICU_DECODE, ICU_ENCODE_SPACES_ONLY, ICU_BROWSER_MODE, ICU_NO_META,
        ICU_ENCODE_PERCENT, ICU_DECODE | ICU_NO_ENCODE,
    };

    /** Counts what the inputs ended in, for the figures. */
    static final class Tally {
        int ok;
        int refusedByWindows;
        int refusedAsArgument;
        long slowestNanos;

        void timed(long startNanos, Object input) {
            long took = System.nanoTime() - startNanos;
            slowestNanos = Math.max(slowestNanos, took);
            assertTrue(took < TimeUnit.MILLISECONDS.toNanos(PER_INPUT_MILLIS),
                    "took " + TimeUnit.NANOSECONDS.toMillis(took) + " ms: " + FuzzText.show(String.valueOf(input)));
        }

        String summary(int count) {
            return count + " inputs: " + ok + " ok, " + refusedByWindows + " refused with a Win32 code, "
                    + refusedAsArgument + " refused as an argument; slowest "
                    + TimeUnit.NANOSECONDS.toMicros(slowestNanos) + " us";
        }
    }

    @AllBackends
    void winInetUrlFunctionsNeverFailOtherwise(Backend backend) {
        WinUrls urls = WinUrls.of(backend);
        FuzzInputs in = new FuzzInputs(1);
        int count = FuzzInputs.count(CI_COUNT);
        Tally crack = new Tally();
        Tally create = new Tally();
        Tally canon = new Tally();
        Tally combine = new Tally();
        boolean nativeDll = !backend.name().equals("java");
        int skippedUnderWine = 0;
        int crashedUnderWine = 0;
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String url = in.url();
            int flags = CRACK_FLAGS[in.random().nextInt(CRACK_FLAGS.length)];
            UrlParts parts = null;
            long t;
            if (nativeDll && WineCrackUrlCrash.skip(url, flags)) {
                skippedUnderWine++; // Wine 8.0's InternetCrackUrlW faults on this shape: see WineCrackUrlCrash
            } else {
                t = System.nanoTime();
                try {
                    parts = urls.crack(url, flags);
                    crack.ok++;
                    checkCracked(url, flags, parts);
                } catch (WinInetException e) {
                    crack.refusedByWindows++;
                } catch (IllegalArgumentException e) {
                    crack.refusedAsArgument++;
                    FuzzText.assertNamesArgument(e, "url");
                } catch (Error e) {
                    WineCrackUrlCrash.requireTolerated(nativeDll, url, flags, e);
                    crashedUnderWine++; // Wine 8.0's known fault: see WineCrackUrlCrash
                }
                crack.timed(t, url);
            }

            if (parts != null) {
                t = System.nanoTime();
                try {
                    String made = urls.create(parts, in.random().nextBoolean() ? 0 : ICU_ESCAPE);
                    create.ok++;
                    assertEquals(-1, made.indexOf('\0'), () -> "NUL in created URL from " + FuzzText.show(url));
                } catch (WinInetException e) {
                    create.refusedByWindows++;
                } catch (IllegalArgumentException e) {
                    create.refusedAsArgument++;
                }
                create.timed(t, url);
            }

            int canonFlags = CANON_FLAGS[in.random().nextInt(CANON_FLAGS.length)];
            t = System.nanoTime();
            try {
                String c = urls.canonicalize(url, canonFlags);
                canon.ok++;
                assertEquals(-1, c.indexOf('\0'), () -> "NUL in canonical URL of " + FuzzText.show(url));
            } catch (WinInetException e) {
                canon.refusedByWindows++;
            } catch (IllegalArgumentException e) {
                canon.refusedAsArgument++;
                FuzzText.assertNamesArgument(e, "url");
            }
            canon.timed(t, url);

            String relative = in.relative();
            t = System.nanoTime();
            try {
                String c = urls.combine(url, relative, canonFlags);
                combine.ok++;
                assertEquals(-1, c.indexOf('\0'), () -> "NUL in combined URL of " + FuzzText.show(url));
            } catch (WinInetException e) {
                combine.refusedByWindows++;
            } catch (IllegalArgumentException e) {
                combine.refusedAsArgument++;
                FuzzText.assertNamesArgument(e, "base", "relative");
            }
            combine.timed(t, url + " + " + relative);
        }
        System.out.printf("fuzz WinUrls [%s] seed %d, %d ms%n  crack: %s, %d skipped (Wine crash shape), %d crashed (Wine, tolerated)%n"
                        + "  create: %s%n  canonicalize: %s%n  combine: %s%n",
                backend.name(), FuzzInputs.seed(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                crack.summary(count), skippedUnderWine, crashedUnderWine, create.summary(crack.ok), canon.summary(count),
                combine.summary(count));
        assertTrue(crack.ok > count / 10, "the generator reaches the success paths: " + crack.summary(count));
    }

    private static void checkCracked(String url, int flags, UrlParts p) {
        assertTrue(p.port() >= 0 && p.port() <= 0xFFFF, () -> "port " + p.port() + " of " + FuzzText.show(url));
        boolean file = p.schemeType() == INTERNET_SCHEME_FILE;
        for (String part : new String[] {p.scheme(), p.host(), p.user(), p.password(), p.path(), p.extra()}) {
            assertNotNull(part, () -> "null part of " + FuzzText.show(url));
            assertEquals(-1, part.indexOf('\0'), () -> "NUL in a part of " + FuzzText.show(url));
            // A file URL's path comes back with '/' turned into '\\' (a DOS path), so it is no piece of the input.
            if (flags == 0 && !part.isEmpty() && !(file && part == p.path())) {
                // Without ICU_DECODE/ICU_ESCAPE the parts are pieces of the input itself: every
                // code unit reaches the DLL as it is, unpaired surrogates included.
                assertTrue(url.contains(part), () -> "part '" + FuzzText.show(part) + "' is not in " + FuzzText.show(url));
            }
        }
    }

    @AllBackends
    void winHttpUrlFunctionsNeverFailOtherwise(Backend backend) {
        try {
            backend.winhttp();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            Assumptions.abort("backend " + backend.name() + " has no WinHTTP: " + e.getMessage());
        }
        WinHttpUrls urls = WinHttpUrls.of(backend);
        FuzzInputs in = new FuzzInputs(2);
        int count = FuzzInputs.count(CI_COUNT);
        Tally crack = new Tally();
        Tally create = new Tally();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String url = in.url();
            int flags = CRACK_FLAGS[in.random().nextInt(CRACK_FLAGS.length)];
            WinHttpUrlParts parts = null;
            long t = System.nanoTime();
            try {
                parts = urls.crack(url, flags);
                crack.ok++;
                WinHttpUrlParts p = parts;
                assertTrue(p.port() >= 0 && p.port() <= 0xFFFF, () -> "port of " + FuzzText.show(url));
                for (String part : new String[] {p.scheme(), p.host(), p.user(), p.password(), p.path(), p.extra()}) {
                    assertNotNull(part, () -> "null part of " + FuzzText.show(url));
                    assertEquals(-1, part.indexOf('\0'), () -> "NUL in a part of " + FuzzText.show(url));
                }
            } catch (WinHttpException e) {
                crack.refusedByWindows++;
            } catch (IllegalArgumentException e) {
                crack.refusedAsArgument++;
                FuzzText.assertNamesArgument(e, "url");
            }
            crack.timed(t, url);
            if (parts != null) {
                t = System.nanoTime();
                try {
                    String made = urls.create(parts, in.random().nextBoolean() ? 0 : ICU_ESCAPE);
                    create.ok++;
                    assertEquals(-1, made.indexOf('\0'), () -> "NUL in created URL from " + FuzzText.show(url));
                } catch (WinHttpException e) {
                    create.refusedByWindows++;
                } catch (IllegalArgumentException e) {
                    create.refusedAsArgument++;
                }
                create.timed(t, url);
            }
        }
        System.out.printf("fuzz WinHttpUrls [%s] seed %d, %d ms%n  crack: %s%n  create: %s%n",
                backend.name(), FuzzInputs.seed(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                crack.summary(count), create.summary(crack.ok));
        assertTrue(crack.ok > count / 50, "the generator reaches the success paths: " + crack.summary(count));
    }
}
