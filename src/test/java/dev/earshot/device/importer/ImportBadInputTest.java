package dev.earshot.device.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.device.ProfileCategory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input of the issue gets a one-line message naming the file, the line and the problem; nothing is made. */
class ImportBadInputTest {
    private static final String HEADER = "* Measurement data measured by a test\n* Freq(Hz) SPL(dB) Phase(degrees)\n";
    private static final String IR_HEADER = "* Impulse Response data saved by a test\n";

    @TempDir
    Path root;

    /** Rows "hz 80.5 -10" after {@link #HEADER}: the first row is on line 3. */
    private static String rew(String... hz) {
        StringBuilder text = new StringBuilder(HEADER);
        for (String f : hz) {
            text.append(f).append(" 80.5 -10\n");
        }
        return text.toString();
    }

    private static String csv(String header, String... rows) {
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    private static final String[] GOOD_HZ = {"20", "50", "100", "200", "500", "1000", "2000", "5000", "10000",
        "20000"};

    static Stream<Arguments> badInputs() {
        return Stream.of(
            Arguments.of("car.txt", HEADER, "car.txt: line 2: no data rows (the file ends here without a single "
                    + "frequency and level)"),
            Arguments.of("car.txt", rew("20", "30", "50", "80", "100", "200", "300", "400", "500", "600", "1200",
                    "1000", "2000", "20000"), "car.txt: line 14: frequency 1000 Hz is not above the previous 1200 Hz "
                    + "(line 13); frequencies must increase"),
            Arguments.of("car.txt", rew("20", "50", "100", "200", "500", "500", "1000", "2000", "10000", "20000"),
                    "car.txt: line 8: frequency 500 Hz repeats the previous row (line 7)"),
            Arguments.of("car.txt", HEADER + "20 70\n50 NaN\n", "car.txt: line 4: level NaN dB is not a finite number"),
            Arguments.of("car.txt", HEADER + "20 70\ninf 70\n", "car.txt: line 4: frequency Infinity is not a finite "
                    + "number"),
            Arguments.of("car.txt", HEADER + "20 70\n50 -1.#IND\n", "car.txt: line 4: cannot read level '-1.#IND' "
                    + "as a number (this file uses decimal points)"),
            Arguments.of("car.txt", rew("20", "100", "500", "1000", "5000", "10000", "20000"), "car.txt: line 9: "
                    + "only 7 data rows (lines 3–9); at least 10 are needed to describe a response"),
            Arguments.of("car.txt", rew("200", "300", "500", "700", "1000", "2000", "5000", "8000", "10000",
                    "20000"), "car.txt: line 3: the data start at 200 Hz; a response must cover 100 Hz to 10 kHz"),
            Arguments.of("car.txt", rew("20", "50", "100", "200", "500", "1000", "2000", "4000", "6000", "8000"),
                    "car.txt: line 12: the data end at 8 kHz; a response must cover 100 Hz to 10 kHz"),
            Arguments.of("car.txt", HEADER + "20 70\n50 abc\n", "car.txt: line 4: cannot read level 'abc' as a "
                    + "number (this file uses decimal points)"),
            Arguments.of("car.txt", HEADER + "20 70\n50\n", "car.txt: line 4: expected a frequency and a level, "
                    + "found '50'"),
            Arguments.of("car.txt", HEADER + "20 -0\n" + "-5 3\n", "car.txt: line 4: frequency -5 Hz is not "
                    + "positive"),
            Arguments.of("bud.csv", csv("frequency,smoothed", "20,1", "50,2"), "bud.csv: line 1: the header has no "
                    + "'raw' column, found 'frequency,smoothed'"),
            Arguments.of("bud.csv", csv("frequency,raw"), "bud.csv: line 2: no data rows (the file ends here "
                    + "without a single frequency and level)"),
            Arguments.of("bud.csv", csv("frequency,raw", "20,1", "50,nan"), "bud.csv: line 3: level NaN dB is not a "
                    + "finite number"),
            Arguments.of("bud.csv", csv("frequency,raw", "20,1", "50,2", "40,3"), "bud.csv: line 4: frequency 40 Hz "
                    + "is not above the previous 50 Hz (line 3); frequencies must increase"),
            Arguments.of("bud.csv", csv("frequency,raw,smoothed", "20,1,1", "50"), "bud.csv: line 3: has 1 columns "
                    + "but 'raw' is column 2: '50'"),
            Arguments.of("ir.txt", IR_HEADER + "0.001 // Sample interval (seconds)\n* Data start\n0.5\n",
                    "ir.txt: line 2: a sample interval of 0.001 s means a sample rate of 1000 Hz; expected 8000 to "
                    + "384000 Hz"),
            Arguments.of("ir.txt", IR_HEADER + "2E-5 // Sample interval (seconds)\n0.5\n0.25\n",
                    "ir.txt: line 4: no '* Data start' line; a REW impulse response export has its header, then "
                    + "'* Data start', then one sample per line"),
            Arguments.of("ir.txt", IR_HEADER + "* Data start\n0.5\n", "ir.txt: line 2: no sample interval before "
                    + "'* Data start' (a line such as '2.0833333333333333E-5 // Sample interval (seconds)')"),
            Arguments.of("ir.txt", IR_HEADER + "2E-5 // Sample interval (seconds)\n* Data start\n0.5\nNaN\n",
                    "ir.txt: line 5: sample NaN is not a finite number"),
            Arguments.of("ir.txt", IR_HEADER + "2E-5 // Sample interval (seconds)\n* Data start\n\n",
                    "ir.txt: line 4: no samples after '* Data start'"),
            Arguments.of("ir.txt", IR_HEADER + "2E-5 // Sample interval (seconds)\n* Data start\n0.5 0.25\n",
                    "ir.txt: line 4: expected one sample per line after '* Data start', found '0.5 0.25'"),
            Arguments.of("ir.txt", IR_HEADER + "2E-5 // Sample interval (seconds)\n* Data start\n0\n0\n",
                    "ir.txt: is silent (every sample is 0)"),
            Arguments.of("empty.txt", "", "empty.txt: is empty (0 bytes)"),
            Arguments.of("blank.txt", "\n  \n", "blank.txt: holds only blank lines"),
            Arguments.of("odd.txt", "\n{\"json\": true}\n", "odd.txt: line 2: not a recognised format; expected a WAV "
                    + "impulse response, a REW text export (header lines starting with '*') or an AutoEq CSV "
                    + "(header 'frequency,raw')"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badInputs")
    void badInputIsRefusedWithItsFileLineAndProblemAndCreatesNothing(String fileName, String text, String message)
            throws Exception {
        ImportFolders folders = new ImportFolders(root);
        Path source = folders.text(fileName, text);
        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(source,
                "Bad input", ProfileCategory.CAR, null, folders.profiles, folders.irs));
        assertEquals(message, error.getMessage());
        folders.assertLibraryEmpty();
    }

    @Test
    void aBinaryFileThatIsNotAWavIsRefused() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        Path source = Files.write(folders.inputs.resolve("song.mp3"), new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0});
        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(source,
                "Bad", ProfileCategory.CAR, null, folders.profiles, folders.irs));
        assertEquals("song.mp3: is a binary file but not a WAV, AIFF or FLAC file; expected an impulse response (WAV, "
                + "AIFF or FLAC), a REW text export or an AutoEq CSV", error.getMessage());
        folders.assertLibraryEmpty();
    }

