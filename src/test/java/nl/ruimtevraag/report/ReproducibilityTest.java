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

    /** The zip entries carry the fixed time; the properties the run date (00:00 UTC), today or SOURCE_DATE_EPOCH's. */
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
            long day = RunDate.today().atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
            assertEquals(day, core.getCreated().getTime(), "the run date at 00:00 UTC");
            assertEquals(day, core.getModified().getTime());
        }
    }

    @Test
    void aCoverDateIsTheRunDate() throws Exception {
        java.time.LocalDate date = java.time.LocalDate.of(2026, 3, 14);
        ReportContext ctx = ReportFixture.provinces();
        ctx = ctx.withTemplate(ReportContext.BUILT_IN_TEMPLATE, new ReportContext.Cover("", "", date));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.toBytes(ctx)))) {
            assertEquals(date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toEpochMilli(),
                    wb.getProperties().getCoreProperties().getCreated().getTime());
            assertEquals(true, WorkbookContentTest.texts(wb.getSheet("Voorblad")).contains("14 maart 2026"));
            assertEquals("14 maart 2026", wb.getSheet("Samenvatting").getHeader().getRight());
        }
    }

    @Test
    void sourceDateEpochFixesTheDate() {
        assertEquals(java.time.LocalDate.of(2023, 11, 14),
                RunDate.of(java.util.Map.of(RunDate.SOURCE_DATE_EPOCH, "1700000000"), java.time.LocalDate.of(2026, 1, 1)));
        assertEquals(java.time.LocalDate.of(2026, 1, 1),
                RunDate.of(java.util.Map.of(RunDate.SOURCE_DATE_EPOCH, "not a number"), java.time.LocalDate.of(2026, 1, 1)));
        assertEquals(java.time.LocalDate.of(2026, 1, 1), RunDate.of(java.util.Map.of(), java.time.LocalDate.of(2026, 1, 1)));
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
