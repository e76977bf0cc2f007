package dev.earshot.device.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.FrequencyResponse;
import dev.earshot.dsp.MagnitudeResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each model's response, measured on its generated IR with a direct DFT, at the published figures it was built from
 * (REFERENCE.md section 3). Tolerances: ±1 dB where the figure is a published point the model passes through (the
 * minimum-phase design and the finite IR smooth a curve's corners by a few tenths of a dB).
 */
class DeviceResponseTest {
    private static final int RATE = 48_000;

    @Test
    void stockEarbudsFollowThePublishedEarPodsDeviationWithinOneDecibel() {
        Map<Double, Double> published = Map.of(50.0, -11.0, 100.0, -2.9, 2_700.0, 6.3, 5_800.0, 8.1,
                16_000.0, -3.8);
        float[] ir = mono("earbuds-stock-wired");
        published.forEach((hz, expectedDb) -> assertEquals(expectedDb, relativeToOneKilohertz(ir, hz), 1.0,
                hz + " Hz re 1 kHz"));
    }

    @Test
    void poorSealLosesFourteenDecibelsAt125HzAndAboutFortyAt20Hz() {
        float[] ir = mono("earbuds-poor-seal");
        assertEquals(-14.0, relativeToOneKilohertz(ir, 125), 1.0, "published: about -14 dB at 125 Hz");
        assertEquals(-40.0, relativeToOneKilohertz(ir, 20), 3.0, "published: about -40 dB at 20 Hz");
        assertTrue(relativeToOneKilohertz(ir, 50) < relativeToOneKilohertz(ir, 125) - 6, "the loss keeps growing");
    }

    @Test
    void bassBoostBudsAndClosedHeadphonesLiftTheBass() {
        assertTrue(relativeToOneKilohertz(mono("earbuds-true-wireless-bass"), 50) > 4, "bass-boost preset");
        assertTrue(relativeToOneKilohertz(mono("headphones-closed-consumer"), 90) > 5, "bass hump");
        double openStudio = relativeToOneKilohertz(mono("headphones-open-studio"), 200);
        assertEquals(0.0, openStudio, 1.0, "open studio headphones are nearly neutral in the upper bass");
    }

    @Test
    void phoneSpeakerMatchesThePublishedPointsAndIsTwentyDecibelsDownAt200Hz() {
        float[] ir = mono("phone-portrait-mono");
        assertTrue(relativeToOneKilohertz(ir, 200) <= -20, "at least 20 dB down at 200 Hz");
        assertEquals(-7.0, relativeToOneKilohertz(ir, 500), 1.0, "published: -7 dB at 500 Hz");
        assertEquals(2.0, relativeToOneKilohertz(ir, 3_000), 1.0, "published: +2 dB at 3 kHz");
        assertEquals(3.6, relativeToOneKilohertz(ir, 8_000), 1.0, "published: +3.6 dB at 8 kHz");
        float[][] landscape = ShippedLibrary.profile("phone-landscape-stereo").impulseResponse();
        assertEquals(2, landscape.length);
        assertTrue(relativeToOneKilohertz(landscape[0], 200) <= -20, "bottom speaker in landscape");
    }

    @Test
    void olderPhoneFallsMoreSteeplyThanTheCurrentOne() {
        double older = relativeToOneKilohertz(mono("phone-older-small"), 300);
        double current = relativeToOneKilohertz(mono("phone-portrait-mono"), 300);
        assertTrue(older < current - 8, "older " + older + " dB vs current " + current + " dB at 300 Hz");
    }

    @Test
    void laptopsFallBelowTheirResonanceAndTheDownFiringOneLosesTreble() {
        float[] thin = mono("laptop-thin-down-firing");
        assertTrue(relativeToOneKilohertz(thin, 150) <= -15, "thin laptop below 200-400 Hz");
        assertTrue(relativeToOneKilohertz(thin, 10_000) <= -6, "down-firing treble loss above about 7 kHz");
        assertEquals(0.0, relativeToOneKilohertz(thin, 600), 3.0, "midrange intact");
        float[] large = mono("laptop-large");
        assertTrue(relativeToOneKilohertz(large, 100) > relativeToOneKilohertz(thin, 100) + 15, "bigger woofers");
        assertTrue(relativeToOneKilohertz(mono("tablet-landscape"), 150) <= -15, "tablet microspeakers");
    }

    @Test
    void carCabinGainLiftsThirtyHertzByTheDesignedTenToTwelveDecibels() {
        for (TrueStereoModel model : new TrueStereoModel[] {Cars.compactHatchbackModel(), Cars.familySedanModel(),
                Cars.suvPremiumModel(), Cars.pickupTruckCabModel()}) {
            CabinGain cabin = (CabinGain) model.space();
            double designedDb = cabin.gainDbAt(30);
            assertTrue(designedDb >= 10 && designedDb <= 12, "published +10..12 dB, designed " + designedDb);
            float[] with = model.render(RATE)[0];
            float[] without = model.withSpace(MagnitudeResponse.FLAT).render(RATE)[0];
            double liftDb = relativeToOneKilohertz(with, 30) - relativeToOneKilohertz(without, 30);
            assertEquals(designedDb, liftDb, 0.5, "cabin " + cabin);
            double liftAt500Db = relativeToOneKilohertz(with, 500) - relativeToOneKilohertz(without, 500);
            assertEquals(0.0, liftAt500Db, 0.3, "no lift well above the corner");
        }
    }

    @Test
    void driversSeatHearsTheNearLeftSpeakerEarlierAndLouder() {
        for (String id : new String[] {"compact-hatchback", "family-sedan-highway", "suv-premium",
                "pickup-truck-cab"}) {
            float[][] ir = ShippedLibrary.profile(id).impulseResponse();
            // Channels: LL, LR, RL, RR. At each ear the left speaker (input L) must lead the right one (input R).
            assertTrue(onsetFrame(ir[0]) < onsetFrame(ir[2]), id + " left ear: left speaker first");
            assertTrue(onsetFrame(ir[1]) < onsetFrame(ir[3]), id + " right ear: left speaker first");
            assertTrue(earlyEnergy(ir[0]) > 1.5 * earlyEnergy(ir[2]), id + " left ear: left speaker louder");
            double gapMs = 1000.0 * (onsetFrame(ir[2]) - onsetFrame(ir[0])) / RATE;
            assertTrue(gapMs > 0.5 && gapMs < 4, id + " near/far gap " + gapMs + " ms");
        }
    }

    @Test
    void studioMonitorsAreAnExactIdentity() {
        float[][] ir = ShippedLibrary.profile("studio-monitors").impulseResponse();
        assertEquals(1, ir.length);
        assertArrayEquals(new float[] {1.0f}, ir[0]);
    }

    @Test
    void livingRoomShowsItsAxialModes() {
        float[] ll = ShippedLibrary.profile("hifi-living-room").impulseResponse()[0];
        double peakDb = FrequencyResponse.gainDbAt(ll, RATE, 34.3);
        double nullDb = FrequencyResponse.gainDbAt(ll, RATE, 40.8);
        assertTrue(peakDb - nullDb > 6, "34 Hz mode " + peakDb + " dB vs 41 Hz null " + nullDb + " dB");
        assertEquals(4, ShippedLibrary.profile("hifi-living-room").impulseResponse().length);
    }

    @Test
    void subwooferSoundbarReachesFarDeeperThanTheBudgetOne() {
        double withSub = smoothedRelative(mono("soundbar-3-1-sub"), 50);
        double budget = smoothedRelative(mono("soundbar-budget-2-0"), 50);
        assertTrue(withSub > budget + 8, "3.1 " + withSub + " dB vs 2.0 " + budget + " dB at 50 Hz");
        double tv = smoothedRelative(mono("tv-flat-panel"), 2_500) - smoothedRelative(mono("tv-flat-panel"), 500);
        double dialogue = smoothedRelative(mono("tv-dialogue-enhancement"), 2_500)
                - smoothedRelative(mono("tv-dialogue-enhancement"), 500);
        assertEquals(5.5, dialogue - tv, 1.0, "dialogue mode: +5 dB at 2.5 kHz, -0.5 dB of its shelf at 500 Hz");
    }

    @Test
    void cabinGainRejectsACornerThatCannotReachTheLift() {
        try {
            CabinGain.reaching(40, 11);
            throw new AssertionError("a 40 Hz corner cannot rise 11 dB by 30 Hz at 12 dB/octave");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("40"));
        }
    }

    private static float[] mono(String id) {
        return ShippedLibrary.profile(id).impulseResponse()[0];
    }

    private static double relativeToOneKilohertz(float[] ir, double hz) {
        return FrequencyResponse.gainDbAt(ir, RATE, hz) - FrequencyResponse.gainDbAt(ir, RATE, 1_000);
    }

    /** Third-octave smoothed, re the 200 Hz-4 kHz level the room models are normalised to (0 dB). */
    private static double smoothedRelative(float[] ir, double hz) {
        return FrequencyResponse.smoothedGainDbAt(ir, RATE, hz, 1.0 / 3);
    }

    private static int onsetFrame(float[] ir) {
        double peak = 0;
        for (float v : ir) {
            peak = Math.max(peak, Math.abs(v));
        }
        for (int i = 0; i < ir.length; i++) {
            if (Math.abs(ir[i]) >= 0.2 * peak) {
                return i;
            }
        }
        return ir.length;
    }

    private static double earlyEnergy(float[] ir) {
        double sum = 0;
        for (int i = 0; i < 240; i++) {
            sum += ir[i] * ir[i];
        }
        return sum;
    }
}
