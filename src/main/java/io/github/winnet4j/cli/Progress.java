package io.github.winnet4j.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A transfer meter on standard error: percent, rate and ETA when the size is known, bytes and rate
 * when not. It redraws one line with {@code \r} at most ten times a second and ends it with a newline.
 * A disabled meter does nothing, so callers need not check.
 */
final class Progress {
    static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final String label;
    private final long total;
    private final LongSupplier clock;
    private final long start;
    private long bytes;
    private long lastDraw = Long.MIN_VALUE;
    private int lastWidth;
    private boolean drawn;

    Progress(PrintStream err, boolean enabled, String label, long total, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.label = label;
        this.total = total;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /**
     * A meter that draws when asked for with {@code --progress}, or by default when a console is
     * attached; never with {@code --no-progress}.
     *
     * @param total the size in bytes, or -1 when unknown
     */
    static Progress of(Io io, Boolean requested, String label, long total) {
        boolean enabled = requested != null ? requested : io.terminal().interactive();
        return new Progress(io.err(), enabled, label, total, System::nanoTime);
    }

    boolean enabled() {
        return enabled;
    }

    /** Counts {@code n} more bytes and redraws if the last redraw is 100 ms old. */
    void advance(long n) {
        bytes += n;
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (lastDraw == Long.MIN_VALUE || now - lastDraw >= REDRAW_NANOS) {
            draw(now);
        }
    }

    /** Draws the final state and ends the line. */
    void finish() {
        if (!enabled) {
            return;
        }
        draw(clock.getAsLong());
        err.print('\n');
        err.flush();
    }

    /** Ends the line without a final redraw (the transfer failed; the error follows on its own line). */
    void abandon() {
        if (enabled && drawn) {
            err.print('\n');
            err.flush();
        }
    }

    private void draw(long now) {
        lastDraw = now;
        String line = line(label, bytes, total, now - start);
        int pad = Math.max(0, lastWidth - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        lastWidth = line.length();
        drawn = true;
    }

    /** One meter line, e.g. {@code "body  42%  1.2 MiB of 3.0 MiB  850.0 KiB/s  ETA 0:03"}. */
    static String line(String label, long bytes, long total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? bytes / seconds : 0;
        StringBuilder sb = new StringBuilder(label);
        if (total >= 0) {
            long percent = total == 0 ? 100 : Math.min(100, bytes * 100 / total);
            sb.append(String.format(Locale.ROOT, " %3d%%  %s of %s  %s/s", percent, size(bytes), size(total), size(rate)));
            if (bytes < total && rate > 0) {
                sb.append("  ETA ").append(duration((long) Math.ceil((total - bytes) / rate)));
            }
        } else {
            sb.append(String.format(Locale.ROOT, "  %s  %s/s", size(bytes), size(rate)));
        }
        return sb.toString();
    }

    static String size(double bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int unit = 0;
        while (bytes >= 1024 && unit < units.length - 1) {
            bytes /= 1024;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%d B", (long) bytes)
                : String.format(Locale.ROOT, "%.1f %s", bytes, units[unit]);
    }

    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
