package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.listen.SigningKeys;
import dev.earshot.listen.StimulusWavs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code abx run --sign} creates the key once, signs the footer, and {@code abx verify} names the key. */
class AbxSignCliTest {
    @TempDir
    Path dir;
    private Path a;
    private Path b;

    @BeforeEach
    void setUp() throws IOException {
        a = dir.resolve("a.wav");
        b = dir.resolve("b.wav");
        StimulusWavs.writePair(a, b, 1.0, 40, -2.0, 11);
        System.setProperty(SigningKeys.FOLDER_PROPERTY, dir.resolve("config").toString());
    }

    @AfterEach
    void tearDown() {
        System.clearProperty(SigningKeys.FOLDER_PROPERTY);
    }

    @Test
    void signedSessionVerifiesAsSignedByYourKey() throws IOException {
        Path log = dir.resolve("s.jsonl");
        CliRun session = CliRun.withAnswers("a\nb\n".repeat(4), "abx", "run", a.toString(), b.toString(),
                "--no-audio", "--trials", "8", "--sign", "-o", log.toString());
        assertEquals(0, session.exitCode(), session.out() + session.err());
        assertTrue(session.out().contains("Created your signing key in"), session.out());
        assertTrue(Files.isRegularFile(dir.resolve("config").resolve(SigningKeys.PRIVATE_KEY_FILE)));

        CliRun verify = CliRun.of("abx", "verify", log.toString());
        assertEquals(0, verify.exitCode(), verify.out());
        String fingerprint = SigningKeys.fingerprint(SigningKeys.loadIfPresent(dir.resolve("config")).getPublic());
        assertTrue(verify.out().contains("signature: signed by " + fingerprint + " — signature valid (your key)"),
                verify.out());

        Path second = dir.resolve("t.jsonl");
        CliRun again = CliRun.withAnswers("a\n".repeat(8), "abx", "run", a.toString(), b.toString(), "--no-audio",
                "--trials", "8", "--sign", "-o", second.toString());
        assertEquals(0, again.exitCode(), again.out());
        assertTrue(!again.out().contains("Created") && again.out().contains("Signing with key " + fingerprint),
                again.out());
    }

    @Test
    void unsignedSessionVerifiesAsNotSigned() {
        Path log = dir.resolve("u.jsonl");
        CliRun session = CliRun.withAnswers("a\n".repeat(8), "abx", "run", a.toString(), b.toString(),
                "--no-audio", "--trials", "8", "-o", log.toString());
        assertEquals(0, session.exitCode(), session.out() + session.err());
        CliRun verify = CliRun.of("abx", "verify", log.toString());
        assertEquals(0, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("signature: not signed"), verify.out());
    }
}
