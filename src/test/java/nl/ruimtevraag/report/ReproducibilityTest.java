package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs give a byte-identical workbook, whatever the machine's time zone, unless stamped. */
class ReproducibilityTest {
    @TempDir
    Path dir;

    @Test
    void twoWritesAreByteIdentical() throws Exception {
        ReportContext ctx = ReportFixture.provinces();
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        WorkbookWriter.write(ctx, a);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            WorkbookWriter.write(ReportFixture.provinces(), b);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void entriesAndPropertiesCarryTheFixedTime() throws Exception {
        byte[] bytes = WorkbookWriter.toBytes(ReportFixture.provinces());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null) {
                assertEquals(StreamingWorkbook.FIXED, e.getTimeLocal(), e.getName());
                entries++;
            }
            assertNotEquals(0, entries);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var core = wb.getProperties().getCoreProperties();
            assertEquals(946_684_800_000L, core.getCreated().getTime(), "2000-01-01T00:00:00Z");
            assertEquals(946_684_800_000L, core.getModified().getTime());
        }
    }

    @Test
    void aStampedWorkbookRecordsTheTime() throws Exception {
        byte[] bytes = WorkbookWriter.toBytes(ReportFixture.provinces().withStamp(true));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            long created = wb.getProperties().getCoreProperties().getCreated().getTime();
            assertEquals(System.currentTimeMillis(), created, 600_000);
            assertEquals(true, WorkbookContentTest.texts(wb.getSheet("Aannames en bronnen")).contains("Gemaakt op"));
        }
    }
}
