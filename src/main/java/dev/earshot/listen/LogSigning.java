package dev.earshot.listen;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Ed25519 signatures of log lines. The signed message is {@link #CONTEXT} followed by the line's bytes before its
 * {@code ,"signature":"} (see {@link LogLineFormat#frame(com.fasterxml.jackson.databind.node.ObjectNode, String,
 * PrivateKey)}); the context keeps a session-log signature from being valid for any other use of the same key.
 * Stateless and thread-safe.
 */
final class LogSigning {
    /** Prefix of every signed message. */
    static final byte[] CONTEXT = "earshot session log footer v1\n".getBytes(StandardCharsets.US_ASCII);
    /** Length of the base64 text of a 64-byte Ed25519 signature. */
    static final int SIGNATURE_BASE64_CHARS = 88;

    private LogSigning() {
    }

    /** Base64 of the signature of {@code content}. */
    static String sign(PrivateKey key, byte[] content) {
        try {
            Signature signature = Signature.getInstance(SigningKeys.ALGORITHM);
            signature.initSign(key);
            signature.update(CONTEXT);
            signature.update(content);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key (" + e.getMessage() + ")", e);
        }
    }

    /** Whether {@code base64Signature} is {@code key}'s signature of {@code content}; false for malformed input. */
    static boolean verify(PublicKey key, byte[] content, String base64Signature) {
        try {
            Signature signature = Signature.getInstance(SigningKeys.ALGORITHM);
            signature.initVerify(key);
            signature.update(CONTEXT);
            signature.update(content);
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
