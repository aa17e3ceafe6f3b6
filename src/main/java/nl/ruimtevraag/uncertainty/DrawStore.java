package nl.ruimtevraag.uncertainty;

import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Every draw of every cell (region x werkmilieu x period end) of a Monte Carlo run: vraag and aanbod
 * as float differences from the deterministic values (exact zero when a draw equals them; about 7
 * significant digits of the spread otherwise). 8 bytes per cell and draw: 410 MB for 342 regions x 5
 * werkmilieus x 3 period ends x 10,000 draws. Workers put draws at their index; the reduction reads
 * a cell's draws back once every draw is in.
 *
 * <p>Layout: per output one array, in it {@link #CHUNK} consecutive draws after another, and within
 * them each cell's draws together ({@code [chunk][cell][draw in chunk]}), so the reduction reads a
 * cell as runs of {@code CHUNK} floats. A worker collects a chunk's draws one after the other in a
 * {@link Chunk} of its own (sequential writes) and puts them into the store at the chunk's end. On
 * the 342-region benchmark, writing each draw straight into its cells (thousands of places far
 * apart) took about 5% more CPU time in this layout, and 50% more with one array per cell. One
 * array per output rather than one per chunk: so large an array is never copied by the garbage
 * collector (one per chunk were copied by 12 young collections; peak 0.70 GB instead of 0.58).
 */
final class DrawStore {
    /** draws per chunk, and per unit of work of the runner's threads */
    static final int CHUNK = 64;
    /** the most bytes a store can take: each output's array holds at most about 2^31 floats */
    static final long LARGEST = 2L * Float.BYTES * (Integer.MAX_VALUE - CHUNK * 1024L * 1024L);

    private final PeriodEndResult central;
    private final int cells;
    private final int draws;
    private final float[] vraag;
    private final float[] aanbod;

    /**
     * @param central the deterministic values, the cells' layout (their index {@code (r * W + w) * periods + p})
     * @throws ArithmeticException when the store is larger than {@link #LARGEST}
     */
    DrawStore(PeriodEndResult central, int draws) {
        this.central = central;
        this.cells = central.regions() * Werkmilieu.COUNT * central.periods();
        this.draws = draws;
        int size = Math.toIntExact((long) cells * ((draws + CHUNK - 1) / CHUNK) * CHUNK);
        vraag = new float[size];
        aanbod = new float[size];
    }

    /** The bytes a store of this many cells and draws takes. */
    static long bytes(long cells, long draws) {
        return 2 * Float.BYTES * cells * draws;
    }

    /** One worker's buffer for the draws of a chunk, draw after draw ({@code [draw in chunk][cell]}). */
    final class Chunk {
        private final float[] vraag = new float[CHUNK * cells];
        private final float[] aanbod = new float[CHUNK * cells];

        /** Keeps one draw's cells. */
        void put(int draw, PeriodEndResult out) {
            int row = (draw % CHUNK) * cells;
            for (int c = 0; c < cells; c++) {
                vraag[row + c] = (float) (out.vraagAt(c) - central.vraagAt(c));
                aanbod[row + c] = (float) (out.aanbodAt(c) - central.aanbodAt(c));
            }
        }

        /** Puts the draws {@code first..end-1}, one chunk, into the store. */
        void store(int first, int end) {
            for (int c = 0; c < cells; c++) {
                int at = at(first, c);
                for (int d = 0; d < end - first; d++) {
                    DrawStore.this.vraag[at + d] = vraag[d * cells + c];
                    DrawStore.this.aanbod[at + d] = aanbod[d * cells + c];
                }
            }
        }
    }

    private int at(int draw, int cell) {
        return ((draw / CHUNK) * cells + cell) * CHUNK + draw % CHUNK;
    }

    /** A cell's vraag in every draw, as kept: the deterministic value plus the stored difference. */
    void vraag(int cell, double[] draws) {
        rebuild(central.vraagAt(cell), vraag, cell, draws);
    }

    /** A cell's aanbod in every draw, as kept. */
    void aanbod(int cell, double[] draws) {
        rebuild(central.aanbodAt(cell), aanbod, cell, draws);
    }

    private void rebuild(double point, float[] stored, int cell, double[] out) {
        for (int first = 0; first < draws; first += CHUNK) {
            int at = at(first, cell);
            for (int d = first; d < Math.min(draws, first + CHUNK); d++) {
                out[d] = point + stored[at++];
            }
        }
    }
}
