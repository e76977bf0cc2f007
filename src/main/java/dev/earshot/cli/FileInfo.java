package dev.earshot.cli;

import dev.earshot.analysis.PeakScan;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.SampleEncoding;
import java.nio.file.Path;
import java.util.Locale;

/** What {@code earshot info} found in one file. Peaks are linear (1.0 = full scale). */
record FileInfo(Path file, AudioFormatInfo format, long frames, double[] channelPeaks, double peak,
                long nonFiniteSamples) {

    String toText() {
        StringBuilder text = new StringBuilder();
        text.append(file).append('\n');
        line(text, "format", format.container() + ", " + describeSamples(format));
        line(text, "channels", Integer.toString(format.channels()));
        line(text, "sample rate", format.sampleRate() + " Hz");
        double seconds = format.secondsOf(frames);
        line(text, "duration", String.format(Locale.ROOT, "%s (%.3f s, %d frames)", clock(seconds), seconds, frames));
        StringBuilder peaks = new StringBuilder(db(peak) + " dBFS");
        if (channelPeaks.length > 1) {
            peaks.append(" (");
            for (int c = 0; c < channelPeaks.length; c++) {
                peaks.append(c == 0 ? "" : ", ").append(channelName(c, channelPeaks.length)).append(' ')
                        .append(db(channelPeaks[c]));
            }
            peaks.append(')');
        }
        line(text, "sample peak", peaks.toString());
        if (nonFiniteSamples > 0) {
            line(text, "warning", nonFiniteSamples + " samples are NaN or infinite (ignored for the peak)");
        }
        return text.toString();
    }

    private static String describeSamples(AudioFormatInfo format) {
        SampleEncoding encoding = format.encoding();
        return switch (encoding) {
            case PCM_INTEGER -> format.bitsPerSample() + "-bit integer PCM";
            case PCM_FLOAT -> format.bitsPerSample() + "-bit float";
            case LOSSLESS -> format.bitsPerSample() + "-bit lossless";
            case LOSSY -> "lossy (decoded to float)";
        };
    }

    private static String channelName(int channel, int channels) {
        if (channels == 2) {
            return channel == 0 ? "L" : "R";
        }
        return "ch" + (channel + 1);
    }

    private static String db(double linear) {
        double db = PeakScan.toDbfs(linear);
        return Double.isFinite(db) ? String.format(Locale.ROOT, "%.2f", db) : "-inf";
    }

    private static String clock(double seconds) {
        long whole = (long) seconds;
        return String.format(Locale.ROOT, "%d:%02d.%03d", whole / 60, whole % 60,
                Math.round((seconds - whole) * 1000) % 1000);
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-12s %s%n", label, value));
    }
}
