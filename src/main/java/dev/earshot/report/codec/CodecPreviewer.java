package dev.earshot.report.codec;

import dev.earshot.analysis.Spectrum;
import dev.earshot.analysis.SpectrumAnalyzer;
import dev.earshot.analysis.TruePeakMeter;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.Mp3Source;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.ResamplingSource;
import dev.earshot.report.model.CodecPreview;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The master through MP3 at {@link #DEFAULT_BITRATES_KBPS}: encoded in process with jump3r (a Java port of LAME, CBR,
 * joint stereo, LAME quality 5), decoded with {@link Mp3Source} (gapless, floats without clipping), then measured
 * against the master: true peak of the decoded audio, samples beyond full scale, level lost above 16 kHz and the
 * low-pass cutoff (see {@link CodecSpectra} for the spectral rules).
 *
 * <p>The master is read once; every bit rate is encoded from the same blocks (the second and further ones on a worker
 * thread each, see {@link EncodingPass}) into its own temporary file in the system's temporary folder, which is
 * deleted before returning (also on failure or cancellation). Memory is a few
 * blocks and spectra, independent of the master's length. Masters at 44.1 or 48 kHz are encoded at their own rate;
 * other rates are first resampled to 44.1 kHz (multiples of 11 025 Hz) or 48 kHz, and the master's spectrum is taken
 * after that resampling. Mono and stereo masters only.
 *
 * <p>Stateless; each call is independent and may run on any thread. Progress runs from 0 to 1 over the encoding
 * (first 60 %) and the decoding of each file.
 */
public final class CodecPreviewer {
    /** The bit rates previewed by default, in kbit/s. */
    public static final List<Integer> DEFAULT_BITRATES_KBPS = List.of(128, 320);
    private static final String CODEC = "MP3";
    private static final int BLOCK_FRAMES = 4096;
    private static final double ENCODE_SHARE = 0.6;

    private CodecPreviewer() {
    }

    /**
     * Previews the master file at the default bit rates.
     *
     * @param master    any file {@link AudioFiles#open} reads
     * @param progress  told the fraction done
     * @param cancelled polled after every block; when it returns true the preview stops with
     *                  {@link InterruptedIOException} and leaves no temporary file
     * @throws dev.earshot.audio.AudioFileException if the master cannot be read (the message names it)
     * @throws IllegalArgumentException             if the master has more than two channels
     */
    public static CodecPreview preview(Path master, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        try (AudioSource source = AudioFiles.open(master)) {
            return preview(source, DEFAULT_BITRATES_KBPS, progress, cancelled);
        }
    }

    /**
     * Previews a source from its current position to its end at the given bit rates. The caller keeps and closes
     * the source.
     *
     * @param bitratesKbps MPEG-1 Layer III bit rates, e.g. 128 and 320; one result each, in this order
     * @throws IllegalArgumentException if the source has more than two channels or a bit rate is not a Layer III rate
     */
    public static CodecPreview preview(AudioSource master, List<Integer> bitratesKbps, ProgressListener progress,
                                       BooleanSupplier cancelled) throws IOException {
        return preview(master, bitratesKbps, progress, cancelled, null);
    }

    /**
     * As {@link #preview(AudioSource, List, ProgressListener, BooleanSupplier)}, with the temporary MP3 files in
     * {@code tempFolder} (for example the report's own temporary folder; {@code null}: the system's).
     */
    public static CodecPreview preview(AudioSource master, List<Integer> bitratesKbps, ProgressListener progress,
                                       BooleanSupplier cancelled, Path tempFolder) throws IOException {
        int channels = master.format().channels();
        if (channels > 2) {
            throw new IllegalArgumentException("the codec preview needs a mono or stereo master; this one has "
                    + channels + " channels");
        }
        AudioSource source = encodableRate(master);
        int sampleRate = source.format().sampleRate();
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < bitratesKbps.size(); i++) {
                files.add(tempFolder == null ? Files.createTempFile("earshot-codec-", ".mp3")
                        : Files.createTempFile(tempFolder, "earshot-codec-", ".mp3"));
            }
            Spectrum masterSpectrum = EncodingPass.run(source, files, bitratesKbps,
                    fraction -> progress.progress(ENCODE_SHARE * fraction), cancelled);
            List<CodecPreview.Result> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                double start = ENCODE_SHARE + (1 - ENCODE_SHARE) * i / files.size();
                double share = (1 - ENCODE_SHARE) / files.size();
                DecodedFigures decoded = measureDecoded(files.get(i), sampleRate, channels, source.lengthFrames(),
                        fraction -> progress.progress(start + share * fraction), cancelled);
                results.add(new CodecPreview.Result(CODEC, bitratesKbps.get(i), decoded.truePeakDbtp(),
                        decoded.oversCount(), CodecSpectra.highFrequencyLossDb(masterSpectrum, decoded.spectrum()),
                        CodecSpectra.cutoffHz(masterSpectrum, decoded.spectrum())));
            }
            progress.progress(1.0);
            return new CodecPreview(results);
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The source itself at 44.1 or 48 kHz, otherwise a resampling view of it (not closed: it owns nothing more). */
    private static AudioSource encodableRate(AudioSource master) {
        int sampleRate = master.format().sampleRate();
        if (sampleRate == 44_100 || sampleRate == 48_000) {
            return master;
        }
        return new ResamplingSource(master, sampleRate % 11_025 == 0 ? 44_100 : 48_000);
    }

    /** True peak in dBTP, samples beyond full scale and spectrum of a decoded file. */
    private record DecodedFigures(double truePeakDbtp, long oversCount, Spectrum spectrum) {
    }

    private static DecodedFigures measureDecoded(Path file, int sampleRate, int channels, long expectedFrames,
                                                 ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        try (Mp3Source decoded = Mp3Source.open(file)) {
            TruePeakMeter truePeak = new TruePeakMeter(sampleRate, channels);
            SpectrumAnalyzer spectrum = new SpectrumAnalyzer(sampleRate, channels);
            float[][] block = new float[channels][BLOCK_FRAMES];
            long overs = 0;
            long done = 0;
            int frames;
            while ((frames = decoded.read(block, BLOCK_FRAMES)) > 0) {
                checkCancelled(cancelled);
                truePeak.add(block, frames);
                spectrum.add(block, frames);
                overs += countOvers(block, channels, frames);
                done += frames;
                if (expectedFrames > 0) {
                    progress.progress(Math.min(1.0, done / (double) expectedFrames));
                }
            }
            double peak = 0;
            for (double channelPeak : truePeak.truePeaks()) {
                peak = Math.max(peak, channelPeak);
            }
            double peakDbtp = peak > 0 ? 20 * Math.log10(peak) : Double.NEGATIVE_INFINITY;
            return new DecodedFigures(peakDbtp, overs, spectrum.result());
        }
    }

    /** Samples (over all channels) whose magnitude exceeds full scale 1.0. */
    static long countOvers(float[][] block, int channels, int frames) {
        long overs = 0;
        for (int c = 0; c < channels; c++) {
            float[] samples = block[c];
            for (int i = 0; i < frames; i++) {
                if (Math.abs(samples[i]) > 1.0f) {
                    overs++;
                }
            }
        }
        return overs;
    }

    private static void checkCancelled(BooleanSupplier cancelled) throws InterruptedIOException {
        if (cancelled.getAsBoolean()) {
            throw new InterruptedIOException("codec preview cancelled");
        }
    }
}
