package dev.earshot.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

class FindingFiguresTest {

    @Test
    void aSingleValueAtTheDepthLimitReadsAsOneValueNotARange() {
        assertEquals("60+", Figures.magnitudeRange(List.of(-60.0), 0));
        assertEquals("60+", Figures.magnitudeRange(List.of(-60.0, -60.0), 0));
        // 59.8 rounds to 60 like the floored 60: one value, not "60–60+".
        assertEquals("60+", Figures.magnitudeRange(List.of(-59.8, -60.0), 0));
    }

    @Test
    void differentValuesReadAsARangeWithTheFloorMarkedOnItsTop() {
        assertEquals("24", Figures.magnitudeRange(List.of(-24.2), 0));
        assertEquals("26\u201360+", Figures.magnitudeRange(List.of(-26.0, -60.0), 0));
        assertEquals("18\u201330", Figures.magnitudeRange(List.of(-30.0, -18.0), 0));
    }

    @Test
    void percentagesAreNeverMarkedAsFlooredLosses() {
        assertEquals("75", Figures.plainRange(List.of(75.0), 0));
        assertEquals("40\u201375", Figures.plainRange(List.of(75.0, 40.0), 0));
    }
}
