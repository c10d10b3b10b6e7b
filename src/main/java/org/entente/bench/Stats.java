package org.entente.bench;

import java.util.Arrays;

/** Medians and percentiles of measured times. */
final class Stats {
    private Stats() {}

    static double median(double[] values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile (p99 of 100 values is the 99th smallest). */
    static double percentile(double[] values, double p) {
        if (values.length == 0) return Double.NaN;
        double[] s = values.clone();
        Arrays.sort(s);
        if (p == 50 && s.length % 2 == 0) return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }
}
