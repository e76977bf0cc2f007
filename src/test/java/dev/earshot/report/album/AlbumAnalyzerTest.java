package dev.earshot.report.album;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.Band;
import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.report.model.AlbumComparison;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlbumAnalyzerTest {
    private static final int RATE = 48_000;
    private static final int FRAMES = 3 * RATE;
    /** Three seconds of independent white noise reads within about 0.01 LU of its expected loudness. */
    private static final double LOUDNESS_TOLERANCE_LU = 0.05;

    @TempDir
    Path temp;

    /** White noise (sigma 0.05) per channel, times {@code gainDb}, plus optional in-band bass tones. */
    private static float[][] track(long seed, int channels, double gainDb, double extraBassDb) {
        SplittableRandom random = new SplittableRandom(seed);
        double sigma = 0.05;
        double gain = Math.pow(10, gainDb / 20);
        float[][] signal = new float[channels][FRAMES];
        // Extra bass as 40 tones between 70 and 230 Hz whose power is the white noise's 60-250 Hz power times
        // (10^(extraBassDb/10) - 1): the band then sits extraBassDb above where the noise alone puts it.
        int tones = 40;
        double noiseBassPower = sigma * sigma * (250.0 - 60.0) / (RATE / 2.0);
        double toneAmplitude = extraBassDb == 0 ? 0
                : Math.sqrt(2 * noiseBassPower * (Math.pow(10, extraBassDb / 10) - 1) / tones);
        double[] toneHz = new double[tones];
        double[] tonePhase = new double[tones];
        for (int k = 0; k < tones; k++) {
            toneHz[k] = 70 + 160.0 * k / (tones - 1);
            tonePhase[k] = 2 * Math.PI * random.nextDouble();
        }
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < FRAMES; i++) {
                double bass = 0;
                for (int k = 0; k < tones && toneAmplitude > 0; k++) {
                    bass += toneAmplitude * Math.sin(2 * Math.PI * toneHz[k] * i / RATE + tonePhase[k]);
                }
                double u1 = 1.0 - random.nextDouble();
                double noise = sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
                signal[c][i] = (float) (gain * (noise + bass));
            }
        }
        return signal;
    }

    private Path write(String name, float[][] signal) throws IOException {
        Path file = temp.resolve(name);
        try (WavWriter writer = WavWriter.create(file, RATE, signal.length, WavSampleFormat.FLOAT32, 1)) {
            writer.write(signal, signal[0].length);
            writer.commit();
        }
        return file;
    }

    private static AlbumComparison analyze(Path master, List<Path> tracks) throws IOException {
        return AlbumAnalyzer.analyze(master, tracks, ProgressListener.NONE, () -> false);
    }

    @Test
    void loudnessDifferencesEqualTheGainDifferencesAndTheLoudTrackIsFlagged() throws IOException {
        Path master = write("master.wav", track(1, 2, 0.0, 0));
        Path second = write("second.wav", track(2, 2, -0.5, 0));
        Path third = write("third.wav", track(3, 2, 0.5, 0));
        Path loud = write("loud.wav", track(4, 2, 3.5, 0));
        AlbumComparison album = analyze(master, List.of(second, third, loud));
        List<AlbumComparison.Track> tracks = album.tracks();
        assertEquals(List.of("master.wav", "second.wav", "third.wav", "loud.wav"),
                tracks.stream().map(AlbumComparison.Track::fileName).toList());
        assertTrue(tracks.get(0).isMaster());
        assertFalse(tracks.get(3).isMaster());
        double masterLufs = tracks.get(0).integratedLufs();
        assertEquals(-0.5, tracks.get(1).integratedLufs() - masterLufs, LOUDNESS_TOLERANCE_LU);
        assertEquals(0.5, tracks.get(2).integratedLufs() - masterLufs, LOUDNESS_TOLERANCE_LU);
        assertEquals(3.5, tracks.get(3).integratedLufs() - masterLufs, LOUDNESS_TOLERANCE_LU);
        // Mean offset (0 - 0.5 + 0.5 + 3.5) / 4 = +0.875 dB. The loud track sits 3.5 LU above the rest (mean 0);
        // the others at most 1.83 LU from theirs.
        assertEquals(masterLufs + 0.875, album.meanIntegratedLufs(), LOUDNESS_TOLERANCE_LU);
        assertEquals(List.of(), tracks.get(0).flags());
        assertEquals(List.of(), tracks.get(1).flags());
        assertEquals(List.of(), tracks.get(2).flags());
        assertEquals(1, tracks.get(3).flags().size(), tracks.get(3).flags().toString());
        assertTrue(tracks.get(3).flags().get(0).startsWith("3.5 LU louder than the rest of the album ("),
                tracks.get(3).flags().get(0));
        // Same spectrum everywhere: every band sits with the album's balance.
        for (AlbumComparison.Track track : tracks) {
            for (Band band : Band.values()) {
                assertEquals(0.0, track.bandDeviationDb().get(band), 0.3, track.fileName() + " " + band);
            }
        }
    }

    @Test
    void bassHeavyTrackIsFlaggedForItsBassOnly() throws IOException {
        Path master = write("master.wav", track(5, 2, 0.0, 0));
        Path second = write("second.wav", track(6, 2, 0.0, 0));
        Path third = write("third.wav", track(7, 2, 0.0, 0));
        Path heavy = write("heavy.wav", track(8, 2, 0.0, 8.0));
        AlbumComparison album = analyze(master, List.of(second, third, heavy));
        AlbumComparison.Track heavyRow = album.tracks().get(3);
        // 8 dB more bass on one track of four: 6 dB above the album's mean balance, the others 2 dB below it.
        assertEquals(6.0, heavyRow.bandDeviationDb().get(Band.BASS), 0.5);
        assertEquals(List.of("8.0 dB more bass (60-250 Hz) than the rest of the album."),
                heavyRow.flags().stream().map(f -> f.replaceFirst("^\\d+\\.\\d", "8.0")).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals(-2.0, album.tracks().get(i).bandDeviationDb().get(Band.BASS), 0.5);
            assertEquals(List.of(), album.tracks().get(i).flags());
        }
    }

    @Test
    void monoTrackIsWeightedAsPlayedOnTwoSpeakers() throws IOException {
        float[][] mono = track(9, 1, 0.0, 0);
        Path master = write("stereo.wav", new float[][] {mono[0], mono[0]});
        Path monoFile = write("mono.wav", mono);
        AlbumComparison album = analyze(master, List.of(monoFile));
        assertEquals(album.tracks().get(0).integratedLufs(), album.tracks().get(1).integratedLufs(), 0.01);
    }

    @Test
    void masterListedAgainAmongTheTracksIsCountedOnce() throws IOException {
        Path master = write("master.wav", track(10, 2, 0.0, 0));
        Path other = write("other.wav", track(11, 2, 0.0, 0));
        AlbumComparison album = analyze(master, List.of(master, other));
        assertEquals(2, album.tracks().size());
    }

    @Test
    void unreadableTrackFailsWithItsFileName() throws IOException {
        Path master = write("master.wav", track(12, 2, 0.0, 0));
        Path broken = Files.writeString(temp.resolve("broken-track.wav"), "this is not audio");
        AudioFileException e = assertThrows(AudioFileException.class, () -> analyze(master, List.of(broken)));
        assertTrue(e.getMessage().contains("broken-track.wav"), e.getMessage());
        Path missing = temp.resolve("missing-track.flac");
        e = assertThrows(AudioFileException.class, () -> analyze(master, List.of(missing)));
        assertTrue(e.getMessage().contains("missing-track.flac"), e.getMessage());
    }

    @Test
    void cancellationStopsTheAnalysis() throws IOException {
        Path master = write("master.wav", track(13, 2, 0.0, 0));
        assertThrows(InterruptedIOException.class,
                () -> AlbumAnalyzer.analyze(master, List.of(), ProgressListener.NONE, () -> true));
    }
}
