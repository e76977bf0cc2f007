package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed session logs: header, one training trial, four scored trials, signed footer. */
class SessionLogSigningTest {
    @TempDir
    Path dir;

    static KeyPair keys(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return SigningKeys.generate(random);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path signedLog(KeyPair keys) throws IOException {
        byte[] seed = SessionFixture.seed(7);
        Path log = dir.resolve("signed.jsonl");
        SessionHeader header = SessionFixture.header(dir, Protocol.ABX, TestDesign.fixed(4), seed)
                .withSigningKey(SigningKeys.encode(keys.getPublic()));
        SessionLogWriter writer = SessionLogWriter.create(log, header, seed, keys);
        for (int i = 0; i < 5; i++) {
            writer.appendTrial(SessionFixture.trial(writer, i == 0));
        }
        writer.finish(SessionFixture.result(writer), SessionFixture.START.plusSeconds(300));
        return log;
    }

    private static VerificationReport verify(byte[] content) throws IOException {
        return SessionLogVerifier.verify(content, null, null);
    }

    /** Replaces the line's check hash by the hash of its altered content, as a forger would. */
    private static String recheck(String line) {
        int mark = line.lastIndexOf(",\"check\":\"");
        byte[] body = line.substring(0, mark).getBytes(StandardCharsets.UTF_8);
        return line.substring(0, mark) + ",\"check\":\"" + Sha256.hex(body) + "\"}";
    }

    /** Rewrites every line's {@code prev} and check from line {@code from} on, as a forger would. */
    private static byte[] rechain(List<String> lines, int from) {
        List<String> out = new ArrayList<>(lines);
        for (int i = Math.max(1, from); i < out.size(); i++) {
            String prevHash = Sha256.hex(out.get(i - 1).getBytes(StandardCharsets.UTF_8));
            out.set(i, recheck(out.get(i).replaceFirst("\"prev\":\"[0-9a-f]{64}\"", "\"prev\":\"" + prevHash + "\"")));
        }
        return (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signedLogVerifiesAndNamesItsKey() throws IOException {
        KeyPair keys = keys(1);
        Path log = signedLog(keys);
        VerificationReport report = SessionLogVerifier.verify(log);
        assertTrue(report.ok(), report.summary());
        assertEquals(SignatureCheck.Status.VALID, report.signature().status());
        assertEquals(SigningKeys.fingerprint(keys.getPublic()), report.signature().fingerprint());
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.get(0).contains("\"signingKey\":\"" + SigningKeys.encode(keys.getPublic()) + "\""));
        assertTrue(lines.get(6).matches(".*\"prev\":\"[0-9a-f]{64}\",\"signature\":\"[A-Za-z0-9+/]{86}==\","
                + "\"check\":\"[0-9a-f]{64}\"}"), lines.get(6));
    }

    /** Every byte of the footer and every 5th byte before it (the unsigned tamper test covers all of those). */
    @Test
    void everyBitFlipOfASignedLogIsDetected() throws IOException {
        byte[] log = Files.readAllBytes(signedLog(keys(2)));
        int footerStart = log.length - 1;
        while (log[footerStart - 1] != '\n') {
            footerStart--;
        }
        for (int pos = 0; pos < log.length; pos += pos < footerStart ? 5 : 1) {
            byte[] altered = log.clone();
            altered[pos] ^= (byte) (1 << (pos % 8));
            assertFalse(verify(altered).ok(), "byte " + pos + " altered, not detected");
        }
    }

    @Test
    void editedFooterWithRecomputedHashFailsOnlyTheSignature() throws IOException {
        List<String> lines = Files.readAllLines(signedLog(keys(3)));
        String footer = lines.get(6);
        String forged = recheck(footer.replace("\"verdict\":\"fail\"", "\"verdict\":\"pass\""));
        assertNotEquals(footer, forged);
        lines.set(6, forged);
        VerificationReport report = verify((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(SignatureCheck.Status.INVALID, report.signature().status());
        assertEquals(1, report.problems().size(), report.summary());
        assertTrue(report.problems().get(0).startsWith("line 7: the footer's signature does not verify"),
                report.summary());
    }

    @Test
    void editedEarlierLineWithRebuiltChainFailsTheSignature() throws IOException {
        List<String> lines = Files.readAllLines(signedLog(keys(4)));
        String trial = lines.get(3);
        String edited = trial.contains("\"durationMs\":4230") ? trial.replace("\"durationMs\":4230",
                "\"durationMs\":4231") : trial.replaceFirst("\"durationMs\":(\\d+)", "\"durationMs\":1$1");
        assertNotEquals(trial, edited);
        lines.set(3, edited);
        VerificationReport report = verify(rechain(lines, 3));
        assertEquals(List.of("line 7: the footer's signature does not verify with key "
                + report.signature().fingerprint() + " (footer or signature altered)"), report.problems());
    }

    @Test
    void removedSignatureIsDetected() throws IOException {
        List<String> lines = Files.readAllLines(signedLog(keys(5)));
        lines.set(6, recheck(lines.get(6).replaceFirst(",\"signature\":\"[^\"]+\"", "")));
        VerificationReport report = verify((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        assertFalse(report.ok());
        assertTrue(report.problems().get(0).contains("the footer is not signed"), report.summary());
    }

    @Test
    void logSignedByAnotherKeyReportsThatKeysFingerprint() throws IOException {
        KeyPair mine = keys(6);
        KeyPair theirs = keys(7);
        VerificationReport report = SessionLogVerifier.verify(signedLog(theirs));
        assertTrue(report.ok(), report.summary());
        assertEquals(SigningKeys.fingerprint(theirs.getPublic()), report.signature().fingerprint());
        assertNotEquals(SigningKeys.fingerprint(mine.getPublic()), report.signature().fingerprint());
    }

    @Test
    void unsignedLogVerifiesAsUnsigned() throws IOException {
        VerificationReport report = SessionLogVerifier.verify(SessionFixture.finishedAbxLog(dir, 4));
        assertTrue(report.ok(), report.summary());
        assertEquals(SignatureCheck.UNSIGNED, report.signature());
        assertFalse(Files.readString(dir.resolve("session.jsonl")).contains("signature"));
    }

    @Test
    void signedSessionResumesOnlyWithItsOwnKey() throws IOException {
        KeyPair keys = keys(8);
        byte[] seed = SessionFixture.seed(9);
        Path log = dir.resolve("resumed.jsonl");
        SessionHeader header = SessionFixture.header(dir, Protocol.ABX, TestDesign.fixed(3), seed)
                .withSigningKey(SigningKeys.encode(keys.getPublic()));
        SessionLogWriter first = SessionLogWriter.create(log, header, seed, keys);
        first.appendTrial(SessionFixture.trial(first, false));
        first.close();
        assertEquals(SignatureCheck.Status.UNFINISHED,
                SessionLogVerifier.verify(Files.readAllBytes(log), seed, null).signature().status());
        assertThrows(IOException.class, () -> SessionLogWriter.resume(log, keys(10)));
        assertThrows(IOException.class, () -> SessionLogWriter.resume(log));
        SessionLogWriter second = SessionLogWriter.resume(log, keys);
        while (second.completedTrials() < 3) {
            second.appendTrial(SessionFixture.trial(second, false));
        }
        second.finish(SessionFixture.result(second), SessionFixture.START.plusSeconds(60));
        VerificationReport report = SessionLogVerifier.verify(log);
        assertTrue(report.ok(), report.summary());
        assertEquals(SignatureCheck.Status.VALID, report.signature().status());
    }

    @Test
    void keyPairIsCreatedOnceOwnerOnlyAndLoadedAgain() throws IOException {
        Path folder = dir.resolve("config");
        KeyPair created = SigningKeys.loadOrCreate(folder);
        KeyPair loaded = SigningKeys.loadOrCreate(folder);
        assertEquals(SigningKeys.fingerprint(created.getPublic()), SigningKeys.fingerprint(loaded.getPublic()));
        Path privateFile = folder.resolve(SigningKeys.PRIVATE_KEY_FILE);
        if (privateFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(privateFile)));
        }
        assertTrue(SigningKeys.fingerprint(created.getPublic()).matches("SHA256:[A-Za-z0-9+/]{43}"));
    }

    @Test
    void configFolderFollowsOverridesAndOperatingSystem() {
        assertEquals(Path.of("/p"), SigningKeys.configFolder("/p", java.util.Map.of(SigningKeys.FOLDER_ENV, "/e"),
                "Linux", "/home/u"));
        assertEquals(Path.of("/e"), SigningKeys.configFolder(null, java.util.Map.of(SigningKeys.FOLDER_ENV, "/e"),
                "Linux", "/home/u"));
        assertEquals(Path.of("/home/u", ".config", "earshot"), SigningKeys.configFolder(null, java.util.Map.of(),
                "Linux", "/home/u"));
        assertEquals(Path.of("/x", "earshot"), SigningKeys.configFolder(null, java.util.Map.of("XDG_CONFIG_HOME",
                "/x"), "Linux", "/home/u"));
        assertEquals(Path.of("/home/u", "Library", "Application Support", "Earshot"),
                SigningKeys.configFolder(null, java.util.Map.of(), "Mac OS X", "/home/u"));
        assertEquals(Path.of("/appdata", "Earshot"), SigningKeys.configFolder(null,
                java.util.Map.of("APPDATA", "/appdata"), "Windows 11", "/home/u"));
    }
}
