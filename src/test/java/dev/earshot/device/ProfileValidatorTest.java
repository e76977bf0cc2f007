package dev.earshot.device;

import static dev.earshot.device.ProfileFixtures.FILE;
import static dev.earshot.device.ProfileFixtures.writeImpulse;
import static dev.earshot.device.ProfileFixtures.writeWav;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The impulse response a profile names must be a sane audio file directly inside {@code impulse-responses/}. */
class ProfileValidatorTest {
    private static final int RATE = 48_000;

    @TempDir
    Path root;
    private Path irDir;

    @BeforeEach
    void createIrFolder() throws IOException {
        irDir = Files.createDirectories(root.resolve("impulse-responses"));
    }

    private static PlaybackProfile profileUsing(String irName) throws ProfileException {
        return ProfileCodec.parse(ProfileFixtures.minimalText(ProfileFixtures.ID, irName), FILE);
    }

    private List<String> problemsWith(String irName) throws ProfileException {
        return ProfileValidator.validate(profileUsing(irName), irDir);
    }

    private String onlyProblemWith(String irName) throws ProfileException {
        List<String> problems = problemsWith(irName);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void unitImpulsesWithOneTwoAndFourChannelsAreValid() throws IOException, ProfileException {
        for (int channels : new int[] {1, 2, 4}) {
            writeImpulse(irDir.resolve("ir" + channels + ".wav"), channels, 4800);
            assertEquals(List.of(), problemsWith("ir" + channels + ".wav"));
        }
    }

    @Test
    void tenSecondsExactlyIsValid() throws IOException, ProfileException {
        writeImpulse(irDir.resolve("long.wav"), 1, 10 * RATE);
        assertEquals(List.of(), problemsWith("long.wav"));
    }

    @Test
    void resolvedPathIsTheRealFileInsideTheFolder() throws IOException, ProfileException {
        writeImpulse(irDir.resolve("ir.wav"), 1, 16);
        assertEquals(irDir.resolve("ir.wav").toRealPath(),
                ProfileValidator.resolveImpulseResponse(profileUsing("ir.wav"), irDir));
    }

    @Test
    void missingImpulseResponseIsNamed() throws ProfileException {
        assertEquals(FILE + ": field 'impulseResponse': gone.wav not found in impulse-responses/",
                onlyProblemWith("gone.wav"));
    }

    @Test
    void missingImpulseResponseFolderIsNamed() throws IOException, ProfileException {
        Files.delete(irDir);
        assertTrue(onlyProblemWith("ir.wav").startsWith(FILE + ": field 'impulseResponse': the impulse response "
                + "folder "));
    }

    @Test
    void symbolicLinkLeadingOutsideTheFolderIsRejected() throws IOException, ProfileException {
        Path outside = writeImpulse(root.resolve("elsewhere").resolve("secret.wav"), 1, 16);
        Files.createSymbolicLink(irDir.resolve("link.wav"), outside);
        String problem = onlyProblemWith("link.wav");
        assertTrue(problem.startsWith(FILE + ": field 'impulseResponse': link.wav is a symbolic link that leads "
                + "outside impulse-responses/"), problem);
    }

    @Test
    void symbolicLinkToAFileInsideTheFolderIsAccepted() throws IOException, ProfileException {
        Path target = writeImpulse(irDir.resolve("target.wav"), 2, 16);
        Files.createSymbolicLink(irDir.resolve("alias.wav"), target.getFileName());
        assertEquals(List.of(), problemsWith("alias.wav"));
    }

    @Test
    void danglingSymbolicLinkIsNamed() throws IOException, ProfileException {
        Files.createSymbolicLink(irDir.resolve("dangling.wav"), irDir.resolve("nothing.wav"));
        assertEquals(FILE + ": field 'impulseResponse': dangling.wav is a symbolic link to a missing file",
                onlyProblemWith("dangling.wav"));
    }

    @Test
    void folderNamedLikeAWavIsNotARegularFile() throws IOException, ProfileException {
        Files.createDirectory(irDir.resolve("folder.wav"));
        assertEquals(FILE + ": field 'impulseResponse': folder.wav is not a regular file",
                onlyProblemWith("folder.wav"));
    }

    @Test
    void threeChannelImpulseResponseIsRejected() throws IOException, ProfileException {
        writeImpulse(irDir.resolve("three.wav"), 3, 16);
        assertTrue(onlyProblemWith("three.wav").startsWith(FILE + ": impulse response three.wav: has 3 channels; "
                + "an impulse response has 1"));
    }

    @Test
    void impulseResponseLongerThanTenSecondsIsRejected() throws IOException, ProfileException {
        writeImpulse(irDir.resolve("long.wav"), 1, 10 * RATE + 1);
        assertEquals(FILE + ": impulse response long.wav: is 10.00 s long (480001 frames at 48000 Hz); at most 10 s "
                + "(480000 frames)", onlyProblemWith("long.wav"));
    }

    @Test
    void silentImpulseResponseIsRejected() throws IOException, ProfileException {
        writeWav(irDir.resolve("silent.wav"), new float[2][256]);
        assertEquals(FILE + ": impulse response silent.wav: is silent (peak below -120.0 dB)",
                onlyProblemWith("silent.wav"));
    }

    @Test
    void nonFiniteSamplesAreRejected() throws IOException, ProfileException {
        float[][] samples = new float[1][64];
        samples[0][0] = 1f;
        samples[0][10] = Float.NaN;
        samples[0][11] = Float.POSITIVE_INFINITY;
        writeWav(irDir.resolve("nan.wav"), samples);
        assertEquals(FILE + ": impulse response nan.wav: holds 2 non-finite samples (NaN or infinity)",
                onlyProblemWith("nan.wav"));
    }

    @Test
    void excessivePeakIsRejected() throws IOException, ProfileException {
        float[][] samples = new float[1][64];
        samples[0][0] = 20f; // +26.0 dB peak; white-noise gain also +26.0 dB, inside ±30 dB
        writeWav(irDir.resolve("hot.wav"), samples);
        assertEquals(FILE + ": impulse response hot.wav: peaks at +26.0 dB; at most +24.0 dB",
                onlyProblemWith("hot.wav"));
    }

    @Test
    void directPathGainFarFromUnityIsRejected() throws IOException, ProfileException {
        float[][] samples = new float[2][64];
        samples[0][0] = 1f;
        samples[1][0] = 0.01f; // 10·log10(1e-4) = -40 dB white-noise gain on the right path
        writeWav(irDir.resolve("quiet-right.wav"), samples);
        assertEquals(FILE + ": impulse response quiet-right.wav: the right path has a white-noise gain of -40.0 dB; "
                + "expected within ±30 dB of unity", onlyProblemWith("quiet-right.wav"));
    }

    @Test
    void quietCrossPathsOfATrueStereoImpulseResponseAreAccepted() throws IOException, ProfileException {
        float[][] samples = new float[4][64];
        samples[0][0] = 1f;
        samples[3][0] = 1f; // LR and RL silent: a device with no crosstalk
        writeWav(irDir.resolve("true-stereo.wav"), samples);
        assertEquals(List.of(), problemsWith("true-stereo.wav"));
    }

    @Test
    void fileThatIsNotAudioIsNamed() throws IOException, ProfileException {
        Files.writeString(irDir.resolve("text.wav"), "this is not a WAV file\n");
        String problem = onlyProblemWith("text.wav");
        assertTrue(problem.startsWith(FILE + ": impulse response text.wav: "), problem);
    }

    @Test
    void resolveThrowsWithTheSameMessageValidateReports() throws ProfileException {
        PlaybackProfile profile = profileUsing("gone.wav");
        ProfileException e = assertThrows(ProfileException.class,
                () -> ProfileValidator.resolveImpulseResponse(profile, irDir));
        assertEquals(ProfileValidator.validate(profile, irDir), List.of(e.getMessage()));
    }
}
