package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ParallelChunksTest {
    @Test
    void everyIndexRunsOnceOnThreadsNamedAfterTheLoop() {
        int n = 1000;
        int[] runs = new int[n];
        Set<String> names = ConcurrentHashMap.newKeySet();
        ParallelChunks.run("test-loop", n, 7, 3, () -> null, (w, i) -> {
            runs[i]++;
            names.add(Thread.currentThread().getName());
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, runs[i], "index " + i);
        }
        assertEquals(Set.of("test-loop"), names);
    }

    @Test
    void aTasksUncheckedExceptionIsRethrownAsItIs() {
        IllegalArgumentException thrown = new IllegalArgumentException("draw 500");
        IllegalArgumentException caught = assertThrows(IllegalArgumentException.class,
                () -> ParallelChunks.run("test-loop", 1000, 10, 3, () -> null, (w, i) -> {
                    if (i == 500) {
                        throw thrown;
                    }
                }));
        assertSame(thrown, caught);
    }

    @Test
    void rethrownWrapsACheckedCause() {
        Exception cause = new Exception("checked");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ParallelChunks.rethrown(new ExecutionException(cause)));
        assertSame(cause, e.getCause());
        Error error = new AssertionError("error");
        assertSame(error, assertThrows(AssertionError.class, () -> ParallelChunks.rethrown(new ExecutionException(error))));
    }
}
