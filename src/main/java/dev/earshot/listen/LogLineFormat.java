package dev.earshot.listen;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Arrays;

/**
 * Framing of one log line. A line is a JSON object whose last two fields are {@code "prev"}, the SHA-256 (hex) of
 * the previous line's exact bytes without its line end (for the first line: {@link #GENESIS}, the SHA-256 of no
 * bytes), and {@code "check"}, the SHA-256 (hex) of this line's bytes before {@code ,"check":"}. Lines end with a
 * single {@code '\n'}. The check makes the last line tamper-evident too, which no later {@code prev} covers.
 */
final class LogLineFormat {
    /** {@code prev} of the first line: SHA-256 of the empty byte string. */
    static final String GENESIS = Sha256.hex(new byte[0]);
    private static final byte[] CHECK_MARK = ",\"check\":\"".getBytes(StandardCharsets.US_ASCII);
    /** Bytes from the check mark to the end: mark, 64 hex digits, {@code "}}. */
    private static final int CHECK_TAIL = CHECK_MARK.length + 64 + 2;
    private static final byte[] SIGNATURE_MARK = ",\"signature\":\"".getBytes(StandardCharsets.US_ASCII);
    /** Bytes of the signature field: mark, base64 of 64 bytes (88 characters), {@code "}. */
    private static final int SIGNATURE_TAIL = SIGNATURE_MARK.length + LogSigning.SIGNATURE_BASE64_CHARS + 1;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    ObjectNode newObject() {
        return mapper.createObjectNode();
    }

    /** The line's bytes including the final {@code '\n'}; {@code node} gains a {@code prev} field. */
    byte[] frame(ObjectNode node, String prevHex) {
        return frame(node, prevHex, null);
    }

    /**
     * Like {@link #frame(ObjectNode, String)}, and when {@code signer} is not null a {@code "signature"} field
     * follows {@code prev}: the Ed25519 signature ({@link LogSigning}) of the line's bytes before
     * {@code ,"signature":"}, which include every field and the chain hash {@code prev}.
     */
    byte[] frame(ObjectNode node, String prevHex, PrivateKey signer) {
        node.put("prev", prevHex);
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a log line", e);
        }
        byte[] body = Arrays.copyOf(json, json.length - 1); // drop the closing brace
        if (signer != null) {
            String signature = ",\"signature\":\"" + LogSigning.sign(signer, body) + "\"";
            byte[] signed = Arrays.copyOf(body, body.length + signature.length());
            System.arraycopy(signature.getBytes(StandardCharsets.US_ASCII), 0, signed, body.length,
                    signature.length());
            body = signed;
        }
        String check = Sha256.hex(body, 0, body.length);
        String tail = ",\"check\":\"" + check + "\"}\n";
        byte[] line = Arrays.copyOf(body, body.length + tail.length());
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, line, body.length, tail.length());
        return line;
    }

    /**
     * The signed part of a line (without its {@code '\n'}) whose last field before {@code check} is
     * {@code "signature"}: the bytes before {@code ,"signature":"}; or null when the line has no signature there.
     */
    static byte[] signedPart(byte[] line) {
        int markAt = line.length - CHECK_TAIL - SIGNATURE_TAIL;
        if (markAt < 1 || !Arrays.equals(line, markAt, markAt + SIGNATURE_MARK.length, SIGNATURE_MARK, 0,
                SIGNATURE_MARK.length) || line[line.length - CHECK_TAIL - 1] != '"') {
            return null;
        }
        return Arrays.copyOf(line, markAt);
    }

    /**
     * Checks the framing of one line (without its {@code '\n'}) and parses it.
     *
     * @throws LogLineException with a message that names the problem but not the line number
     */
    JsonNode parse(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        } catch (CharacterCodingException e) {
            throw new LogLineException("not valid UTF-8 (line altered)");
        }
        int markAt = line.length - CHECK_TAIL;
        if (markAt < 1 || !Arrays.equals(line, markAt, markAt + CHECK_MARK.length, CHECK_MARK, 0, CHECK_MARK.length)
                || line[line.length - 2] != '"' || line[line.length - 1] != '}') {
            throw new LogLineException("no 'check' field at the end of the line (line altered or cut)");
        }
        String stored = new String(line, markAt + CHECK_MARK.length, 64, StandardCharsets.US_ASCII);
        if (!stored.equals(Sha256.hex(line, 0, markAt))) {
            throw new LogLineException("content does not match its 'check' hash (line altered)");
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new LogLineException("not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new LogLineException("not valid JSON (" + e.getMessage() + ")");
        }
        if (!node.isObject() || !node.path("prev").isTextual()) {
            throw new LogLineException("not a JSON object with a 'prev' field");
        }
        return node;
    }

    /** A framing or content problem of one line. */
    static final class LogLineException extends RuntimeException {
        LogLineException(String message) {
            super(message);
        }
    }
}
