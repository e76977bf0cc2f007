package dev.earshot.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.LowEndTranslation;
import org.junit.jupiter.api.Test;

import java.util.List;

class FiguresAndWordsTest {

    @Test
    void numbersUseATrueMinusAndNeverShowMinusZero() {
        assertEquals("\u22129.1", Figures.number(-9.14));
        assertEquals("0.0", Figures.number(-0.04));
        assertEquals("+2.3", Figures.signed(2.26));
        assertEquals("0.0", Figures.signed(0.01));
        assertEquals("\u2212\u221e", Figures.number(Double.NEGATIVE_INFINITY));
        assertEquals("n/a", Figures.number(Double.NaN));
    }

    @Test
    void energyShareFollowsTenToTheLevelOverTen() {
        // 10^(-10/10) = 10 %, 10^(-30/10) = 0.1 %, 10^(+3.0103/10) = 200 %.
        assertEquals("10 %", Figures.energyPercent(-10));
        assertEquals("0.10 %", Figures.energyPercent(-30));
        assertEquals("200 %", Figures.energyPercent(3.0103));
        assertEquals("0 %", Figures.energyPercent(Double.NEGATIVE_INFINITY));
    }

    @Test
    void frequenciesAndDurationsReadNaturally() {
        assertEquals("42\u00a0Hz", Figures.hertz(42.2));
        assertEquals("3.2\u00a0kHz", Figures.hertz(3200));
        assertEquals("16\u00a0kHz", Figures.hertz(16_000));
        assertEquals("3:34", Figures.duration(214.4));
        // Impulse responses last a fraction of a second: "0:00" said nothing.
        assertEquals("85 ms", Figures.duration(0.0853));
        assertEquals("0:01", Figures.duration(1.0));
    }

    @Test
    void inaudibleFundamentalSentenceNamesTheHarmonicThatRemains() {
        String text = PlainWords.lowEnd(new LowEndTranslation(-27.5, -11.2, 42, -24.1, -8.4, 84, 6.2, false), 72);
        assertTrue(text.contains("24.1 dB down"), text);
        assertTrue(text.contains("only its 84\u00a0Hz harmonic is heard"), text);
        String audible = PlainWords.lowEnd(new LowEndTranslation(4.2, 2.8, 42, 3.5, 22.0, 84, 25, true), 85);
        assertTrue(audible.startsWith("Boosts the sub (+4.2 dB)"), audible);
        assertTrue(audible.contains("stays audible"), audible);
    }

    @Test
    void findingFooterNamesWhatTheFindingIsAboutByRuleFamily() {
        assertEquals("about the master itself", PlainWords.scope(finding("master.true-peak"), List.of()));
        assertEquals("compared with the rest of the album", PlainWords.scope(finding("album.outlier"), List.of()));
        assertEquals("from the blind listening tests",
                PlainWords.scope(finding("blind-test.unverified"), List.of()));
        assertEquals("through a lossy codec", PlainWords.scope(finding("codec.overs"), List.of()));
        assertEquals("on streaming platforms", PlainWords.scope(finding("master.turned-down"), List.of()));
        Finding onDevices = new Finding("low-end.sub-lost", Finding.Severity.HIGH, "h", "d", -20, "dB", -12,
                List.of("phone", "laptop"));
        assertEquals("affects phone, laptop", PlainWords.scope(onDevices, List.of()));
    }

    private static Finding finding(String ruleId) {
        return new Finding(ruleId, Finding.Severity.LOW, "h", "d", 1, "dB", 0, List.of());
    }
}
