package dev.earshot.device.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a REW impulse response text export: header lines starting with {@code *} (such as
 * {@code * Impulse Response data saved by REW}), value lines of the form {@code <value> // <description>} of which
 * the sample interval ({@code 2.0833333333333333E-5 // Sample interval (seconds)}) is required and a sample rate
 * ({@code 48000 // Sample rate (Hz)}) is accepted instead, then {@code * Data start} and one sample per line. Other
 * value lines (peak value, peak index, response length, start time) are read for their syntax only: the importer
 * finds the start of the response itself. Numbers may use decimal commas (the style is found from the file's numbers).
 * Stateless and thread-safe.
 */
public final class RewImpulseResponseParser {
    /** Lowest accepted sample rate in Hz. */
    public static final int MIN_SAMPLE_RATE = 8_000;
    /** Highest accepted sample rate in Hz. */
    public static final int MAX_SAMPLE_RATE = 384_000;
    /** Most samples accepted (about 87 s at 48 kHz); a device IR is well under 10 s. */
    public static final int MAX_SAMPLES = 1 << 22;

    private RewImpulseResponseParser() {
    }

    /**
     * Reads {@code file} as a 1-channel impulse response.
     *
     * @throws ImportException naming the file and line if the sample interval is missing or gives a rate outside
     *                         8 000 to 384 000 Hz, if {@code * Data start} or the samples are missing, or if a line
     *                         is not a number or is not finite
     * @throws IOException     if the file cannot be read
     */
    public static MeasuredImpulseResponse parse(Path file) throws ImportException, IOException {
        return parse(TextFile.read(file));
    }

    /** As {@link #parse(Path)}, for text already in memory that came from a file called {@code fileName}. */
    public static MeasuredImpulseResponse parse(String text, String fileName) throws ImportException {
        return parse(TextFile.of(fileName, text));
    }

    static MeasuredImpulseResponse parse(TextFile text) throws ImportException {
        String fileName = text.fileName();
        List<String> lines = text.lines();
        DecimalStyle.Guess guess = new DecimalStyle.Guess(fileName);
        int dataStart = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*")) {
                if (line.substring(1).strip().toLowerCase(Locale.ROOT).startsWith("data start")) {
                    dataStart = i + 1;
                }
                continue;
            }
            if (!line.isEmpty()) {
                guess.add(i + 1, value(line));
            }
        }
        if (dataStart < 0) {
            throw ImportException.atLine(fileName, Math.max(1, lines.size()), "no '* Data start' line; a REW "
                    + "impulse response export has its header, then '* Data start', then one sample per line");
        }
        DecimalStyle style = guess.result(DecimalStyle.POINT);
        int sampleRate = sampleRate(fileName, lines, dataStart, style);
        return new MeasuredImpulseResponse(new float[][] {samples(fileName, lines, dataStart, style)}, sampleRate);
    }

    private static int sampleRate(String fileName, List<String> lines, int dataStart, DecimalStyle style)
            throws ImportException {
        for (int i = 0; i < dataStart - 1; i++) {
            String line = lines.get(i).strip();
            int comment = line.indexOf("//");
            if (line.startsWith("*") || comment < 0) {
                continue;
            }
            String description = line.substring(comment + 2).toLowerCase(Locale.ROOT);
            boolean interval = description.contains("interval");
            boolean rate = description.contains("sample rate") || description.contains("sampling rate");
            if (!interval && !rate) {
                continue;
            }
            String token = value(line);
            double value = RewFrequencyResponseParser.number(style, token, fileName, i + 1, "the value");
            double rateHz = interval ? 1.0 / value : value;
            if (!(rateHz >= MIN_SAMPLE_RATE - 0.5 && rateHz < MAX_SAMPLE_RATE + 0.5)) {
                throw ImportException.atLine(fileName, i + 1, (interval ? "a sample interval of " + token
                        + " s means a sample rate of " + Numbers.plain(rateHz) + " Hz" : "sample rate " + token
                        + " Hz") + "; expected " + MIN_SAMPLE_RATE + " to " + MAX_SAMPLE_RATE + " Hz");
            }
            return (int) Math.round(rateHz);
        }
        throw ImportException.atLine(fileName, dataStart, "no sample interval before '* Data start' (a line such "
                + "as '2.0833333333333333E-5 // Sample interval (seconds)')");
    }

    private static float[] samples(String fileName, List<String> lines, int dataStart, DecimalStyle style)
            throws ImportException {
        float[] samples = new float[Math.min(MAX_SAMPLES, Math.max(1024, lines.size() - dataStart))];
        int count = 0;
        for (int i = dataStart; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNumber = i + 1;
            if (line.startsWith("*") || line.contains("//") || line.split("[\\s;]+").length > 1) {
                throw ImportException.atLine(fileName, lineNumber, "expected one sample per line after "
                        + "'* Data start', found '" + line + "'");
            }
            double value = RewFrequencyResponseParser.number(style, line, fileName, lineNumber, "sample");
            if (!Double.isFinite(value)) {
                throw ImportException.atLine(fileName, lineNumber, "sample " + line + " is not a finite number");
            }
            if (count == MAX_SAMPLES) {
                throw ImportException.atLine(fileName, lineNumber, "more than " + MAX_SAMPLES + " samples; trim the "
                        + "impulse response to the part above the noise floor");
            }
            if (count == samples.length) {
                samples = Arrays.copyOf(samples, Math.min(MAX_SAMPLES, 2 * count));
            }
            samples[count++] = (float) value;
        }
        if (count == 0) {
            throw ImportException.atLine(fileName, Math.max(dataStart, lines.size()), "no samples after "
                    + "'* Data start'");
        }
        return Arrays.copyOf(samples, count);
    }

    /** The value part of a line: everything before a {@code //} comment, stripped. */
    private static String value(String line) {
        int comment = line.indexOf("//");
        return (comment < 0 ? line : line.substring(0, comment)).strip();
    }
}
