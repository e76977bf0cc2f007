package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.SampleEncoding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LoudnessAnalyzerTest {

    /** Seeded noise with a level that changes every half second, in irregular reads; 4 channels. */
    private static final class NoiseSource implements AudioSource {
        private final AudioFormatInfo format = new AudioFormatInfo(44100, 4, 24, SampleEncoding.PCM_INTEGER, "test");
        private final SplittableRandom random = new SplittableRandom(42);
        private final long totalFrames = 44100L * 20;
        private long position;

        @Override
        public AudioFormatInfo format() {
            return format;
        }

        @Override
        public long lengthFrames() {
            return totalFrames;
        }

        @Override
        public int read(float[][] block, int maxFrames) {
            if (position >= totalFrames) {
                return -1;
            }
            int n = (int) Math.min(Math.min(maxFrames, 1 + random.nextInt(7000)), totalFrames - position);
            for (int i = 0; i < n; i++) {
                double gain = 0.05 + 0.4 * (((position + i) / 22050) % 5) / 4.0;
                for (int c = 0; c < 4; c++) {
                    block[c][i] = (float) (gain * (random.nextDouble() * 2 - 1));
                }
            }
            position += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    /** The parallel analyzer must give exactly what one meter fed on one thread gives. */
    @Test
    void parallelAnalysisEqualsSingleThreadedMeter() throws IOException {
        List<Double> fractions = new ArrayList<>();
        LoudnessResult parallel = LoudnessAnalyzer.analyze(new NoiseSource(), null, false, fractions::add);

        LoudnessMeter meter = new LoudnessMeter(44100, 4,
                new LoudnessOptions(ChannelLayout.EQUAL_WEIGHTS, false, false));
        NoiseSource again = new NoiseSource();
        float[][] block = new float[4][10000];
        for (int n = again.read(block, 10000); n > 0; n = again.read(block, 10000)) {
            meter.add(block, n);
        }
        assertEquals(meter.result(), parallel);
        assertEquals(ChannelLayout.EQUAL_WEIGHTS, parallel.layout());
        assertEquals(1.0, fractions.get(fractions.size() - 1), 0.0);
        assertTrue(parallel.truePeakDbtp() >= parallel.samplePeakDbfs());
    }

    @Test
    void analyzerMeasuresTheToneItIsGiven() throws IOException {
        LoudnessResult r = LoudnessAnalyzer.analyze(new ToneSource(48000, 30, 10, -23, -23), ChannelLayout.STEREO,
                false, fraction -> { });
        assertEquals(-23.0, r.integratedLufs(), 0.1);
        assertEquals(-23.0, r.truePeakDbtp(), 0.05);
        assertEquals(0.0, r.loudnessRangeLu(), 0.1);
        assertEquals(0.0, r.plrDb(), 0.1, "a sine at -23 dBFS on both channels peaks where it reads: -23");
        assertEquals(0, r.shortTermSeriesLufs().length);
    }
}
