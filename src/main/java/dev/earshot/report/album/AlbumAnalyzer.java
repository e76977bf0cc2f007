package dev.earshot.report.album;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.BandEnergies;
import dev.earshot.analysis.ChannelLayout;
import dev.earshot.analysis.LoudnessMeter;
import dev.earshot.analysis.LoudnessOptions;
import dev.earshot.analysis.LoudnessResult;
import dev.earshot.analysis.SpectrumAnalyzer;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.report.model.AlbumComparison;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Measures the master and the other tracks of its EP or album and compares them ({@link AlbumComparer} holds the
 * rules and thresholds). Each track is streamed once in blocks through a loudness meter (BS.1770 integrated loudness,
 * EBU Tech 3342 loudness range, true peak) and a Welch spectrum for its band balance; memory does not grow with the
 * tracks' length. A mono track is weighted as played on two speakers (+3.01 LU), as a mono track on a stereo album is
 * heard. Tracks may differ in sample rate and channel count.
 *
 * <p>Stateless; each call is independent and may run on any thread (it runs on the caller's).
 */
public final class AlbumAnalyzer {
    private static final int BLOCK_FRAMES = 8192;

    private AlbumAnalyzer() {
    }

    /**
     * Measures every track and compares them. A path in {@code albumTracks} that is the master file itself is
     * skipped, so the master may be listed among the album's tracks or not.
     *
     * @param master      the report's master (first row, marked as the master)
     * @param albumTracks the other tracks, in album order
     * @param progress    told the fraction done, track by track
     * @param cancelled   polled after every block; when true the analysis stops with {@link InterruptedIOException}
     * @throws dev.earshot.audio.AudioFileException if a track cannot be read; the message names that file
     */
    public static AlbumComparison analyze(Path master, List<Path> albumTracks, ProgressListener progress,
                                          BooleanSupplier cancelled) throws IOException {
        List<Path> others = new ArrayList<>();
        for (Path track : albumTracks) {
            if (!sameFile(master, track)) {
                others.add(track);
            }
        }
        int count = others.size() + 1;
        List<TrackFigures> figures = new ArrayList<>();
        figures.add(measure(master, true, fraction -> progress.progress(fraction / count), cancelled));
        for (int i = 0; i < others.size(); i++) {
            int index = i + 1;
            figures.add(measure(others.get(i), false, fraction -> progress.progress((index + fraction) / count),
                    cancelled));
        }
        progress.progress(1.0);
        return AlbumComparer.compare(figures);
    }

    /**
     * Measures one track file.
     *
     * @param isMaster whether the track is the report's master (carried into the figures)
     * @throws dev.earshot.audio.AudioFileException if the file cannot be read; the message names it
     */
    public static TrackFigures measure(Path file, boolean isMaster, ProgressListener progress,
                                       BooleanSupplier cancelled) throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            return measure(source, file.getFileName().toString(), isMaster, progress, cancelled);
        }
    }

    /** Measures a source from its current position to its end; the caller keeps and closes it. */
    public static TrackFigures measure(AudioSource source, String fileName, boolean isMaster,
                                       ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        int sampleRate = source.format().sampleRate();
        int channels = source.format().channels();
        LoudnessMeter loudness = new LoudnessMeter(sampleRate, channels,
                new LoudnessOptions(ChannelLayout.defaultFor(channels), channels == 1, false));
        SpectrumAnalyzer spectrum = new SpectrumAnalyzer(sampleRate, channels);
        float[][] block = new float[channels][BLOCK_FRAMES];
        long length = source.lengthFrames();
        long done = 0;
        int frames;
        while ((frames = source.read(block, BLOCK_FRAMES)) > 0) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedIOException("album analysis cancelled");
            }
            loudness.add(block, frames);
            spectrum.add(block, frames);
            done += frames;
            if (length > 0) {
                progress.progress(Math.min(1.0, done / (double) length));
            }
        }
        LoudnessResult result = loudness.result();
        BandEnergies bands = BandEnergies.of(spectrum.result());
        Map<Band, Double> balanceDb = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            balanceDb.put(band, bands.relativeDb(band));
        }
        return new TrackFigures(fileName, isMaster, result.integratedLufs(), result.loudnessRangeLu(),
                result.truePeakDbtp(), balanceDb);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            // One of them is missing or unreadable: not the same file; opening it reports the problem.
            return false;
        }
    }
}
