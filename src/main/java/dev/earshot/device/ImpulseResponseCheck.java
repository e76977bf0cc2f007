package dev.earshot.device;

import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The audio checks of {@link ProfileValidator#checkImpulseResponse}; reads the file once, in blocks. */
final class ImpulseResponseCheck {
    private static final int BLOCK_FRAMES = 8192;
    private static final String[] TRUE_STEREO_NAMES = {"LL", "LR", "RL", "RR"};

    private ImpulseResponseCheck() {
    }

    static List<String> check(Path irFile) {
        String name = String.valueOf(irFile.getFileName());
        List<String> problems = new ArrayList<>();
        try (AudioSource source = AudioFiles.open(irFile)) {
            AudioFormatInfo format = source.format();
            int channels = format.channels();
            if (channels != 1 && channels != 2 && channels != 4) {
                problems.add(name + ": has " + channels + " channels; an impulse response has 1 (same on every "
                        + "channel), 2 (left→left, right→right) or 4 (true stereo LL, LR, RL, RR)");
                return problems;
            }
            long maxFrames = (long) Math.floor(ProfileValidator.MAX_IR_SECONDS * format.sampleRate());
            if (source.lengthFrames() > maxFrames) {
                problems.add(name + ": is " + seconds(format.secondsOf(source.lengthFrames())) + " long ("
                        + source.lengthFrames() + " frames at " + format.sampleRate() + " Hz); at most "
                        + Fields.number(ProfileValidator.MAX_IR_SECONDS) + " s (" + maxFrames + " frames)");
                return problems;
            }
            measure(name, source, channels, maxFrames, problems);
        } catch (IOException e) {
            // AudioFileException messages already start with the file name.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.add(message.startsWith(name) ? message : name + ": " + message);
        }
        return problems;
    }

    private static void measure(String name, AudioSource source, int channels, long maxFrames, List<String> problems)
            throws IOException {
        float[][] block = new float[channels][BLOCK_FRAMES];
        double[] sumSquares = new double[channels];
        double peak = 0;
        long nonFinite = 0;
        long frames = 0;
        int read;
        while ((read = source.read(block, BLOCK_FRAMES)) > 0) {
            frames += read;
            if (frames > maxFrames) {
                problems.add(name + ": is longer than " + Fields.number(ProfileValidator.MAX_IR_SECONDS) + " s ("
                        + maxFrames + " frames)");
                return;
            }
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < read; i++) {
                    float sample = block[c][i];
                    if (!Float.isFinite(sample)) {
                        nonFinite++;
                        continue;
                    }
                    peak = Math.max(peak, Math.abs(sample));
                    sumSquares[c] += (double) sample * sample;
                }
            }
        }
        if (frames == 0) {
            problems.add(name + ": holds no audio (0 frames)");
            return;
        }
        if (nonFinite > 0) {
            problems.add(name + ": holds " + nonFinite + " non-finite samples (NaN or infinity)");
            return;
        }
        double peakDb = 20 * Math.log10(peak);
        if (peakDb < ProfileValidator.SILENCE_DB) {
            problems.add(name + ": is silent (peak below " + dB(ProfileValidator.SILENCE_DB) + ")");
            return;
        }
        if (peakDb > ProfileValidator.MAX_PEAK_DB) {
            problems.add(name + ": peaks at " + dB(peakDb) + "; at most " + dB(ProfileValidator.MAX_PEAK_DB));
        }
        for (int c : directPaths(channels)) {
            double gainDb = 10 * Math.log10(sumSquares[c]);
            if (!(Math.abs(gainDb) <= ProfileValidator.MAX_PATH_GAIN_DB)) {
                problems.add(name + ": the " + pathName(channels, c) + " path has a white-noise gain of "
                        + dB(gainDb) + "; expected within ±" + Fields.number(ProfileValidator.MAX_PATH_GAIN_DB)
                        + " dB of unity");
            }
        }
    }

    private static int[] directPaths(int channels) {
        return switch (channels) {
            case 1 -> new int[] {0};
            case 2 -> new int[] {0, 1};
            default -> new int[] {0, 3};
        };
    }

    private static String pathName(int channels, int channel) {
        return switch (channels) {
            case 1 -> "mono";
            case 2 -> channel == 0 ? "left" : "right";
            default -> TRUE_STEREO_NAMES[channel];
        };
    }

    private static String dB(double valueDb) {
        return Double.isInfinite(valueDb) ? "-∞ dB" : String.format(Locale.ROOT, "%+.1f dB", valueDb);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.2f s", value);
    }
}
