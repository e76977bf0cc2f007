package dev.earshot.listen;

import java.util.Objects;

/**
 * What {@link SessionLogVerifier} found about a log's signature.
 *
 * @param status      unsigned, signed and valid, signed but not (yet) carrying a signature, or invalid
 * @param fingerprint {@link SigningKeys#fingerprint} of the key the header names, or null when it names none or
 *                    the key cannot be decoded
 */
public record SignatureCheck(Status status, String fingerprint) {
    /** A log without a signing key and without a signature. */
    public static final SignatureCheck UNSIGNED = new SignatureCheck(Status.UNSIGNED, null);

    /** The state of a log's signature. */
    public enum Status {
        /** The header names no key and the footer carries no signature. */
        UNSIGNED,
        /** The footer's signature verifies with the header's key. */
        VALID,
        /** The header names a key but the session has no footer yet. */
        UNFINISHED,
        /** A signature is missing, malformed, does not verify, or has no key to verify it with. */
        INVALID
    }

    public SignatureCheck {
        Objects.requireNonNull(status, "status");
    }

    /** One line for people, e.g. "signed by SHA256:… — signature valid". */
    public String describe() {
        return switch (status) {
            case UNSIGNED -> "not signed";
            case VALID -> "signed by " + fingerprint + " — signature valid";
            case UNFINISHED -> "to be signed by " + fingerprint + " (no footer yet)";
            case INVALID -> (fingerprint == null ? "signature" : "signed by " + fingerprint + " — signature")
                    + " DOES NOT VERIFY";
        };
    }
}
