package dev.earshot.device.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RewFrequencyResponseParserTest {
    private static final DoubleUnaryOperator CURVE = GeneratedCurves.PEAKS_DIPS_SLOPES;
    private static final double[] FREQUENCIES = GeneratedCurves.frequencies(15, 22_000);
    /** The text carries 4 decimals of frequency and 5 of level: the parse must agree to that rounding. */
    private static final double FREQUENCY_TOLERANCE_HZ = 0.5e-4;
    private static final double LEVEL_TOLERANCE_DB = 1e-5 + 1e-9;

    @ParameterizedTest(name = "separator [{0}], {1} locale, grouping {2}, phase {3}")
    @CsvSource(delimiter = '|', value = {
        "space|ROOT|false|true",
        "space|ROOT|false|false",
        "tab|ROOT|false|true",
        "comma|ROOT|false|true",
        "semicolon|GERMANY|false|true",
        "tab|GERMANY|false|true",
        "space|GERMANY|false|false",
        "space|US|true|true",
        "tab|US|true|false",
        "tab|GERMANY|true|true",
        "semicolon|GERMANY|true|false",
    })
    void readsEveryRowInEverySeparatorAndNumberStyle(String separatorName, String localeName, boolean grouping,
                                                     boolean phase) throws ImportException {
        String separator = switch (separatorName) {
            case "space" -> " ";
            case "tab" -> "\t";
            case "comma" -> ", ";
            default -> ";";
        };
        Locale locale = switch (localeName) {
            case "GERMANY" -> Locale.GERMANY;
            case "US" -> Locale.US;
            default -> Locale.ROOT;
        };
        String text = GeneratedCurves.rewText(CURVE, FREQUENCIES, locale, grouping, separator, phase);

        MeasuredCurve parsed = RewFrequencyResponseParser.parse(text, "car.txt");

        assertEquals(FREQUENCIES.length, parsed.points());
        double[] frequencies = parsed.curve().frequenciesHz();
        double[] gains = parsed.curve().gainsDb();
        for (int i = 0; i < FREQUENCIES.length; i++) {
            assertEquals(FREQUENCIES[i], frequencies[i], FREQUENCY_TOLERANCE_HZ, "row " + i);
            assertEquals(GeneratedCurves.normalized(CURVE, FREQUENCIES[i]), gains[i], 2 * LEVEL_TOLERANCE_DB,
                    "row " + i + " at " + FREQUENCIES[i] + " Hz");
        }
        assertEquals(CURVE.applyAsDouble(1000), parsed.levelAt1kHzDb(), LEVEL_TOLERANCE_DB);
    }

    /** Rows at these frequencies (Hz, each plus 0.5) with level 70 + row index + 0.25 dB. */
    private static final int[] WHOLE_HZ = {20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 12_500, 16_000, 20_000};

    @Test
    void decimalCommasWithSemicolonsAndTabsAreRead() throws ImportException {
        for (String separator : new String[] {";", "\t", " "}) {
            StringBuilder text = new StringBuilder("* Freq(Hz)" + separator + "SPL(dB)\n");
            for (int i = 0; i < WHOLE_HZ.length; i++) {
                text.append(WHOLE_HZ[i]).append(",5").append(separator).append(70 + i).append(",25\n");
            }
            assertRows(RewFrequencyResponseParser.parse(text.toString(), "comma.txt"));
        }
    }

    @Test
    void thousandsSeparatorsAreReadInBothStyles() throws ImportException {
        StringBuilder points = new StringBuilder("* Freq(Hz) SPL(dB) Phase(degrees)\n");
        StringBuilder commas = new StringBuilder("* Freq(Hz)\tSPL(dB)\tPhase(degrees)\n");
        for (int i = 0; i < WHOLE_HZ.length; i++) {
            points.append(String.format(Locale.US, "%,d.5 %d.25 -1,234.5%n", WHOLE_HZ[i], 70 + i));
            commas.append(String.format(Locale.GERMANY, "%,d,5\t%d,25\t-1.234,5%n", WHOLE_HZ[i], 70 + i));
        }
        assertEquals("10,000.5 78.25 -1,234.5", points.toString().lines().toList().get(9));
        assertEquals("10.000,5\t78,25\t-1.234,5", commas.toString().lines().toList().get(9));
        assertRows(RewFrequencyResponseParser.parse(points.toString(), "dots.txt"));
        assertRows(RewFrequencyResponseParser.parse(commas.toString(), "commas.txt"));
    }

    private static void assertRows(MeasuredCurve parsed) {
        double[] frequencies = parsed.curve().frequenciesHz();
        double[] gains = parsed.curve().gainsDb();
        assertEquals(WHOLE_HZ.length, frequencies.length);
        // 1 kHz lies between 500.5 Hz (74.25 dB) and 1000.5 Hz (75.25 dB), interpolated in log-frequency.
        double levelAt1kHzDb = 74.25 + Math.log(1000 / 500.5) / Math.log(1000.5 / 500.5);
        assertEquals(levelAt1kHzDb, parsed.levelAt1kHzDb(), 1e-9);
        for (int i = 0; i < WHOLE_HZ.length; i++) {
            assertEquals(WHOLE_HZ[i] + 0.5, frequencies[i], 1e-9);
            assertEquals(70.25 + i - levelAt1kHzDb, gains[i], 1e-9);
        }
    }

    @Test
    void headerTextWithoutStarsBeforeTheRowsIsSkipped() throws ImportException {
        String text = "Measurement export\nFreq(Hz) SPL(dB)\n" + rows(i -> (20 + 1000 * i) + " " + (i % 3));
        assertEquals(20, RewFrequencyResponseParser.parse(text, "plain.txt").points());
    }

    @Test
    void mixingDecimalCommasAndPointsIsRefusedAtTheLineThatBreaksTheStyle() {
        String text = "* Freq(Hz) SPL(dB)\n20,5\t70,1\n" + rows(i -> (100 + 1000 * i) + ".25\t" + "70.5");
        ImportException error = assertThrows(ImportException.class,
                () -> RewFrequencyResponseParser.parse(text, "mixed.txt"));
        assertEquals("mixed.txt: line 3: '100.25' is written with decimal points but line 2 ('20,5') uses decimal "
                + "commas; a file must use one style", error.getMessage());
    }

    /** 20 rows from {@code row.apply(0..19)}, one per line. */
    private static String rows(IntFunction<String> row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append(row.apply(i)).append('\n');
        }
        return text.toString();
    }
}
