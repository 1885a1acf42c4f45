package org.plasticitylab.viz.explorer;

/**
 * Where the network view puts things in a panel of {@code width} x {@code height} pixels: a
 * header of {@code headerHeight} pixels, then the four regions as a 2 x 2 grid of blocks, each
 * a label over a square grid of unit cells.
 *
 * @param width the panel's width in pixels
 * @param height the panel's height in pixels
 * @param regionSize units per region
 * @param headerHeight pixels above the blocks (title and key), which grow with the font
 */
record NetworkLayout(int width, int height, int regionSize, int headerHeight) {
    /** Pixels around and between the blocks. */
    static final int MARGIN = 30;

    /** Pixels of a block's label line above its units, in proportion to the header. */
    int labelHeight() {
        return headerHeight * 2 / 5;
    }

    /** Units per row of a region's grid. */
    int side() {
        return (int) Math.ceil(Math.sqrt(regionSize));
    }

    /** The width of a region's block, in pixels (its grid may be narrower). */
    int blockWidth() {
        return (width - 3 * MARGIN) / 2;
    }

    /** The side of one unit's cell, in pixels. */
    int cell() {
        int blockW = blockWidth();
        int blockH = (height - headerHeight - 3 * MARGIN) / 2;
        return Math.max(2, Math.min(blockW, blockH - labelHeight()) / side());
    }

    /** Left edge of region {@code r}'s block (0..3: executive, mood, reward, memory). */
    int blockX(int r) {
        return MARGIN + (r % 2) * (blockWidth() + MARGIN);
    }

    /** Top edge of region {@code r}'s block, where its label goes. */
    int blockY(int r) {
        return headerHeight + MARGIN / 2 + (r / 2) * ((height - headerHeight - 3 * MARGIN) / 2
                + MARGIN);
    }

    /** Left edge of unit {@code u}'s cell. */
    int cellX(int u) {
        return blockX(u / regionSize) + (u % regionSize % side()) * cell();
    }

    /** Top edge of unit {@code u}'s cell. */
    int cellY(int u) {
        return blockY(u / regionSize) + labelHeight() + (u % regionSize / side()) * cell();
    }
}
