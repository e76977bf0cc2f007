package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, files written completely or not at all. */
class CliTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void assertOneLineError(CliRun run, int expectedCode, String mustContain) {
        assertEquals(expectedCode, run.exitCode(), run.err());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(1, lines.length, "expected one line, got: " + run.err());
        assertTrue(lines[0].startsWith("earshot: "), lines[0]);
        assertTrue(lines[0].contains(mustContain), lines[0]);
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void versionPrintsTheProductName() {
        CliRun run = run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Earshot"), run.out());
    }

    @Test
    void unknownOptionIsBadUsage() {
        CliRun run = run("info", "--no-such-option", "x.wav");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("earshot: "), run.err());
    }

    @Test
    void missingFileIsOneLineBadInput() {
        CliRun run = run("info", dir.resolve("absent.wav").toString());
        assertOneLineError(run, 2, "absent.wav");
    }

    @Test
    void textFileRenamedWavIsOneLineBadInput() throws IOException {
        Path fake = dir.resolve("notes.wav");
        Files.writeString(fake, "These are my mix notes, not audio.\n", StandardCharsets.UTF_8);
        assertOneLineError(run("info", fake.toString()), 2, "notes.wav");
    }

    @Test
    void emptyFileIsOneLineBadInput() throws IOException {
        Path empty = dir.resolve("empty.wav");
        Files.createFile(empty);
        assertOneLineError(run("info", empty.toString()), 2, "empty.wav");
    }

    @Test
    void infoReportsFormatAndPeak() throws IOException {
        Path file = dir.resolve("tone.wav");
        float[][] tone = new float[2][4800];
        for (int i = 0; i < tone[0].length; i++) {
            tone[0][i] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * i / 48000.0));
        }
        write(file, tone, 48000);
        CliRun run = run("info", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("48000 Hz"), run.out());
        assertTrue(run.out().contains("32-bit float"), run.out());
        // 0.5 full scale is -6.02 dBFS; the 1 kHz sine at 48 kHz reaches its crest exactly at sample 12.
        assertTrue(run.out().contains("-6.02 dBFS"), run.out());
        assertTrue(run.out().contains("R -inf"), run.out());
    }

    @Test
    void convolveWithDiracReturnsTheInput() throws IOException {
        Path input = dir.resolve("in.wav");
        Path ir = dir.resolve("dirac.wav");
        Path output = dir.resolve("out.wav");
        float[][] signal = noise(2, 10_000, 7);
        write(input, signal, 44_100);
        float[][] dirac = new float[1][1];
        dirac[0][0] = 1f;
        write(ir, dirac, 44_100);
        CliRun run = run("convolve", input.toString(), ir.toString(), "-o", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        float[][] result = readAll(output);
        assertEquals(10_000, result[0].length);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < signal[c].length; i++) {
                assertEquals(signal[c][i], result[c][i], 1e-6, "channel " + c + " frame " + i);
            }
        }
    }

    @Test
    void convolveIncludesTheTailUnlessTrimmed() throws IOException {
        Path input = dir.resolve("in.wav");
        Path ir = dir.resolve("ir.wav");
        write(input, noise(2, 5_000, 3), 48_000);
        write(ir, noise(4, 700, 4), 48_000);
        Path full = dir.resolve("full.wav");
        Path trimmed = dir.resolve("trimmed.wav");
        assertEquals(0, run("convolve", input.toString(), ir.toString(), "-o", full.toString()).exitCode());
        assertEquals(0, run("convolve", input.toString(), ir.toString(), "-o", trimmed.toString(), "--trim")
                .exitCode());
        assertEquals(5_000 + 700 - 1, readAll(full)[0].length);
        assertEquals(5_000, readAll(trimmed)[0].length);
    }

    @Test
    void failedConvolveLeavesNoFileBehind() throws IOException {
        Path input = dir.resolve("in.wav");
        Path ir = dir.resolve("three-channel-ir.wav");
        write(input, noise(2, 1_000, 1), 48_000);
        write(ir, noise(3, 100, 2), 48_000);
        Path output = dir.resolve("out.wav");
        CliRun run = run("convolve", input.toString(), ir.toString(), "-o", output.toString());
        assertOneLineError(run, 2, "three-channel-ir.wav");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the two inputs remain");
        }
    }

    @Test
    void demoWritesA24BitStereoMaster() {
        CliRun run = run("demo", "-o", dir.toString(), "--no-report");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("demo-master.wav")));
        assertTrue(run.out().contains("24-bit integer PCM"), run.out());
        assertTrue(run.out().contains("48000 Hz"), run.out());
    }

    @Test
    void loudnessOfAMinus23DbfsSineIsMinus23Lufs() throws IOException {
        // EBU Tech 3341 case 1: a stereo 1 kHz sine at -23 dBFS reads -23.0 LUFS (tolerance 0.1 LU).
        Path file = dir.resolve("case1.wav");
        write(file, sine(2, 48_000 * 20, 1000, -23.0, 48_000), 48_000);
        CliRun run = run("loudness", "--json", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        double integrated = jsonNumber(run.out(), "integratedLufs");
        assertEquals(-23.0, integrated, 0.1, run.out());
        assertTrue(run.out().contains("\"truePeakDbtp\""), run.out());
    }

    @Test
    void loudnessMeasuresTheGoodFilesAndNamesTheBadOne() throws IOException {
        Path good = dir.resolve("good.wav");
        write(good, sine(2, 48_000 * 5, 1000, -20.0, 48_000), 48_000);
        Path bad = dir.resolve("broken.wav");
        Files.writeString(bad, "not audio", StandardCharsets.UTF_8);
        CliRun run = run("loudness", good.toString(), bad.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("good.wav"), run.out());
        assertTrue(run.out().contains("Integrated loudness"), run.out());
        assertOneLineError(run, 2, "broken.wav");
    }

    @Test
    void monoAsDualReadsThreeLuLouder() throws IOException {
        Path file = dir.resolve("mono.wav");
        write(file, sine(1, 48_000 * 5, 1000, -20.0, 48_000), 48_000);
        double single = jsonNumber(run("loudness", "--json", file.toString()).out(), "integratedLufs");
        double dual = jsonNumber(run("loudness", "--json", "--mono-as-dual", file.toString()).out(),
                "integratedLufs");
        assertEquals(3.01, dual - single, 0.02);
    }

    @Test
    void truncatedFileIsMeasuredWithOneWarningLine() throws IOException {
        Path whole = dir.resolve("whole.wav");
        write(whole, sine(2, 48_000 * 2, 1000, -20.0, 48_000), 48_000);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.wav");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        CliRun run = run("loudness", cut.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("cut.wav: truncated: the header declares 2.000 s"), run.err());
        assertEquals(1, run.err().strip().split("\\R").length, run.err());
    }

    @Test
    void fileShorterThanAGatingBlockHasNoIntegratedLoudness() throws IOException {
        Path file = dir.resolve("blip.wav");
        write(file, sine(2, 9_600, 1000, -20.0, 48_000), 48_000);
        CliRun run = run("loudness", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("n/a (shorter than one 400 ms gating block)"), run.out());
    }

    private static double jsonNumber(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?[0-9.]+)")
                .matcher(json);
        assertTrue(m.find(), field + " missing in " + json);
        return Double.parseDouble(m.group(1));
    }

    private static float[][] sine(int channels, int frames, double frequencyHz, double peakDbfs, int sampleRate) {
        double amplitude = Math.pow(10, peakDbfs / 20);
        float[][] samples = new float[channels][frames];
        for (int i = 0; i < frames; i++) {
            float v = (float) (amplitude * Math.sin(2 * Math.PI * frequencyHz * i / sampleRate));
            for (int c = 0; c < channels; c++) {
                samples[c][i] = v;
            }
        }
        return samples;
    }

    private static float[][] noise(int channels, int frames, long seed) {
        Random random = new Random(seed);
        float[][] samples = new float[channels][frames];
        for (float[] channel : samples) {
            for (int i = 0; i < frames; i++) {
                channel[i] = (float) (0.1 * random.nextGaussian());
            }
        }
        return samples;
    }

    private static void write(Path file, float[][] samples, int sampleRate) throws IOException {
        try (WavWriter writer = WavWriter.create(file, sampleRate, samples.length, WavSampleFormat.FLOAT32, 1)) {
            writer.write(samples, samples[0].length);
            writer.commit();
        }
    }

    private static float[][] readAll(Path file) throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            int channels = source.format().channels();
            int frames = (int) source.lengthFrames();
            float[][] all = new float[channels][frames];
            float[][] block = new float[channels][1024];
            int position = 0;
            int n;
            while ((n = source.read(block, 1024)) > 0) {
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(block[c], 0, all[c], position, n);
                }
                position += n;
            }
            assertEquals(frames, position);
            return all;
        }
    }
}
