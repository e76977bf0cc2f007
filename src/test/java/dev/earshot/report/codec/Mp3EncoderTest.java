package dev.earshot.report.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.Mp3Source;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp3EncoderTest {
    private static final int RATE = 44_100;

    @TempDir
    Path temp;

    private float[][] roundTrip(float[][] signal, int bitrateKbps) throws IOException {
        Path file = temp.resolve("x.mp3");
        int channels = signal.length;
        int frames = signal[0].length;
        try (Mp3Encoder encoder = new Mp3Encoder(file, RATE, channels, bitrateKbps)) {
            float[][] block = new float[channels][Mp3Encoder.MAX_BLOCK_FRAMES];
            for (int start = 0; start < frames; start += 3000) {
                int count = Math.min(3000, frames - start);
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(signal[c], start, block[c], 0, count);
                }
                encoder.encode(block, count);
            }
            encoder.finish();
        }
        try (Mp3Source source = Mp3Source.open(file)) {
            assertEquals(frames, source.lengthFrames(), "gapless length from the LAME tag");
            float[][] decoded = new float[channels][frames];
            float[][] block = new float[channels][4096];
            int position = 0;
            int count;
            while ((count = source.read(block, 4096)) > 0) {
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(block[c], 0, decoded[c], position, count);
                }
                position += count;
            }
            assertEquals(frames, position, "decoded frames");
            return decoded;
        }
    }

    @Test
    void oneKilohertzSineSurvivesWithinHalfADecibel() throws IOException {
        float[][] sine = CodecSignals.sine(2, RATE, RATE, 1000, 0.5);
        float[][] decoded = roundTrip(sine, 128);
        // RMS over the middle (away from the encoder's start and end transients); 0.5 dB is the brief's bound.
        for (int c = 0; c < 2; c++) {
            double levelChangeDb = 20 * Math.log10(rms(decoded[c], 4410, RATE - 4410) / rms(sine[c], 4410,
                    RATE - 4410));
            assertEquals(0.0, levelChangeDb, 0.5, "channel " + c);
        }
    }

    @Test
    void gaplessDecodingLinesUpWithTheSourceSampleForSample() throws IOException {
        float[][] noise = CodecSignals.whiteNoise(21, 2, RATE, 0.1);
        float[][] decoded = roundTrip(noise, 320);
        for (int c = 0; c < 2; c++) {
            assertEquals(0, bestLag(noise[c], decoded[c], 2000), "channel " + c);
        }
    }

    @Test
    void monoEncodesToAMonoFile() throws IOException {
        float[][] sine = CodecSignals.sine(1, RATE / 2, RATE, 440, 0.3);
        float[][] decoded = roundTrip(sine, 128);
        assertEquals(1, decoded.length);
        assertEquals(0, bestLag(sine[0], decoded[0], 200));
    }

    @Test
    void bitRateThatLayerThreeDoesNotHaveIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Mp3Encoder(temp.resolve("odd.mp3"), RATE, 2, 100));
        assertEquals("the MP3 encoder cannot encode 2 channel(s) at 44100 Hz and 100 kbit/s", e.getMessage());
    }

    private static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    /** The lag (decoded index minus source index) with the largest cross-correlation, searched over ±maxLag. */
    private static int bestLag(float[] source, float[] decoded, int maxLag) {
        int bestLag = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double sum = 0;
            for (int i = maxLag; i < source.length - maxLag; i++) {
                sum += (double) source[i] * decoded[i + lag];
            }
            if (sum > best) {
                best = sum;
                bestLag = lag;
            }
        }
        return bestLag;
    }
}
