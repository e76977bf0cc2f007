package dev.earshot.report;

import dev.earshot.audio.ProgressListener;
import dev.earshot.report.album.AlbumAnalyzer;
import dev.earshot.report.codec.CodecPreviewer;
import dev.earshot.report.model.AlbumComparison;
import dev.earshot.report.model.BlindTestSummary;
import dev.earshot.report.model.CodecPreview;
import dev.earshot.report.model.ReleasePreview;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import dev.earshot.report.release.ReleasePreviews;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The extension Earshot ships: the release-platform preview (always), the codec preview (unless switched off), the
 * album comparison (when album tracks are given) and the blind-test sessions (already read and verified by the
 * caller, see {@link BlindTestLogs}).
 *
 * <p>The codec preview reads the master on its own thread, started by {@link #start} so that it runs while the
 * profile passes do; {@link #complete} waits for it. One instance serves one build.
 */
public final class StandardReportExtension implements ReportExtension {
    private static final long POLL_MILLIS = 100;

    private final BlindTestLogs blindTests;
    private final Function<String, ProgressListener> stages;
    private final ReportCancellation cancellation;
    private final CompletableFuture<CodecPreview> codec;
    private final AtomicLong codecProgressBits = new AtomicLong(Double.doubleToLongBits(0));

    private StandardReportExtension(ReportRequest request, boolean withCodec, BlindTestLogs blindTests,
                                    Function<String, ProgressListener> stages, ReportCancellation cancellation) {
        this.blindTests = blindTests;
        this.stages = stages;
        this.cancellation = cancellation;
        this.codec = withCodec ? CompletableFuture.supplyAsync(() -> codecPreview(request.master()),
                runnable -> {
                    Thread thread = new Thread(runnable, "earshot-codec-preview");
                    thread.setDaemon(true);
                    thread.start();
                }) : null;
    }

    /**
     * Starts the codec preview (if asked for) on its own thread and returns the extension to hand to
     * {@link ReportBuilder}.
     *
     * @param request      the report's request (its master is previewed)
     * @param withCodec    whether to encode the master to MP3 at 128 and 320 kbit/s
     * @param blindTests   the blind-test logs, already read
     * @param stages       opens a progress listener for a named stage ("Codec preview"); called on the build's thread
     * @param cancellation stops the codec preview and the album analysis
     */
    public static StandardReportExtension start(ReportRequest request, boolean withCodec, BlindTestLogs blindTests,
                                                Function<String, ProgressListener> stages,
                                                ReportCancellation cancellation) {
        return new StandardReportExtension(request, withCodec, blindTests, stages, cancellation);
    }

    @Override
    public ReportDocument complete(ReportDocument draft, ReportRequest request, ProgressListener progress)
            throws IOException {
        ReleasePreview release = ReleasePreviews.of(draft.master().loudness());
        AlbumComparison album = null;
        if (!request.albumTracks().isEmpty()) {
            album = AlbumAnalyzer.analyze(request.master(), request.albumTracks(),
                    stages.apply("Album: " + (request.albumTracks().size() + 1) + " tracks"),
                    cancellation::isCancelled);
        }
        CodecPreview codecPreview = codec == null ? null : awaitCodec();
        List<ReportMeta.InputFile> inputs = new ArrayList<>(draft.meta().inputs());
        inputs.addAll(blindTests.inputs());
        ReportMeta old = draft.meta();
        ReportMeta meta = new ReportMeta(old.schemaVersion(), old.earshotVersion(), old.title(), old.client(),
                old.created(), inputs);
        List<BlindTestSummary> sessions = new ArrayList<>(draft.blindTests());
        sessions.addAll(blindTests.summaries());
        progress.progress(1.0);
        return new ReportDocument(meta, draft.master(), draft.profiles(), draft.findings(), draft.references(), album,
                release, codecPreview, sessions);
    }

    /** Cancels and forgets the codec preview if the build failed before {@link #complete} waited for it. */
    public void abandon() {
        if (codec != null) {
            codec.cancel(false);
        }
    }

    private CodecPreview codecPreview(Path master) {
        try {
            return CodecPreviewer.preview(master,
                    fraction -> codecProgressBits.set(Double.doubleToLongBits(fraction)),
                    cancellation::isCancelled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CodecPreview awaitCodec() throws IOException {
        ProgressListener bar = stages.apply("Codec preview (MP3 128 and 320 kbit/s)");
        while (true) {
            bar.progress(Double.longBitsToDouble(codecProgressBits.get()));
            try {
                CodecPreview preview = codec.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                bar.progress(1.0);
                return preview;
            } catch (TimeoutException e) {
                if (cancellation.isCancelled()) {
                    throw new InterruptedIOException("report cancelled");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("report interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException("codec preview failed: " + cause, cause);
            }
        }
    }
}
