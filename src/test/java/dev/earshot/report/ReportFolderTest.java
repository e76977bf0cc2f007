package dev.earshot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.report.json.JsonReportWriter;
import dev.earshot.report.model.MasterSummary;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import dev.earshot.report.model.SpectrumCurve;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report folder appears whole or not at all. */
class ReportFolderTest {
    @TempDir
    Path dir;

    private static ReportDocument document() {
        Map<Band, Double> bands = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            bands.put(band, -7.0);
        }
        return new ReportDocument(new ReportMeta(1, "test", "T", null, Instant.EPOCH, List.of()),
                new MasterSummary("m.wav", 1, 48_000, 2, new LoudnessFigures(-14, -12, 5, -1, 13), bands,
                        new SpectrumCurve(new double[] {100}, new double[] {0}), 0.5),
                List.of(), List.of(), List.of(), null, null, null, List.of());
    }

    /** Writes one file, then fails, as a writer that runs out of disk would. */
    private static final class FailingWriter implements ReportFormatWriter {
        @Override
        public String format() {
            return "broken";
        }

        @Override
        public String fileName() {
            return "broken.txt";
        }

        @Override
        public void write(ReportDocument document, Path folder) throws IOException {
            Files.writeString(folder.resolve("broken.txt"), "half");
            throw new IOException("disk full");
        }
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }

    @Test
    void aCompleteReportIsMovedIntoPlaceAndNoTemporaryFolderRemains() throws IOException {
        Path target = dir.resolve("master-20261125-120000");
        ReportFolder.write(document(), List.of(new JsonReportWriter()), target, new ReportCancellation());
        assertTrue(Files.isRegularFile(target.resolve("report.json")));
        assertEquals(List.of(target), listing());
    }

    @Test
    void aWriterThatThrowsLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("report");
        IOException e = assertThrows(IOException.class, () -> ReportFolder.write(document(),
                List.of(new JsonReportWriter(), new FailingWriter()), target, new ReportCancellation()));
        assertEquals("disk full", e.getMessage());
        assertEquals(List.of(), listing(), "neither the report nor its temporary folder");
    }

    @Test
    void aCancelledReportLeavesNothingBehind() throws IOException {
        ReportCancellation cancellation = new ReportCancellation();
        cancellation.cancel();
        assertThrows(InterruptedIOException.class, () -> ReportFolder.write(document(),
                List.of(new JsonReportWriter()), dir.resolve("report"), cancellation));
        assertEquals(List.of(), listing());
    }

    @Test
    void anExistingNonEmptyFolderIsRefusedAndKept() throws IOException {
        Path target = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(target.resolve("keep.txt"), "mine");
        assertThrows(IOException.class, () -> ReportFolder.write(document(), List.of(new JsonReportWriter()), target,
                new ReportCancellation()));
        assertEquals("mine", Files.readString(target.resolve("keep.txt")));
        assertFalse(Files.exists(target.resolve("report.json")));
        assertEquals(List.of(target), listing());
    }

    @Test
    void anExistingEmptyFolderReceivesTheReport() throws IOException {
        Path target = Files.createDirectories(dir.resolve("empty"));
        ReportFolder.write(document(), List.of(new JsonReportWriter()), target, new ReportCancellation());
        assertTrue(Files.isRegularFile(target.resolve("report.json")));
    }

    @Test
    void defaultFolderIsTheMasterNameAndATimestamp() {
        assertEquals(dir.resolve("song-final-20261125-143005"), ReportFolder.defaultFolder(dir,
                Path.of("x", "song-final.wav"), LocalDateTime.of(2026, 11, 25, 14, 30, 5)));
    }

    @Test
    void unknownFormatNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportFormats.standard().select(List.of("json", "docx")));
        assertEquals("--format docx: unknown report format (known: html, pdf, json)", e.getMessage());
        assertEquals(1, ReportFormats.standard().select(List.of("json", " json")).size());
    }
}
