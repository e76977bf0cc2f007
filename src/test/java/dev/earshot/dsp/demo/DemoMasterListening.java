package dev.earshot.dsp.demo;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Developer tool, not a test: renders the demo master to a 24-bit WAV (first argument, default /tmp/demo.wav) and
 * prints the figures the tests check, for listening and tuning.
 */
public final class DemoMasterListening {
    private DemoMasterListening() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        DemoSong song = DemoMaster.generate(args.length > 1 ? Long.parseLong(args[1]) : DemoMaster.DEFAULT_SEED);
        System.out.printf(Locale.ROOT, "generated in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        System.out.println(DemoMasterFigures.of(song));
        printLimiterWork(song.seed());
        write(song, new File(args.length > 0 ? args[0] : "/tmp/demo.wav"));
        System.out.println(song.description());
    }

    /** Prints the drive into the limiter and how far the driven mix's peaks go over the ceiling. */
    private static void printLimiterWork(long seed) {
        float[][] mix = new DemoArrangement(DemoMaster.SAMPLE_RATE, seed).render();
        MasterBus.Mastered mastered = MasterBus.master(mix);
        double gain = Math.pow(10, mastered.driveDb() / 20);
        int frames = mix[0].length;
        int hop = DemoMaster.SAMPLE_RATE / 2;
        StringBuilder overs = new StringBuilder();
        for (int start = 0; start + hop <= frames; start += hop) {
            double peak = 0;
            for (float[] channel : mix) {
                for (int i = start; i < start + hop; i++) {
                    peak = Math.max(peak, Math.abs(channel[i]) * gain);
                }
            }
            overs.append(String.format(Locale.ROOT, "%.1f ", 20 * Math.log10(peak) - MasterBus.CEILING_DB));
        }
        System.out.printf(Locale.ROOT, "drive %.2f dB; peak over ceiling per half second (dB):%n%s%n",
                mastered.driveDb(), overs);
    }

    private static void write(DemoSong song, File file) throws Exception {
        int frames = song.lengthFrames();
        ByteBuffer bytes = ByteBuffer.allocate(frames * 6).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < 2; c++) {
                int v = (int) Math.round(Math.max(-1, Math.min(1, song.samples()[c][i])) * 8388607.0);
                bytes.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
            }
        }
        AudioFormat format = new AudioFormat(song.sampleRate(), 24, 2, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(bytes.array()), format, frames),
                AudioFileFormat.Type.WAVE, file);
    }
}
