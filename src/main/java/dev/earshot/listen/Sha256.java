package dev.earshot.listen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 helpers; every JRE must provide the algorithm. */
final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    static String hex(byte[] data, int from, int length) {
        MessageDigest d = newDigest();
        d.update(data, from, length);
        return HEX.formatHex(d.digest());
    }

    static String hex(byte[] data) {
        return hex(data, 0, data.length);
    }

    static String toHex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Parses lower-case hex; IllegalArgumentException if it is not. */
    static byte[] fromHex(String hex) {
        if (!hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("hex must be lower case");
        }
        return HEX.parseHex(hex);
    }

    static String ofFile(Path file) throws IOException {
        MessageDigest d = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                d.update(buffer, 0, n);
            }
        }
        return HEX.formatHex(d.digest());
    }
}
