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
        write(song, new File(args.length > 0 ? args[0] : "/tmp/demo.wav"));
        System.out.println(song.description());
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
