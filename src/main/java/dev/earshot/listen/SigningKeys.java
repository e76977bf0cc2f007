package dev.earshot.listen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The listener's Ed25519 signing key pair, kept in the Earshot configuration folder as two files:
 * {@value #PRIVATE_KEY_FILE} (PKCS#8, base64, owner-only permissions where the file system is POSIX) and
 * {@value #PUBLIC_KEY_FILE} (X.509, base64). Created on first use with {@code SecureRandom}.
 *
 * <p>The folder is, in order: the system property {@value #FOLDER_PROPERTY}, the environment variable
 * {@value #FOLDER_ENV}, then per operating system {@code %APPDATA%\Earshot} (Windows),
 * {@code ~/Library/Application Support/Earshot} (macOS), {@code $XDG_CONFIG_HOME/earshot} or
 * {@code ~/.config/earshot} (others). Stateless; the file operations are not atomic across processes (two first uses
 * at the same instant: one fails with "already exists" and can simply be retried).
 */
public final class SigningKeys {
    /** System property overriding the configuration folder (used by tests). */
    public static final String FOLDER_PROPERTY = "earshot.config.dir";
    /** Environment variable overriding the configuration folder. */
    public static final String FOLDER_ENV = "EARSHOT_CONFIG_DIR";
    /** File name of the private key inside the folder. */
    public static final String PRIVATE_KEY_FILE = "signing-key.ed25519";
    /** File name of the public key inside the folder. */
    public static final String PUBLIC_KEY_FILE = "signing-key.ed25519.pub";
    static final String ALGORITHM = "Ed25519";

    private SigningKeys() {
    }

    /** The configuration folder for this user (not created). */
    public static Path configFolder() {
        return configFolder(System.getProperties().getProperty(FOLDER_PROPERTY), System.getenv(),
                System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path configFolder(String property, Map<String, String> env, String osName, String home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String override = env.get(FOLDER_ENV);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "Earshot");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Earshot");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "earshot") : Path.of(home, ".config", "earshot");
    }

    /**
     * Loads the key pair from {@code folder}, creating the folder and a new pair when there is none.
     *
     * @throws IOException if the files cannot be read or written, or hold no valid Ed25519 key (the message names
     *                     the file)
     */
    public static KeyPair loadOrCreate(Path folder) throws IOException {
        KeyPair existing = loadIfPresent(folder);
        return existing != null ? existing : create(folder);
    }

    /**
     * Loads the key pair from {@code folder}, or returns null when its private key file does not exist.
     *
     * @throws IOException if a file cannot be read or holds no valid Ed25519 key
     */
    public static KeyPair loadIfPresent(Path folder) throws IOException {
        Path privateFile = folder.resolve(PRIVATE_KEY_FILE);
        Path publicFile = folder.resolve(PUBLIC_KEY_FILE);
        if (!Files.exists(privateFile)) {
            return null;
        }
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(decode(privateFile)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(decode(publicFile)));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(privateFile + ": not a valid Ed25519 key pair with " + publicFile.getFileName()
                    + " (" + e.getMessage() + "); move both files away to create a new pair", e);
        }
    }

    /** Decodes a public key given as base64 X.509, as the session header stores it. */
    public static PublicKey publicKey(String base64X509) throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(base64X509)));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("signing key is not base64", e);
        }
    }

    /** The public key as the session header stores it: base64 of its X.509 encoding. */
    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * A short identity of a public key for people: {@code "SHA256:"} and the unpadded base64 of the SHA-256 of its
     * X.509 encoding (the form ssh uses).
     */
    public static String fingerprint(PublicKey key) {
        byte[] digest = Sha256.newDigest().digest(key.getEncoded());
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    }

    /** A new key pair from the default {@code SecureRandom}. */
    public static KeyPair generate() {
        return generate(new SecureRandom());
    }

    /** A new key pair from {@code random} (tests pass a seeded one). */
    static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(255, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519 (Java 15 or later has it)", e);
        }
    }

    private static KeyPair create(Path folder) throws IOException {
        Files.createDirectories(folder);
        KeyPair pair = generate();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------"))} : new FileAttribute<?>[0];
        Path privateFile = folder.resolve(PRIVATE_KEY_FILE);
        try {
            Files.write(Files.createFile(privateFile, ownerOnly), base64Line(pair.getPrivate().getEncoded()),
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(privateFile + ": created by another process at the same time; try again", e);
        }
        Files.write(folder.resolve(PUBLIC_KEY_FILE), base64Line(pair.getPublic().getEncoded()));
        return pair;
    }

    private static byte[] base64Line(byte[] der) {
        return (Base64.getEncoder().encodeToString(der) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] decode(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
    }
}
