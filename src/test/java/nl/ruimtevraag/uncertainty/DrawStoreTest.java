package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The store's layout across chunks and blocks: what a worker puts is what the reduction reads. */
class DrawStoreTest {
    /** more than two groups of the transpose (16 cells each), the last one partial */
    private static final int CELLS = 37;

    /** A value that names its draw, cell and output. */
    private static float value(int draw, int cell, boolean vraag) {
        return draw * 10f + cell + (vraag ? 0f : 0.5f);
    }

    @Test
    void everyDrawOfEveryCellIsReadBackWhereTheReductionLooks() {
        int draws = 2 * DrawStore.BLOCK + 3 * DrawStore.CHUNK + 17; // three blocks, the last chunk short
        DrawStore store = new DrawStore(CELLS, draws);
        DrawStore.ChunkBuffer buffer = new DrawStore.ChunkBuffer(CELLS);
        // every chunk once, in a scrambled order (7 is prime to the number of chunks), as workers put them
        int chunks = store.chunks();
        assertEquals(1, java.math.BigInteger.valueOf(7).gcd(java.math.BigInteger.valueOf(chunks)).intValue());
        assertEquals((draws + DrawStore.CHUNK - 1) / DrawStore.CHUNK, chunks);
        for (int k = 0; k < chunks; k++) {
            int chunk = (k * 7) % chunks;
            for (int d = 0; d < store.drawsIn(chunk); d++) {
                for (int c = 0; c < CELLS; c++) {
                    int draw = chunk * DrawStore.CHUNK + d;
                    buffer.vraag[d * CELLS + c] = value(draw, c, true);
                    buffer.aanbod[d * CELLS + c] = value(draw, c, false);
                }
            }
            store.put(chunk, buffer);
        }
        assertEquals(17, store.drawsIn(chunks - 1));
        for (int chunk = 0; chunk < chunks; chunk++) {
            for (int c = 0; c < CELLS; c++) {
                for (int d = 0; d < store.drawsIn(chunk); d++) {
                    int at = store.chunkStart(chunk) + c * DrawStore.CHUNK + d;
                    int draw = chunk * DrawStore.CHUNK + d;
                    assertEquals(value(draw, c, true), store.vraag(chunk)[at], "vraag, draw " + draw + ", cell " + c);
                    assertEquals(value(draw, c, false), store.aanbod(chunk)[at], "aanbod, draw " + draw + ", cell " + c);
                }
            }
        }
        int perBlock = DrawStore.BLOCK / DrawStore.CHUNK;
        assertSame(store.vraag(0), store.vraag(perBlock - 1), "the chunks of a block share its array");
        assertNotSame(store.vraag(perBlock - 1), store.vraag(perBlock), "the next block has its own");
        // the last block holds only its own chunks
        assertEquals((chunks - 2 * perBlock) * DrawStore.CHUNK * CELLS, store.vraag(chunks - 1).length);
    }
}
