package io.github.winnet4j.bench;

import java.util.Arrays;

/** Median, minimum and maximum of repeated measurements: single figures on a shared machine mislead. */
record Stats(double median, double min, double max, int count) {

    static Stats of(double[] values) {
        if (values.length == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(median, sorted[0], sorted[n - 1], n);
    }
}
