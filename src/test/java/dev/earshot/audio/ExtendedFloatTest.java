package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtendedFloatTest {

    /** Byte patterns as found in AIFF files written by common tools (44.1 kHz = 400EAC44..., the classic one). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"400EAC44000000000000, 44100", "400EBB80000000000000, 48000", "400BFA00000000000000, 8000",
        "400DAC44000000000000, 22050", "400FBB80000000000000, 96000", "4011BB80000000000000, 384000",
        "3FFF8000000000000000, 1", "4000C000000000000000, 3", "3FFEC000000000000000, 0.75"})
    void decodesPublishedPatterns(String hex, double expected) {
        assertEquals(expected, ExtendedFloat.decode(HexFormat.of().parseHex(hex), 0), 0);
    }

    @Test
    void decodesSpecialValues() {
        assertEquals(0, ExtendedFloat.decode(new byte[10], 0), 0);
        assertEquals(Double.POSITIVE_INFINITY,
                ExtendedFloat.decode(HexFormat.of().parseHex("7FFF8000000000000000"), 0), 0);
        assertTrue(Double.isNaN(ExtendedFloat.decode(HexFormat.of().parseHex("7FFFC000000000000000"), 0)));
        assertEquals(-44100, ExtendedFloat.decode(HexFormat.of().parseHex("C00EAC44000000000000"), 0), 0);
        assertEquals(Double.POSITIVE_INFINITY,
                ExtendedFloat.decode(HexFormat.of().parseHex("7FFEFFFFFFFFFFFFFFFF"), 0), 0);
    }

    @Test
    void agreesWithTheTestEncoderForEveryCommonRate() {
        for (int rate : new int[] {8000, 11025, 16000, 22050, 32000, 44100, 48000, 88200, 96000, 176400, 192000,
            352800, 384000}) {
            assertEquals(rate, ExtendedFloat.decode(TestAiffBytes.extended(rate), 0), 0);
        }
    }
}
