package org.plasticitylab.cli.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One share of a sweep, for running it as several jobs ({@code --shard K/N}): shard {@code K}
 * of {@code N} runs the runs whose index (from 0, in the order of the grid) leaves remainder
 * {@code K - 1} when divided by {@code N}. The split depends on nothing but the run index, so
 * every job computes the same one, and each shard gets settings from all over the grid.
 *
 * @param index which share, from 1
 * @param count how many shares, at least 1
 */
public record Shard(int index, int count) {
    /** The whole sweep: shard 1 of 1. */
    public static final Shard WHOLE = new Shard(1, 1);
    private static final Pattern SYNTAX = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    /** Checks {@code 1 <= index <= count}. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard must be K/N with 1 <= K <= N, was "
                    + index + "/" + count);
        }
    }

    /**
     * Reads {@code K/N}.
     *
     * @param text the argument of {@code --shard}, e.g. {@code 2/3}
     * @return the shard
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static Shard parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard must look like K/N, e.g. 2/3, was '"
                    + text + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * Whether this shard runs the run.
     *
     * @param run the run's index in the grid, from 0
     * @return true if it is in this share
     */
    public boolean has(int run) {
        return run % count == index - 1;
    }

    /**
     * How many of the sweep's runs are in this share.
     *
     * @param runs the number of runs of the whole sweep
     * @return the size of the share
     */
    public int size(int runs) {
        return runs / count + (runs % count >= index ? 1 : 0);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
