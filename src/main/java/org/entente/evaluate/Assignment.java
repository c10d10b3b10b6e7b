package org.entente.evaluate;

import java.util.Arrays;

/**
 * The pairing of returned rows with key rows that has the greatest total weight (the
 * Hungarian method, O(n²m)). Deterministic: the same weights give the same pairing.
 */
final class Assignment {
    private Assignment() {}

    private static final long INFINITY = Long.MAX_VALUE / 4;

    /**
     * Pairs rows with columns to maximise the sum of weights; a pair of weight 0 is no pair.
     *
     * @param weights a rectangular matrix of weights ≥ 0, rows × columns
     * @return for each row, its column, or -1 when it has none
     */
    static int[] maximise(long[][] weights) {
        int n = weights.length, m = n == 0 ? 0 : weights[0].length;
        int[] result = new int[n];
        Arrays.fill(result, -1);
        if (n == 0 || m == 0) return result;
        boolean transposed = n > m;
        int rows = transposed ? m : n, cols = transposed ? n : m;
        long[][] cost = new long[rows + 1][cols + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) cost[i + 1][j + 1] = -(transposed ? weights[j][i] : weights[i][j]);
        }
        int[] owner = solve(cost, rows, cols);
        for (int j = 1; j <= cols; j++) {
            if (owner[j] == 0) continue;
            int r = transposed ? j - 1 : owner[j] - 1, c = transposed ? owner[j] - 1 : j - 1;
            if (weights[r][c] > 0) result[r] = c;
        }
        return result;
    }

    /** Minimum-cost assignment of rows 1..n to distinct columns 1..m (n ≤ m); owner[j] = row of column j, 0 for none. */
    private static int[] solve(long[][] a, int n, int m) {
        long[] u = new long[n + 1], v = new long[m + 1];
        int[] owner = new int[m + 1], way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            owner[0] = i;
            int j0 = 0;
            long[] minv = new long[m + 1];
            Arrays.fill(minv, INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = owner[j0], j1 = 0;
                long delta = INFINITY;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) continue;
                    long cur = a[i0][j] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[owner[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (owner[j0] != 0);
            do {
                int j1 = way[j0];
                owner[j0] = owner[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        return owner;
    }
}
