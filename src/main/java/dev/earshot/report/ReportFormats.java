package dev.earshot.report;

import dev.earshot.report.html.HtmlReportWriter;
import dev.earshot.report.json.JsonReportWriter;
import dev.earshot.report.pdf.PdfReportWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of report writers, by {@code --format} name. Immutable; {@link #with} returns a new registry.
 */
public final class ReportFormats {
    private final Map<String, ReportFormatWriter> writers;

    private ReportFormats(Map<String, ReportFormatWriter> writers) {
        this.writers = writers;
    }

    /** The writers Earshot ships: {@code html}, {@code pdf}, {@code json}. */
    public static ReportFormats standard() {
        return new ReportFormats(new LinkedHashMap<>()).with(new HtmlReportWriter()).with(new PdfReportWriter())
                .with(new JsonReportWriter());
    }

    /**
     * This registry with {@code writer} added (replacing one of the same format name).
     *
     * @throws IllegalArgumentException if two writers would write the same file
     */
    public ReportFormats with(ReportFormatWriter writer) {
        for (ReportFormatWriter other : writers.values()) {
            if (!other.format().equals(writer.format()) && other.fileName().equals(writer.fileName())) {
                throw new IllegalArgumentException("formats " + other.format() + " and " + writer.format()
                        + " would both write " + writer.fileName());
            }
        }
        Map<String, ReportFormatWriter> copy = new LinkedHashMap<>(writers);
        copy.put(writer.format(), writer);
        return new ReportFormats(copy);
    }

    /** The writer for {@code format}, if registered. */
    public Optional<ReportFormatWriter> find(String format) {
        return Optional.ofNullable(writers.get(format));
    }

    /** The registered format names, in registration order. */
    public List<String> names() {
        return new ArrayList<>(writers.keySet());
    }

    /**
     * The writers for {@code formats}, in the order given, duplicates dropped.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public List<ReportFormatWriter> select(List<String> formats) {
        Map<String, ReportFormatWriter> selected = new LinkedHashMap<>();
        for (String name : formats) {
            String format = name.strip();
            ReportFormatWriter writer = writers.get(format);
            if (writer == null) {
                throw new IllegalArgumentException("--format " + format + ": unknown report format (known: "
                        + String.join(", ", names()) + ")");
            }
            selected.put(format, writer);
        }
        return List.copyOf(selected.values());
    }
}
