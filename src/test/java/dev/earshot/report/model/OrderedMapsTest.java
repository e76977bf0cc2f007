package dev.earshot.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.analysis.Band;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's band maps iterate in spectral order whatever order they were built in, so the JSON, HTML and PDF
 * list them the same way every run ({@code Map.copyOf} used a per-JVM random order).
 */
class OrderedMapsTest {
    @Test
    void bandsComeOutInSpectralOrderWhateverTheInputOrder() {
        List<Band> reversed = new ArrayList<>(Arrays.asList(Band.values()));
        Collections.reverse(reversed);
        Map<Band, Double> input = new LinkedHashMap<>();
        for (Band band : reversed) {
            input.put(band, (double) band.ordinal());
        }
        MonoCompatibility mono = new MonoCompatibility(1.0, input, Band.values()[0]);
        assertEquals(Arrays.asList(Band.values()), new ArrayList<>(mono.bandLossDb().keySet()));
        assertEquals(input, mono.bandLossDb());
    }

    @Test
    void referenceProfilesKeepTheCallersOrderAndTheirBandsTheSpectralOne() {
        Map<Band, Double> bands = new HashMap<>();
        for (Band band : Band.values()) {
            bands.put(band, 0.5);
        }
        Map<String, Map<Band, Double>> profiles = new LinkedHashMap<>();
        profiles.put("phone", bands);
        profiles.put("car", bands);
        profiles.put("earbuds", bands);
        Map<String, Map<Band, Double>> copy = OrderedMaps.profilesThenBands(profiles);
        assertEquals(List.of("phone", "car", "earbuds"), new ArrayList<>(copy.keySet()));
        assertEquals(Arrays.asList(Band.values()), new ArrayList<>(copy.get("car").keySet()));
    }

    @Test
    void copiesAreImmutableAndRefuseNulls() {
        Map<Band, Double> copy = OrderedMaps.bands(Map.of(Band.values()[0], 1.0));
        assertThrows(UnsupportedOperationException.class, () -> copy.put(Band.values()[1], 2.0));
        Map<Band, Double> withNull = new HashMap<>();
        withNull.put(Band.values()[0], null);
        assertThrows(NullPointerException.class, () -> OrderedMaps.bands(withNull));
    }
}
