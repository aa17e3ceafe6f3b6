package nl.ruimtevraag.uncertainty;

/**
 * The per-draw outputs of a run, as float differences from the deterministic values, laid out by
 * chunk of draws: within a chunk, each cell's draws are contiguous. A worker that runs one chunk
 * writes into one block of {@code cells * CHUNK} floats (cache- and TLB-friendly), and a reducer
 * reads a cell's draws in runs of {@code CHUNK}. Each chunk is written by one thread, before the
 * reduction reads it (ordered by the executor's task completion).
 */
final class DrawStore {
    static final int CHUNK = MonteCarloRunner.CHUNK;
    private static final int SHIFT = Integer.numberOfTrailingZeros(CHUNK);

    private final float[][] vraag;
    private final float[][] aanbod;

    DrawStore(int cells, int draws) {
        if (Integer.bitCount(CHUNK) != 1) {
            throw new IllegalStateException("CHUNK must be a power of two");
        }
        int chunks = (draws + CHUNK - 1) / CHUNK;
        vraag = new float[chunks][cells * CHUNK];
        aanbod = new float[chunks][cells * CHUNK];
    }

    void put(int draw, int cell, float deltaVraag, float deltaAanbod) {
        int at = (cell << SHIFT) + (draw & (CHUNK - 1));
        vraag[draw >>> SHIFT][at] = deltaVraag;
        aanbod[draw >>> SHIFT][at] = deltaAanbod;
    }

    float vraag(int cell, int draw) {
        return vraag[draw >>> SHIFT][(cell << SHIFT) + (draw & (CHUNK - 1))];
    }

    float aanbod(int cell, int draw) {
        return aanbod[draw >>> SHIFT][(cell << SHIFT) + (draw & (CHUNK - 1))];
    }
}
