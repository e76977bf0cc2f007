package dev.earshot.audio;

import static dev.earshot.audio.TestWavBytes.FLOAT;
import static dev.earshot.audio.TestWavBytes.PCM;
import static dev.earshot.audio.TestWavBytes.chunk;
import static dev.earshot.audio.TestWavBytes.chunkClaiming;
import static dev.earshot.audio.TestWavBytes.fmt;
import static dev.earshot.audio.TestWavBytes.riff;

import java.util.List;

/** Small valid files, one per supported layout, that the fuzz tests mutate. */
final class FuzzCorpus {
    private FuzzCorpus() {
    }

    static List<byte[]> validFiles() {
        int[][] stereo16 = TestAudio.randomInts(2, 61, 16, 1);
        int[][] mono8 = TestAudio.randomInts(1, 63, 8, 2);
        int[][] stereo24 = TestAudio.randomInts(2, 47, 24, 3);
        int[][] quad32 = TestAudio.randomInts(4, 20, 32, 4);
        double[][] floats = TestAudio.randomDoubles(2, 40, 5);
        byte[] data24 = TestWavBytes.ints(stereo24, 3, false, false);
        return List.of(
                riff("RIFF", fmt(PCM, 2, 44100, 4, 16), chunk("data", TestWavBytes.ints(stereo16, 2, false, false))),
                riff("RIFF", chunk("LIST", new byte[9]), fmt(PCM, 1, 8000, 1, 8),
                        chunk("data", TestWavBytes.ints(mono8, 1, false, true)), chunk("id3 ", new byte[3])),
                riff("RIFF", fmt(FLOAT, 2, 96000, 8, 32), chunk("fact", new byte[4]),
                        chunk("data", TestWavBytes.floats(floats, 4, false))),
                riff("RIFF", TestWavBytes.fmtExtensible(PCM, 4, 48000, 32, 32, 0x33),
                        chunk("data", TestWavBytes.ints(quad32, 4, false, false))),
                riff("RF64", TestWavBytes.ds64(0, data24.length, 47), fmt(PCM, 2, 48000, 6, 24),
                        chunkClaiming("data", 0xFFFF_FFFFL, data24)),
                riff("RIFF", fmt(FLOAT, 2, 44100, 16, 64), chunk("data", TestWavBytes.floats(floats, 8, false))),
                TestAiffBytes.form("AIFF", TestAiffBytes.comm(2, 47, 24, 44100, null),
                        TestAiffBytes.ssnd(4, data24)),
                TestAiffBytes.form("AIFC", TestAiffBytes.comm(2, 61, 16, 48000, "sowt"),
                        TestAiffBytes.ssnd(0, TestWavBytes.ints(stereo16, 2, false, false))),
                TestAiffBytes.form("AIFC", TestAiffBytes.comm(2, 40, 32, 32000, "fl32"),
                        TestAiffBytes.ssnd(0, TestWavBytes.floats(floats, 4, true))),
                TestAiffBytes.form("AIFC", TestAiffBytes.comm(2, 40, 64, 22050, "fl64"),
                        TestAiffBytes.ssnd(0, TestWavBytes.floats(floats, 8, true))));
    }
}
