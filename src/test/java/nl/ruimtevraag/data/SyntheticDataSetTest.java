package nl.ruimtevraag.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDataSetTest {
    @Test
    void writesADataSetTheLoaderAcceptsAndKeepsTheProvincesTotals(@TempDir Path dir) throws Exception {
        SyntheticDataSet.write(50, 3, dir);
        RegionalData synth = DataSetLoader.load(dir);
        assertEquals(50, synth.regions().size());
        double stock = synth.regions().stream().mapToDouble(RegionData::stockTotal).sum();
        double provinces = DataSetLoader.loadEmbedded().regions().stream().mapToDouble(RegionData::stockTotal).sum();
        assertEquals(provinces, stock, 0.1 * provinces, "the jitter is +-20% around the provinces' shares");

        Path again = dir.resolve("again");
        SyntheticDataSet.write(50, 3, again);
        assertEquals(Files.readString(dir.resolve("supply.csv")), Files.readString(again.resolve("supply.csv")));
    }
}
