package nl.ruimtevraag.uncertainty;

/**
 * The per-draw outputs of a run, as float differences from the deterministic values, laid out for
 * the reduction: per chunk of {@link #CHUNK} draws, each cell's draws are contiguous
 * ({@code [chunk][cell][draw in chunk]}), so a reducer reads one region's cells as a few runs of
 * a few kilobytes per chunk. A worker collects a chunk draw by draw in its own draw-major buffer
 * ({@link ChunkBuffer}, sequential writes) and transposes it into the store when the chunk is
 * done. Chunks are grouped in blocks of {@link #BLOCK} draws, one array per block and output,
 * allocated by the first worker that writes into it (under the block's own lock: a worker storing
 * into another block does not wait for the zeroing); a block of a large run is a humongous object
 * that the garbage collector never copies. Blocks are few and large: once the heap is past G1's
 * occupancy threshold, every humongous allocation starts a concurrent marking cycle (with blocks
 * of 256 draws the 342-region benchmark started eight, about 0.35 s of the collector's CPU on the
 * workers' two cores; with 4,096 one, docs/performance.md). Every chunk is written before the
 * reduction reads it (ordered by the executor's task completion).
 */
final class DrawStore {
    static final int CHUNK = MonteCarloRunner.CHUNK;
    /** draws per block: a multiple of CHUNK */
    static final int BLOCK = 64 * CHUNK;
    /** cells transposed together */
    private static final int GROUP = 16;

    private final int cells;
    private final int draws;
    private final float[][] vraag;
    private final float[][] aanbod;
    /** one lock per block, held while the block's arrays are allocated and read */
    private final Object[] locks;

    DrawStore(int cells, int draws) {
        this.cells = cells;
        this.draws = draws;
        int blocks = (draws + BLOCK - 1) / BLOCK;
        vraag = new float[blocks][];
        aanbod = new float[blocks][];
        locks = new Object[blocks];
        for (int b = 0; b < blocks; b++) {
            locks[b] = new Object();
        }
    }

    /** Cells per draw. */
    int cells() {
        return cells;
    }

    int chunks() {
        return (draws + CHUNK - 1) / CHUNK;
    }

    /** Draws in a chunk (the last may be short). */
    int drawsIn(int chunk) {
        return Math.min(CHUNK, draws - chunk * CHUNK);
    }

    /** Where cell 0 of a chunk starts in its block's arrays; cell c starts {@code c * CHUNK} further. */
    int chunkStart(int chunk) {
        return (chunk % (BLOCK / CHUNK)) * cells * CHUNK;
    }

    float[] vraag(int chunk) {
        return vraag[chunk / (BLOCK / CHUNK)];
    }

    float[] aanbod(int chunk) {
        return aanbod[chunk / (BLOCK / CHUNK)];
    }

    /** Stores a chunk collected in a worker's buffer: the transpose from draw-major to cell-major. */
    void put(int chunk, ChunkBuffer buffer) {
        int block = chunk / (BLOCK / CHUNK);
        float[] v;
        float[] a;
        synchronized (locks[block]) {
            if (vraag[block] == null) {
                int chunksInBlock = Math.min(BLOCK / CHUNK, chunks() - block * (BLOCK / CHUNK));
                int size = chunksInBlock * CHUNK * cells;
                vraag[block] = new float[size];
                aanbod[block] = new float[size];
            }
            v = vraag[block];
            a = aanbod[block];
        }
        int start = chunkStart(chunk);
        int n = drawsIn(chunk);
        // in groups of 16 cells (one cache line of the buffer's rows): the group's destination runs
        // (16 x CHUNK floats) stay in the first-level cache while the draws are read row by row
        for (int c0 = 0; c0 < cells; c0 += GROUP) {
            int c1 = Math.min(cells, c0 + GROUP);
            for (int d = 0; d < n; d++) {
                int from = d * cells;
                for (int c = c0; c < c1; c++) {
                    v[start + c * CHUNK + d] = buffer.vraag[from + c];
                    a[start + c * CHUNK + d] = buffer.aanbod[from + c];
                }
            }
        }
    }

    /** One worker's chunk, draw by draw ({@code [draw in chunk][cell]}). */
    static final class ChunkBuffer {
        final float[] vraag;
        final float[] aanbod;

        ChunkBuffer(int cells) {
            vraag = new float[CHUNK * cells];
            aanbod = new float[CHUNK * cells];
        }
    }
}
