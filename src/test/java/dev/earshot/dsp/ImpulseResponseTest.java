package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.ImpulseResponse.IrLayout;
import org.junit.jupiter.api.Test;

class ImpulseResponseTest {

    @Test
    void channelCountDecidesTheLayout() {
        assertEquals(IrLayout.MONO, ImpulseResponse.of(new float[1][3], 48_000).layout());
        assertEquals(IrLayout.STEREO, ImpulseResponse.of(new float[2][3], 48_000).layout());
        assertEquals(IrLayout.TRUE_STEREO, ImpulseResponse.of(new float[4][3], 48_000).layout());
    }

    @Test
    void rejectsOtherChannelCountsUnequalLengthsAndEmptyChannels() {
        assertThrows(IllegalArgumentException.class, () -> ImpulseResponse.of(new float[3][5], 48_000));
        assertThrows(IllegalArgumentException.class, () -> ImpulseResponse.of(new float[0][], 48_000));
        assertThrows(IllegalArgumentException.class, () -> ImpulseResponse.of(new float[1][0], 48_000));
        assertThrows(IllegalArgumentException.class,
                () -> ImpulseResponse.of(new float[][] {new float[4], new float[5]}, 48_000));
        assertThrows(IllegalArgumentException.class, () -> ImpulseResponse.of(new float[1][5], 0));
    }

    @Test
    void copiesArraysInAndOut() {
        float[] samples = {1f, 2f, 3f};
        ImpulseResponse ir = ImpulseResponse.of(new float[][] {samples}, 44_100);
        samples[0] = 9f;
        ir.channel(0)[1] = 9f;
        assertArrayEquals(new float[] {1f, 2f, 3f}, ir.channel(0));
        assertEquals(3, ir.lengthFrames());
        assertEquals(44_100, ir.sampleRate());
        assertEquals(1, ir.channelCount());
    }

    @Test
    void outputChannelsFollowTheLayout() {
        ImpulseResponse mono = ImpulseResponse.of(new float[1][1], 48_000);
        ImpulseResponse stereo = ImpulseResponse.of(new float[2][1], 48_000);
        ImpulseResponse trueStereo = ImpulseResponse.of(new float[4][1], 48_000);
        assertEquals(1, mono.outputChannels(1));
        assertEquals(6, mono.outputChannels(6));
        assertEquals(2, stereo.outputChannels(1));
        assertEquals(2, stereo.outputChannels(2));
        assertEquals(2, trueStereo.outputChannels(1));
        assertEquals(2, trueStereo.outputChannels(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trueStereo.outputChannels(6));
        assertTrue(e.getMessage().contains("6 channels"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> stereo.outputChannels(3));
        assertThrows(IllegalArgumentException.class, () -> mono.outputChannels(0));
    }
}
