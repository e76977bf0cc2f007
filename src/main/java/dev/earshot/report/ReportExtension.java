package dev.earshot.report;

import dev.earshot.audio.ProgressListener;
import dev.earshot.report.model.ReportDocument;
import java.io.IOException;

/**
 * The hook where the optional sections are filled: album comparison, release-platform preview, codec preview,
 * blind tests. {@link ReportBuilder} calls it with the draft (master, profiles and references computed, no findings
 * yet) and evaluates the findings on what it returns, so rules may use the added sections.
 */
@FunctionalInterface
public interface ReportExtension {
    /** Adds nothing. */
    ReportExtension NONE = (draft, request, progress) -> draft;

    /**
     * @param draft    the document so far; its {@code album}, {@code release}, {@code codec} are null
     * @param request  what was asked, including {@link ReportRequest#albumTracks()}
     * @param progress fraction of this stage done
     * @return the document with the optional sections filled (a copy; records are immutable)
     * @throws IOException if an input cannot be read
     */
    ReportDocument complete(ReportDocument draft, ReportRequest request, ProgressListener progress)
            throws IOException;
}
