package dev.earshot.device.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Numbers written by Java's own locale formatting read back in the style the file's numbers reveal. */
class DecimalStyleProperties {
    @Property(tries = 300, seed = "20261125")
    void numbersFormattedInEitherLocaleReadBack(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
                                                @ForAll @IntRange(min = 1, max = 6) int decimals,
                                                @ForAll boolean comma, @ForAll boolean grouping) {
        Locale locale = comma ? Locale.GERMANY : Locale.US;
        String token = String.format(locale, (grouping ? "%,." : "%.") + decimals + "f", value);
        DecimalStyle expected = comma ? DecimalStyle.COMMA : DecimalStyle.POINT;
        DecimalStyle evidence = DecimalStyle.evidence(token);
        // A token such as "1,234" (or "1.234") could be either style; the file's other numbers decide it then.
        if (evidence != null) {
            assertEquals(expected, evidence, token);
        }
        double parsed = expected.parse(token);
        assertEquals(Double.parseDouble(String.format(Locale.ROOT, "%." + decimals + "f", value)), parsed, 0.0, token);
    }

    @Property(tries = 100, seed = "20261125")
    void scientificNotationReadsInBothStyles(@ForAll @DoubleRange(min = -1, max = 1) double value) {
        String point = String.format(Locale.ROOT, "%.9E", value);
        String comma = point.replace('.', ',');
        assertEquals(Double.parseDouble(point), DecimalStyle.POINT.parse(point), 0.0);
        assertEquals(Double.parseDouble(point), DecimalStyle.COMMA.parse(comma), 0.0);
    }
}
