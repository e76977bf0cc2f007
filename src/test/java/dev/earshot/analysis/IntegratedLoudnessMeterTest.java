package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IntegratedLoudnessMeterTest {
    @Test
    void givesExactlyTheFullMetersIntegratedLoudness() {
        int rate = 44_100;
        Random random = new Random(3);
        float[][] block = new float[2][1000];
        LoudnessMeter full = new LoudnessMeter(rate, 2, new LoudnessOptions(ChannelLayout.STEREO, false, false));
        IntegratedLoudnessMeter only = new IntegratedLoudnessMeter(rate, ChannelLayout.STEREO, 2);
        for (int b = 0; b < 300; b++) {
            double level = b % 50 < 25 ? 0.3 : 0.03; // steps, so both gates matter
            for (float[] channel : block) {
                for (int i = 0; i < channel.length; i++) {
                    channel[i] = (float) (level * random.nextGaussian());
                }
            }
            full.add(block, 1000);
            only.add(block, 1000);
        }
        assertEquals(full.result().integratedLufs(), only.integratedLufs(), 0.0);
    }

    @Test
    void ebuCase1SineAtMinus23DbfsReadsMinus23() {
        int rate = 48_000;
        float[][] block = new float[2][rate * 20];
        double amplitude = Math.pow(10, -23 / 20.0);
        for (int i = 0; i < block[0].length; i++) {
            block[0][i] = (float) (amplitude * Math.sin(2 * Math.PI * 1000 * i / rate));
            block[1][i] = block[0][i];
        }
        IntegratedLoudnessMeter meter = new IntegratedLoudnessMeter(rate, ChannelLayout.STEREO, 2);
        meter.add(block, block[0].length);
        assertEquals(-23.0, meter.integratedLufs(), 0.1);
    }
}
