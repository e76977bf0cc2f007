package dev.earshot.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a sweep for playback elsewhere ({@code sweep.wav}, 32-bit float), its inverse filter
 * ({@code sweep.inverse.wav}) for other tools, and a JSON sidecar ({@code sweep.sweep.json}) with the settings, from
 * which {@code extract} regenerates the sweep and its inverse exactly. Stateless and thread-safe.
 */
public final class SweepFiles {
    /** The value of the sidecar's {@code format} field. */
    static final String FORMAT = "earshot-sweep";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepFiles() {
    }

    /** The sidecar of {@code sweepWav}: its name with {@code .wav} replaced by {@code .sweep.json}. */
    public static Path sidecarOf(Path sweepWav) {
        return sweepWav.resolveSibling(baseName(sweepWav) + ".sweep.json");
    }

    /** The inverse filter written beside {@code sweepWav}: {@code NAME.inverse.wav}. */
    public static Path inverseOf(Path sweepWav) {
        return sweepWav.resolveSibling(baseName(sweepWav) + ".inverse.wav");
    }

    /**
     * Writes the sweep signal (all repeats, mono), the inverse filter and the sidecar.
     *
     * @throws IOException naming the file if one cannot be written
     */
    public static void write(Path sweepWav, SweepSettings settings) throws IOException {
        write(sweepWav, settings, MONO);
    }

    /** {@link #write(Path, SweepSettings, int)}'s channel for a mono file (played on every speaker). */
    public static final int MONO = -1;

    /**
     * As {@link #write(Path, SweepSettings)}; with {@code channel} 0 or 1 the sweep WAV is stereo with the sweep on
     * the left (0) or right (1) channel only and silence on the other, to measure one speaker of a stereo device
     * from a player.
     *
     * @param channel {@link #MONO}, 0 (left) or 1 (right)
     */
    public static void write(Path sweepWav, SweepSettings settings, int channel) throws IOException {
        if (channel < MONO || channel > 1) {
            throw new IllegalArgumentException("channel " + channel + " must be -1 (mono), 0 (left) or 1 (right)");
        }
        float[] signal = ExponentialSweep.signal(settings);
        if (channel == MONO) {
            writeWav(sweepWav, new float[][] {signal}, settings.sampleRate());
        } else {
            float[][] stereo = new float[2][];
            stereo[channel] = signal;
            stereo[1 - channel] = new float[signal.length];
            writeWav(sweepWav, stereo, settings.sampleRate());
        }
        double[] inverse = ExponentialSweep.inverseFilter(settings);
        float[] inverseFloats = new float[inverse.length];
        for (int i = 0; i < inverse.length; i++) {
            inverseFloats[i] = (float) inverse[i];
        }
        writeWav(inverseOf(sweepWav), new float[][] {inverseFloats}, settings.sampleRate());
        Files.writeString(sidecarOf(sweepWav), toJson(settings), StandardCharsets.UTF_8);
    }

    /**
     * Reads the settings from the sidecar of {@code sweepWav}.
     *
     * @throws AudioFileException naming the sidecar if it is missing or malformed
     */
    public static SweepSettings read(Path sweepWav) throws IOException {
        Path sidecar = sidecarOf(sweepWav);
        if (!Files.isRegularFile(sidecar)) {
            throw new AudioFileException(sidecar, "missing; it holds the sweep's settings and is written next to the "
                    + "sweep by 'earshot measure sweep'");
        }
        try {
            return fromJson(Files.readString(sidecar, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new AudioFileException(sidecar, e.getMessage(), e);
        }
    }

    /** The settings as a small JSON object, one field per setting. */
    static String toJson(SweepSettings settings) {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("version", 1);
        node.put("sampleRate", settings.sampleRate());
        node.put("startHz", settings.startHz());
        node.put("endHz", settings.endHz());
        node.put("sweepSeconds", settings.sweepSeconds());
        node.put("fadeInOctaves", settings.fadeInOctaves());
        node.put("fadeOutOctaves", settings.fadeOutOctaves());
        node.put("leadSilenceSeconds", settings.leadSilenceSeconds());
        node.put("tailSilenceSeconds", settings.tailSilenceSeconds());
        node.put("levelDbfs", settings.levelDbfs());
        node.put("repeats", settings.repeats());
        return node.toPrettyString() + "\n";
    }

    /** @throws IllegalArgumentException naming the field that is missing or out of range */
    static SweepSettings fromJson(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !FORMAT.equals(node.path("format").asText())) {
            throw new IllegalArgumentException("not an Earshot sweep sidecar (format must be '" + FORMAT + "')");
        }
        return new SweepSettings((int) number(node, "sampleRate"), number(node, "startHz"), number(node, "endHz"),
                number(node, "sweepSeconds"), number(node, "fadeInOctaves"), number(node, "fadeOutOctaves"),
                number(node, "leadSilenceSeconds"), number(node, "tailSilenceSeconds"), number(node, "levelDbfs"),
                (int) number(node, "repeats"));
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException(field + ": must be a number");
        }
        return value.asDouble();
    }

    private static void writeWav(Path file, float[][] samples, int sampleRate) throws IOException {
        try (WavWriter writer = WavWriter.create(file, sampleRate, samples.length, WavSampleFormat.FLOAT32, 0)) {
            writer.write(samples, samples[0].length);
            writer.commit();
        }
    }

    private static String baseName(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(".wav") ? name.substring(0, name.length() - 4) : name;
    }
}
