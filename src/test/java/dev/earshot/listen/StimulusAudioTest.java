package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Alignment, gain, cutting and headroom of the played stimuli, against direct indexing. */
class StimulusAudioTest {
    private static float[][] ramp(int frames, float scale) {
        float[][] rows = new float[1][frames];
        for (int i = 0; i < frames; i++) {
            rows[0][i] = scale * i / frames;
        }
        return rows;
    }

    @Test
    void bIsReadOffsetFramesLaterWithItsGainAndMonoIsDuplicated() {
        float[][] a = ramp(1000, 0.5f);
        float[][] b = ramp(1200, 0.5f);
        StimulusAudio.Playable p = StimulusAudio.playable(a, b, -6.0, 30, null);
        // A covers 1000 frames, B from frame 30 on covers 1170: the common part is 1000.
        assertEquals(1000, p.lengthFrames());
        float gain = (float) Math.pow(10, -6.0 / 20);
        for (int i = 0; i < 1000; i += 37) {
            assertEquals(a[0][i], p.stimuli().get(0)[0][i], 0f);
            assertEquals(a[0][i], p.stimuli().get(0)[1][i], 0f);
            assertEquals(b[0][i + 30] * gain, p.stimuli().get(1)[1][i], 1e-7f);
        }
        assertEquals(0.0, p.headroomDb(), 0.0);
        assertFalse(p.cropped());
    }

    @Test
    void loopRegionIsCutAndBothAreTurnedDownTogetherWhenBWouldClip() {
        float[][] a = ramp(1000, 0.5f);
        float[][] b = ramp(1000, 0.5f);
        StimulusAudio.Playable p = StimulusAudio.playable(a, b, 12.0, -10, new LoopRegion(100, 600));
        assertEquals(500, p.lengthFrames());
        assertEquals(100, p.startFrame());
        // B's peak in the region: b[589] * 10^(12/20) = 0.2945 * 3.981 = 1.1725; both scale by 1 / that peak.
        double peakB = 0.5 * 589 / 1000 * Math.pow(10, 12.0 / 20);
        assertEquals(20 * Math.log10(1 / peakB), p.headroomDb(), 1e-4);
        assertEquals(1.0, p.stimuli().get(1)[0][499], 1e-6);
        assertEquals(a[0][599] / peakB, p.stimuli().get(0)[0][499], 1e-6);
        // B starts 10 frames earlier than A: A's frame 100 plays with B's frame 90.
        assertEquals(b[0][90] * Math.pow(10, 12.0 / 20) / peakB, p.stimuli().get(1)[0][0], 1e-6);
    }

    @Test
    void loopOutsideTheStimuliIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> StimulusAudio.playable(ramp(100, 1), ramp(100, 1), 0, 0, new LoopRegion(200, 300)));
    }
}
