package dev.earshot.report.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.ArraySource;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.SampleEncoding;
import dev.earshot.report.model.CodecPreview;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodecPreviewerTest {
    private static final int RATE = 44_100;

    @TempDir
    Path temp;

    private CodecPreview preview(float[][] signal, int sampleRate, List<Integer> bitrates) throws IOException {
        return CodecPreviewer.preview(ArraySource.of(sampleRate, signal), bitrates, ProgressListener.NONE,
                () -> false, temp);
    }

    @Test
    void brickwalledMasterAtMinusOneDbtpGainsOversThroughMp3() throws IOException {
        float[][] master = CodecSignals.brickwalledNoise(11, 2, 2 * RATE, RATE, -1.0);
        CodecPreview preview = preview(master, RATE, List.of(128));
        CodecPreview.Result result = preview.results().get(0);
        // Codec overshoot is a known effect, not an exact figure: the decoded peak must at least not fall below the
        // source's by more than a fraction of a dB, and this dense a master must poke past full scale somewhere.
        assertTrue(result.truePeakDbtp() > -1.0 - 0.1, "decoded true peak " + result.truePeakDbtp());
        assertTrue(result.oversCount() > 0, "overs " + result.oversCount());
    }

    @Test
    void quietMasterStaysBelowFullScale() throws IOException {
        float[][] master = CodecSignals.whiteNoise(12, 2, RATE, 0.02);
        CodecPreview.Result result = preview(master, RATE, List.of(128)).results().get(0);
        assertEquals(0, result.oversCount());
        assertTrue(result.truePeakDbtp() < -20, "decoded true peak " + result.truePeakDbtp());
    }

    @Test
    void lowerBitRateCutsTheTopLowerAndLosesMoreAboveSixteenKilohertz() throws IOException {
        float[][] master = CodecSignals.whiteNoise(13, 2, 3 * RATE, 0.1);
        CodecPreview preview = preview(master, RATE, List.of(128, 320));
        CodecPreview.Result low = preview.results().get(0);
        CodecPreview.Result high = preview.results().get(1);
        assertEquals(128, low.bitrateKbps());
        assertEquals(320, high.bitrateKbps());
        assertEquals("MP3", low.codec());
        assertTrue(low.cutoffHz() < high.cutoffHz() - 1000, low.cutoffHz() + " Hz vs " + high.cutoffHz() + " Hz");
        assertTrue(low.highFrequencyLossDb() < high.highFrequencyLossDb() - 3,
                low.highFrequencyLossDb() + " dB vs " + high.highFrequencyLossDb() + " dB");
        // LAME's 128 kbit/s low-pass sits around 16-17.5 kHz at 44.1 kHz; 320 kbit/s keeps content past 19 kHz.
        assertTrue(low.cutoffHz() > 14_000 && low.cutoffHz() < 18_500, "128 kbit/s cutoff " + low.cutoffHz());
        assertTrue(high.cutoffHz() > 19_000, "320 kbit/s cutoff " + high.cutoffHz());
    }

    @Test
    void monoMasterAtAnotherRateIsResampledAndPreviewed() throws IOException {
        float[][] master = CodecSignals.whiteNoise(14, 1, 22_050, 0.1);
        CodecPreview.Result result = preview(master, 22_050, List.of(128)).results().get(0);
        assertTrue(Double.isFinite(result.truePeakDbtp()));
        // Content ends at 11 kHz (the source's Nyquist), below LAME's 128 kbit/s low-pass: no cutoff inside the
        // master's band, and above 16 kHz there is nothing of the master's to lose.
        assertTrue(result.cutoffHz() > 10_500, "cutoff " + result.cutoffHz());
        assertTrue(Double.isNaN(result.highFrequencyLossDb()), "loss " + result.highFrequencyLossDb());
    }

    @Test
    void moreThanTwoChannelsIsRefusedWithAPlainMessage() {
        AudioFormatInfo format = new AudioFormatInfo(RATE, 4, 32, SampleEncoding.PCM_FLOAT, "WAV");
        ArraySource source = new ArraySource(new float[4][RATE], format);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodecPreviewer.preview(source, List.of(128), ProgressListener.NONE, () -> false, temp));
        assertTrue(e.getMessage().contains("4 channels"), e.getMessage());
    }

    @Test
    void cancellationStopsThePreviewAndLeavesNoTemporaryFile() throws IOException {
        float[][] master = CodecSignals.whiteNoise(15, 2, RATE, 0.1);
        int[] polls = {0};
        assertThrows(InterruptedIOException.class, () -> CodecPreviewer.preview(ArraySource.of(RATE, master),
                List.of(128, 320), ProgressListener.NONE, () -> ++polls[0] > 3, temp));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void progressRisesToOne() throws IOException {
        float[][] master = CodecSignals.whiteNoise(16, 1, RATE / 2, 0.1);
        double[] last = {-1};
        boolean[] monotonic = {true};
        CodecPreviewer.preview(ArraySource.of(RATE, master), List.of(128), fraction -> {
            monotonic[0] &= fraction >= last[0];
            last[0] = fraction;
        }, () -> false, temp);
        assertTrue(monotonic[0]);
        assertEquals(1.0, last[0], 0.0);
    }
}
