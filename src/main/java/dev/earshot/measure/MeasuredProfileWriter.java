package dev.earshot.measure;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.ProfileValidator;
import dev.earshot.device.Provenance;
import dev.earshot.device.importer.ProfileIds;
import dev.earshot.dsp.ImpulseResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a measured impulse response into the profile library as a new profile with provenance {@code measured}:
 * the IR as 32-bit float WAV in {@code impulse-responses/<id>.wav} and the profile in
 * {@code playback-profiles/<id>.json}. The IR is scaled so that its louder direct path (the only channel, left and
 * right, or LL and RR) is 0 dB over the third octave around 1 kHz, as imported profiles are; one gain for every
 * channel keeps their balance. Never overwrites; if the profile cannot be written the IR is removed again.
 * Stateless and thread-safe.
 */
public final class MeasuredProfileWriter {
    private static final double BAND_LOW_HZ = 1000 / Math.pow(2, 1.0 / 6);
    private static final double BAND_HIGH_HZ = 1000 * Math.pow(2, 1.0 / 6);
    private static final int BAND_POINTS = 24;

    private MeasuredProfileWriter() {
    }

    /** What was written. */
    public record Written(PlaybackProfile profile, Path jsonFile, Path irFile) {
    }

    /**
     * @param ir          the assembled response
     * @param name        the profile's name; its id is the kebab-case form
     * @param category    the profile's category
     * @param record      how it was measured
     * @param profilesDir the existing {@code playback-profiles/} folder
     * @param irDir       the existing {@code impulse-responses/} folder
     * @throws IllegalArgumentException if the name makes no id, an id's files exist, or a folder is missing
     * @throws IOException              if writing fails; nothing is left behind
     */
    public static Written write(ImpulseResponse ir, String name, ProfileCategory category, MeasurementRecord record,
                                Path profilesDir, Path irDir) throws IOException {
        String id = name == null ? "" : ProfileIds.fromName(name);
        if (id.isEmpty()) {
            throw new IllegalArgumentException("the profile name '" + name + "' has no letters or digits (a-z, 0-9) "
                    + "to make an id from; give a name such as \"My car\"");
        }
        for (Path dir : List.of(profilesDir, irDir)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(dir + ": the profile library folder does not exist");
            }
        }
        Path jsonFile = profilesDir.resolve(id + ProfileCodec.SUFFIX);
        Path irFile = irDir.resolve(id + ".wav");
        for (Path file : List.of(jsonFile, irFile)) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException(file + ": already exists; choose another profile name "
                        + "(measurements never overwrite)");
            }
        }
        double gainDb = normalisationDb(ir);
        PlaybackProfile profile = new PlaybackProfile(id, name.strip(), category, "Measured with an exponential "
                + "sweep on " + record.date() + ".", irFile.getFileName().toString(),
                PlaybackProfile.REFERENCE_LEVEL_DB_SPL, List.of(), null, provenance(record, ir, gainDb));
        float scale = (float) Math.pow(10, gainDb / 20);
        float[][] channels = new float[ir.channelCount()][];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = ir.channel(c);
            for (int i = 0; i < channels[c].length; i++) {
                channels[c][i] *= scale;
            }
        }
        try (WavWriter writer = WavWriter.create(irFile, ir.sampleRate(), channels.length, WavSampleFormat.FLOAT32,
                0)) {
            writer.write(channels, channels[0].length);
            writer.commit();
        }
        try {
            List<String> problems = ProfileValidator.validate(profile, irDir);
            if (!problems.isEmpty()) {
                throw new IOException(irFile + ": the measured impulse response is not usable: " + problems.get(0));
            }
            ProfileCodec.writeFile(profile, profilesDir);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(irFile);
            throw e;
        }
        return new Written(profile, jsonFile, irFile);
    }

    private static Provenance provenance(MeasurementRecord record, ImpulseResponse ir, double gainDb) {
        SweepSettings s = record.settings();
        String source = String.format(Locale.ROOT, "measured with an exponential sine sweep, %.0f to %.0f Hz, %.1f s,"
                + " %.1f dBFS, %d repeat(s), at %d Hz: %s", s.startHz(), s.endHz(), s.sweepSeconds(), s.levelDbfs(),
                s.repeats(), s.sampleRate(), record.devices().strip().replaceAll("\\s+", " "));
        String drift = Double.isNaN(record.driftPpm()) ? "clock drift not measured (one sweep)"
                : String.format(Locale.ROOT, "clock drift %.2f ppm corrected", record.driftPpm());
        String notes = String.format(Locale.ROOT, "%s IR, %d frames; signal-to-noise %.1f dB; %s; trimmed %.1f ms "
                + "before the onset, faded out where the response meets the noise; scaled by %.2f dB to 0 dB at 1 kHz.",
                ir.layout().name().toLowerCase(Locale.ROOT).replace('_', ' '), ir.lengthFrames(), record.snrDb(),
                drift, 1000 * ResponseExtractor.PRE_DELAY_SECONDS, gainDb);
        return new Provenance(Provenance.Kind.MEASURED, source, notes, record.recordingSha256(), record.date());
    }

    /** The gain in dB that brings the louder direct path to 0 dB over the third octave around 1 kHz. */
    static double normalisationDb(ImpulseResponse ir) {
        int[] direct = switch (ir.layout()) {
            case MONO -> new int[] {0};
            case STEREO -> new int[] {0, 1};
            case TRUE_STEREO -> new int[] {0, 3};
        };
        double loudest = 0;
        for (int c : direct) {
            float[] channel = ir.channel(c);
            double[] samples = new double[channel.length];
            for (int i = 0; i < channel.length; i++) {
                samples[i] = channel[i];
            }
            double power = 0;
            for (int p = 0; p < BAND_POINTS; p++) {
                double f = BAND_LOW_HZ * Math.pow(BAND_HIGH_HZ / BAND_LOW_HZ, p / (BAND_POINTS - 1.0));
                power += Math.pow(ExponentialSweep.magnitudeAt(samples, f, ir.sampleRate()), 2);
            }
            loudest = Math.max(loudest, power / BAND_POINTS);
        }
        if (!(loudest > 0)) {
            throw new IllegalArgumentException("the measured response has no energy around 1 kHz; check the "
                    + "microphone and the level");
        }
        return -10 * Math.log10(loudest);
    }
}
