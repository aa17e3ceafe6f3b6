package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionListTest {
    @Test
    void copiesItsListsAndKeepsThemUnmodifiable() {
        List<String> codes = new ArrayList<>(List.of("GR", "FR"));
        RegionList list = new RegionList(codes, List.of("Groningen", "Fryslân"));
        codes.set(0, "DR");
        assertEquals(List.of("GR", "FR"), list.codes());
        assertEquals(2, list.size());
        assertThrows(UnsupportedOperationException.class, () -> list.codes().add("NH"));
    }

    @Test
    void codesAndNamesMustPair() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RegionList(List.of("GR", "FR"), List.of("Groningen")));
        assertTrue(e.getMessage().contains("2 codes, 1 names"), e.getMessage());
    }
}
