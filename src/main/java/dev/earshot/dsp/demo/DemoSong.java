package dev.earshot.dsp.demo;

import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.SampleEncoding;
import java.util.List;

/**
 * A generated demo master: stereo float samples (full scale 1.0) at {@link DemoMaster#SAMPLE_RATE}, its sections
 * and a plain-text description of the planted problems. Created by {@link DemoMaster#generate(long)}; each call
 * returns a new instance whose arrays belong to the caller (they are not copied). Not thread-safe if mutated.
 */
public final class DemoSong {
    /** Container name reported by {@link #format()}. */
    public static final String CONTAINER = "Earshot demo master";

    private final float[][] samples;
    private final List<DemoSection> sections;
    private final String description;
    private final long seed;
    private final double calibratedLoudnessLufs;

    DemoSong(float[][] samples, List<DemoSection> sections, String description, long seed,
             double calibratedLoudnessLufs) {
        this.samples = samples;
        this.sections = List.copyOf(sections);
        this.description = description;
        this.seed = seed;
        this.calibratedLoudnessLufs = calibratedLoudnessLufs;
    }

    /** The samples as {@code [channel][frame]}, 2 channels, full scale 1.0; the live arrays, not a copy. */
    public float[][] samples() {
        return samples;
    }

    /** Frames per second: always 48 000. */
    public int sampleRate() {
        return DemoMaster.SAMPLE_RATE;
    }

    /** Always 2 (left, right). */
    public int channels() {
        return samples.length;
    }

    /** Length in frames. */
    public int lengthFrames() {
        return samples[0].length;
    }

    /** Length in seconds. */
    public double durationSeconds() {
        return lengthFrames() / (double) sampleRate();
    }

    /** Intro, verse, chorus and ending, in time order, covering the whole song. */
    public List<DemoSection> sections() {
        return sections;
    }

    /** Human-readable multi-line description of the elements and the problems they plant. */
    public String description() {
        return description;
    }

    /** The seed the song was generated from. */
    public long seed() {
        return seed;
    }

    /**
     * The integrated loudness in LUFS that the generator's private calibration estimate measured (target -9). The
     * authoritative figure is whatever Earshot's loudness meter reports.
     */
    public double calibratedLoudnessLufs() {
        return calibratedLoudnessLufs;
    }

    /** Format for writers and analysers: 48 kHz, 2 channels, 32-bit float, container {@link #CONTAINER}. */
    public AudioFormatInfo format() {
        return new AudioFormatInfo(sampleRate(), channels(), 32, SampleEncoding.PCM_FLOAT, CONTAINER);
    }

    /** A streaming view of the samples from the start; it never throws {@code IOException}. Caller closes it. */
    public AudioSource openSource() {
        return new DemoSongSource(samples, format());
    }
}
