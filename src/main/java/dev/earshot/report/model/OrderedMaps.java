package dev.earshot.report.model;

import dev.earshot.analysis.Band;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable copies of the report's maps that keep a fixed order, so a report's JSON, HTML and PDF list the bands in
 * their spectral order and come out byte for byte the same from the same inputs ({@code Map.copyOf} iterates in an
 * order that changes from run to run).
 */
final class OrderedMaps {
    private OrderedMaps() {
    }

    /** The bands in spectral order (sub to air); null keys or values are refused, as by {@code Map.copyOf}. */
    static Map<Band, Double> bands(Map<Band, Double> map) {
        EnumMap<Band, Double> copy = new EnumMap<>(Band.class);
        map.forEach((band, value) -> copy.put(Objects.requireNonNull(band), Objects.requireNonNull(value)));
        return Collections.unmodifiableMap(copy);
    }

    /** In the given map's own iteration order (the caller's profile order), each inner map in band order. */
    static Map<String, Map<Band, Double>> profilesThenBands(Map<String, Map<Band, Double>> map) {
        LinkedHashMap<String, Map<Band, Double>> copy = new LinkedHashMap<>();
        map.forEach((profile, bands) -> copy.put(Objects.requireNonNull(profile), bands(bands)));
        return Collections.unmodifiableMap(copy);
    }
}
