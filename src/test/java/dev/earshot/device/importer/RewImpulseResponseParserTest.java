package dev.earshot.device.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RewImpulseResponseParserTest {
    /** A decaying, sign-alternating tail of 200 samples, the peak at sample 40. */
    static float[] samples() {
        float[] samples = new float[200];
        for (int i = 40; i < samples.length; i++) {
            samples[i] = (float) (0.8 * Math.pow(-0.9, i - 40));
        }
        samples[10] = 1e-4f;
        return samples;
    }

    /** A REW-like export of {@link #samples()} at 48 kHz, in the number style of {@code locale}. */
    static String export(Locale locale, String intervalLine) {
        StringBuilder text = new StringBuilder();
        text.append("* Impulse Response data saved by a test generator\n");
        text.append("* IR is not normalised\n");
        text.append("* Response measured over: 2,0 to 24.000,0 Hz\n");
        text.append(String.format(locale, "%.4f // Peak value before normalisation%n", 0.8));
        text.append("40 // Peak index\n");
        text.append("200 // Response length\n");
        text.append(intervalLine).append('\n');
        text.append(String.format(locale, "%.6f // Start time (seconds)%n", -40 / 48_000.0));
        text.append("* Data start\n");
        for (float sample : samples()) {
            text.append(String.format(locale, "%.9E%n", sample));
        }
        return text.toString();
    }

    @Test
    void readsTheSamplesAndTheRateFromTheSampleInterval() throws ImportException {
        MeasuredImpulseResponse ir = RewImpulseResponseParser.parse(
                export(Locale.ROOT, "2.0833333333333333E-5 // Sample interval (seconds)"), "ir.txt");
        assertEquals(48_000, ir.sampleRate());
        assertEquals(1, ir.channels().length);
        assertArrayEquals(samples(), ir.channels()[0], 1e-9f);
    }

    @Test
    void readsDecimalCommas() throws ImportException {
        MeasuredImpulseResponse ir = RewImpulseResponseParser.parse(
                export(Locale.GERMANY, "2,0833333333333333E-5 // Sample interval (seconds)"), "ir.txt");
        assertEquals(48_000, ir.sampleRate());
        assertArrayEquals(samples(), ir.channels()[0], 1e-9f);
    }

    @Test
    void acceptsASampleRateLineAndRoundsAShortInterval() throws ImportException {
        assertEquals(44_100, RewImpulseResponseParser.parse(export(Locale.ROOT, "44100 // Sample rate (Hz)"),
                "ir.txt").sampleRate());
        assertEquals(48_000, RewImpulseResponseParser.parse(export(Locale.ROOT, "2.08333E-5 // Sample interval"),
                "ir.txt").sampleRate());
    }

    @Test
    void refusesAnAbsurdRateAtItsLine() {
        ImportException error = assertThrows(ImportException.class, () -> RewImpulseResponseParser.parse(
                export(Locale.ROOT, "0.001 // Sample interval (seconds)"), "ir.txt"));
        assertEquals("ir.txt: line 7: a sample interval of 0.001 s means a sample rate of 1000 Hz; expected 8000 "
                + "to 384000 Hz", error.getMessage());
    }
}
