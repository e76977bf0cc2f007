package dev.earshot.report;

import dev.earshot.analysis.Band;
import dev.earshot.audio.ProgressListener;
import dev.earshot.report.findings.FindingRules;
import dev.earshot.report.measure.ProgrammeMeasurement;
import dev.earshot.report.model.MasterSummary;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReferenceComparison;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a translation report: the master and every reference measured in the studio and through every selected
 * profile in one streaming pass each (no audio file is written; memory does not grow with the programmes' length),
 * the per-profile sections, the reference comparisons, the optional sections from the {@link ReportExtension}, and
 * the findings ({@link FindingRules}). Thread-safe: each call uses its own pool of {@link ReportRequest#threads()}
 * threads.
 */
public final class ReportBuilder {
    private static final double PASSES_SHARE = 0.9;

    private final ReportExtension extension;
    private final FindingRules rules;
    private final Clock clock;

    /** A builder with no optional sections, the standard rules and the system clock. */
    public ReportBuilder() {
        this(ReportExtension.NONE, FindingRules.standard(), Clock.systemUTC());
    }

    /**
     * @param extension fills the album, release, codec and blind-test sections
     * @param rules     the finding rules
     * @param clock     gives the report's creation time
     */
    public ReportBuilder(ReportExtension extension, FindingRules rules, Clock clock) {
        this.extension = extension;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * @param request      what to cover
     * @param progress     overall fraction done, called from the worker threads
     * @param cancellation stops the passes; a cancelled build throws {@link InterruptedIOException}
     * @return the complete document, findings ranked
     * @throws IOException if an input cannot be read (the message names it) or the build was cancelled
     */
    public ReportDocument build(ReportRequest request, ProgressListener progress, ReportCancellation cancellation)
            throws IOException {
        ReportMeta meta = meta(request);
        ReportPasses.Measurements measured = ReportPasses.run(request,
                fraction -> progress.progress(fraction * PASSES_SHARE), cancellation);
        if (cancellation.isCancelled()) {
            throw new InterruptedIOException("report cancelled");
        }
        ProgrammeMeasurement master = measured.studio().get(0);
        MasterSummary summary = SectionAssembler.master(request.master().getFileName().toString(), master,
                meta.inputs().get(0).sampleRate(), meta.inputs().get(0).channels());
        List<ProfileSection> sections = new ArrayList<>();
        for (int i = 0; i < request.profiles().size(); i++) {
            sections.add(SectionAssembler.profile(request.profiles().get(i).profile(), master,
                    measured.device().get(0).get(i), measured.gainAt1kHzDb()[i], measured.noise().get(i)));
        }
        List<ReferenceComparison> references = new ArrayList<>();
        for (int r = 0; r < request.references().size(); r++) {
            references.add(reference(request, measured, r + 1));
        }
        ReportDocument draft = new ReportDocument(meta, summary, sections, List.of(), references, null, null, null,
                List.of());
        ReportDocument completed = extension.complete(draft, request,
                fraction -> progress.progress(PASSES_SHARE + fraction * (1 - PASSES_SHARE)));
        ReportDocument result = new ReportDocument(completed.meta(), completed.master(), completed.profiles(),
                rules.evaluate(completed), completed.references(), completed.album(), completed.release(),
                completed.codec(), completed.blindTests());
        progress.progress(1.0);
        return result;
    }

    private static ReferenceComparison reference(ReportRequest request, ReportPasses.Measurements measured,
                                                 int programme) {
        ProgrammeMeasurement reference = measured.studio().get(programme);
        ProgrammeMeasurement master = measured.studio().get(0);
        Map<String, Map<Band, Double>> perProfile = new LinkedHashMap<>();
        for (int i = 0; i < request.profiles().size(); i++) {
            perProfile.put(request.profiles().get(i).profile().id(), SectionAssembler.bandDelta(
                    measured.device().get(programme).get(i), measured.device().get(0).get(i)));
        }
        return new ReferenceComparison(request.references().get(programme - 1).getFileName().toString(),
                reference.integratedLufs(), SectionAssembler.spectralDelta(reference, master),
                SectionAssembler.bandDelta(reference, master), perProfile);
    }

    private ReportMeta meta(ReportRequest request) throws IOException {
        List<ReportMeta.InputFile> inputs = new ArrayList<>();
        inputs.add(InputFileDescriber.describe("master", request.master()));
        for (Path reference : request.references()) {
            inputs.add(InputFileDescriber.describe("reference", reference));
        }
        for (Path track : request.albumTracks()) {
            inputs.add(InputFileDescriber.describe("album", track));
        }
        Set<Path> irs = new LinkedHashSet<>();
        for (ProfileInput input : request.profiles()) {
            irs.add(input.impulseResponseFile());
        }
        for (Path ir : irs) {
            inputs.add(InputFileDescriber.describe("impulse-response", ir));
        }
        String title = request.title() != null && !request.title().isBlank() ? request.title()
                : request.master().getFileName().toString();
        return new ReportMeta(ReportMeta.SCHEMA_VERSION, request.earshotVersion(), title, request.client(),
                clock.instant(), inputs);
    }
}