    @Test
    void aTargetForAnImpulseResponseIsRefused() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        float[][] channels = new float[1][100];
        channels[0][0] = 1;
        Path wav = folders.wav("ir.wav", 48_000, WavSampleFormat.FLOAT32, channels);
        Path target = folders.text("target.csv", csv("frequency,raw", "20,0", "20000,0"));
        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(wav, "IR",
                ProfileCategory.CAR, target, folders.profiles, folders.irs));
        assertEquals("ir.wav: is a WAV impulse response; a target curve applies only to frequency responses (REW "
                + "frequency response exports and AutoEq CSVs)", error.getMessage());
        folders.assertLibraryEmpty();
    }

    @Test
    void aBadTargetIsNamedInTheMessage() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        Path measurement = folders.text("bud.csv", GeneratedCurves.autoEqText(GeneratedCurves.EARBUD,
                GeneratedCurves.frequencies(20, 20_000)));
        Path target = folders.text("target.csv", csv("frequency,raw", "20,0", "20000,0"));
        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(measurement,
                "Bud", ProfileCategory.EARBUDS, target, folders.profiles, folders.irs));
        assertEquals("target.csv: line 3: only 2 data rows (lines 2–3); at least 10 are needed to describe a "
                + "response", error.getMessage());
        folders.assertLibraryEmpty();
    }

    @Test
    void aNameWithoutLettersOrDigitsIsRefused() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        Path source = folders.text("bud.csv", GeneratedCurves.autoEqText(GeneratedCurves.EARBUD,
                GeneratedCurves.frequencies(20, 20_000)));
        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(source,
                "!!!", ProfileCategory.EARBUDS, null, folders.profiles, folders.irs));
        assertEquals("the profile name '!!!' has no letters or digits (a-z, 0-9) to make an id from",
                error.getMessage());
        folders.assertLibraryEmpty();
    }
}
