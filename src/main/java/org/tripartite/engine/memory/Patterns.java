package org.tripartite.engine.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Binary patterns ξ ∈ {−1, +1}^N for the associative memory: random patterns, pixel grids and
 * corrupted cues.
 *
 * <p>A pixel grid is a list of rows of equal length, read row by row, so a 10 × 10 image gives
 * N = 100. A dark pixel ('#', 'X', 'x', '1' or '*') is +1 and any other character is −1.
 */
public final class Patterns {

    /** Width and height of the built-in digit images. */
    public static final int DIGIT_SIDE = 10;

    private static final String[][] DIGIT_ROWS = {
        {"..######..", ".##....##.", "##......##", "##......##", "##......##",
         "##......##", "##......##", "##......##", ".##....##.", "..######.."},
        {"....##....", "...###....", "..####....", "....##....", "....##....",
         "....##....", "....##....", "....##....", "....##....", "..######.."},
        {"..######..", ".##....##.", ".......##.", "......##..", ".....##...",
         "....##....", "...##.....", "..##......", ".##.......", "##########"},
        {".#######..", ".......##.", ".......##.", ".......##.", "..######..",
         ".......##.", ".......##.", ".......##.", ".......##.", ".#######.."},
        {"......##..", ".....###..", "....####..", "...##.##..", "..##..##..",
         ".##...##..", "##########", "......##..", "......##..", "......##.."},
        {"#########.", "##........", "##........", "########..", ".......##.",
         "........##", "........##", "........##", ".......##.", "########.."},
        {"...#####..", "..##......", ".##.......", "##........", "##.#####..",
         "###....##.", "##......##", "##......##", ".##....##.", "..######.."},
        {"##########", "........##", ".......##.", "......##..", ".....##...",
         "....##....", "...##.....", "...##.....", "...##.....", "...##....."},
        {"..######..", ".##....##.", ".##....##.", "..##..##..", "...####...",
         "..##..##..", ".##....##.", "##......##", ".##....##.", "..######.."},
        {"..######..", ".##....##.", "##......##", "##......##", ".##....###",
         "..#####.##", "........##", ".......##.", "......##..", "..#####..."},
    };

    private Patterns() {
    }

    /**
     * Draws {@code count} patterns of {@code n} independent, equally likely ±1 entries.
     *
     * @return an array of {@code count} rows of length {@code n}
     */
    public static int[][] random(int count, int n, long seed) {
        if (count < 1 || n < 1) {
            throw new IllegalArgumentException("count and n must be positive, got count=" + count + ", n=" + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[][] patterns = new int[count][n];
        for (int[] pattern : patterns) {
            for (int i = 0; i < n; i++) {
                pattern[i] = random.nextBoolean() ? 1 : -1;
            }
        }
        return patterns;
    }

    /**
     * Converts a pixel grid to a pattern, row by row.
     *
     * @throws IllegalArgumentException if the grid is empty or its rows differ in length
     */
    public static int[] fromPixelGrid(List<String> rows) {
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            throw new IllegalArgumentException("pixel grid is empty");
        }
        int width = rows.get(0).length();
        int[] pattern = new int[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            String row = rows.get(r);
            if (row.length() != width) {
                throw new IllegalArgumentException("pixel grid row " + r + " has " + row.length()
                        + " characters, expected " + width);
            }
            for (int c = 0; c < width; c++) {
                pattern[r * width + c] = isDark(row.charAt(c)) ? 1 : -1;
            }
        }
        return pattern;
    }

    /** Returns the built-in 10 × 10 images of the digits 0 to 9 (N = 100), in that order. */
    public static int[][] digits() {
        List<int[]> digits = new ArrayList<>();
        for (String[] rows : DIGIT_ROWS) {
            digits.add(fromPixelGrid(List.of(rows)));
        }
        return digits.toArray(new int[0][]);
    }

    /** Returns the number of bits a cue flips: round(fraction · n). */
    public static int flipCount(int n, double fraction) {
        return (int) Math.round(fraction * n);
    }

    /**
     * Returns a copy of {@code pattern} with exactly {@link #flipCount} distinct bits flipped,
     * chosen uniformly at random.
     */
    public static int[] corrupt(int[] pattern, double fraction, SplittableRandom random) {
        if (!(fraction >= 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("flip fraction must be in [0, 1], got " + fraction);
        }
        int n = pattern.length;
        int flips = flipCount(n, fraction);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] cue = pattern.clone();
        // Partial Fisher–Yates shuffle: the first `flips` entries of `order` are a uniform subset.
        for (int i = 0; i < flips; i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            cue[order[i]] = -cue[order[i]];
        }
        return cue;
    }

    /** Returns the number of positions where two patterns of equal length differ. */
    public static int hammingDistance(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("patterns differ in length: " + a.length + " and " + b.length);
        }
        int distance = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                distance++;
            }
        }
        return distance;
    }

    private static boolean isDark(char pixel) {
        return pixel == '#' || pixel == 'X' || pixel == 'x' || pixel == '1' || pixel == '*';
    }
}
