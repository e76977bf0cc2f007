package dev.earshot.report;

import dev.earshot.report.model.ReportDocument;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a {@link ReportDocument} in one output format into a report folder that is still being built (a temporary
 * folder the caller moves into place when every writer has finished). A writer may add files under
 * {@code folder/charts/}; it never writes outside {@code folder}. Called off the EDT; implementations create their own
 * chart objects and share none.
 */
public interface ReportFormatWriter {

    /** The {@code --format} name: {@code html}, {@code pdf} or {@code json}. */
    String format();

    /** The main file this writer produces inside the folder, e.g. {@code index.html}. */
    String fileName();

    /**
     * Writes the document.
     *
     * @param document the report
     * @param folder   the (temporary) report folder; exists and is writable
     * @throws IOException when a file cannot be written
     */
    void write(ReportDocument document, Path folder) throws IOException;
}
