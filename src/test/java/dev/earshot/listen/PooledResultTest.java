package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PooledResultTest {
    @Test
    void poolingSumsCountsIntoOneExactTest() {
        PooledResult pooled = PooledResult.pool(List.of(TestResult.oneSided(12, 16, 0.5, 0.05),
                TestResult.oneSided(9, 16, 0.5, 0.05), TestResult.oneSided(8, 10, 0.5, 0.05)));
        assertEquals(29, pooled.result().correct());
        assertEquals(42, pooled.result().trials());
        assertEquals(3, pooled.partCount());
        assertEquals(ExactBinomial.upperTail(29, 42, 1, 2), pooled.result().pValue(), 1e-13);
        assertEquals(PooledResult.POOLING_WARNING, pooled.warning());
    }

    @Test
    void poolingCanPassWhereNoSingleListenerDid() {
        // Three listeners at 11/16 (p = 0.105 each) pool to 33/48 (p ≈ 0.0064): a different question answered.
        TestResult one = TestResult.oneSided(11, 16, 0.5, 0.05);
        assertFalse(one.passed());
        PooledResult pooled = PooledResult.pool(List.of(one, one, one));
        assertTrue(pooled.result().passed());
        assertTrue(pooled.warning().contains("average rate"));
    }

    @Test
    void poolingPreferencesStaysTwoSided() {
        PooledResult pooled = PooledResult.pool(List.of(TestResult.preference(12, 16, 0.05),
                TestResult.preference(4, 16, 0.05)));
        assertEquals(Sidedness.TWO_SIDED, pooled.result().sidedness());
        assertEquals(1.0, pooled.result().pValue(), 1e-15);
    }

    @Test
    void refusesToPoolDifferentTests() {
        assertThrows(IllegalArgumentException.class, () -> PooledResult.pool(List.of(
                TestResult.oneSided(12, 16, 0.5, 0.05), TestResult.oneSided(9, 16, 1.0 / 3, 0.05))));
        assertThrows(IllegalArgumentException.class, () -> PooledResult.pool(List.of(
                TestResult.oneSided(12, 16, 0.5, 0.05), TestResult.preference(9, 16, 0.05))));
        assertThrows(IllegalArgumentException.class, () -> PooledResult.pool(List.of()));
    }
}
