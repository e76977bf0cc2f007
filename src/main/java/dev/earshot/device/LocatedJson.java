package dev.earshot.device;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document read into a Jackson tree together with the line where each value starts, keyed by its path
 * ({@code ""} for the root, {@code "stages"}, {@code "stages[2]"}, {@code "stages[2].widthPercent"}). Duplicate
 * field names, trailing content, comments and non-numeric numbers (NaN) are malformed JSON. Numbers are kept as
 * doubles: the profile model has no integer fields.
 */
record LocatedJson(JsonNode root, Map<String, Integer> lines) {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int MAX_DEPTH = 64;

    /** Thrown for malformed text; {@code line} is 1-based or -1 if unknown, {@code problem} is one line. */
    static final class MalformedJsonException extends Exception {
        private static final long serialVersionUID = 1L;

        private final int line;

        MalformedJsonException(int line, String problem, Throwable cause) {
            super(problem, cause);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Line where the value at {@code path} starts, or -1 if the path does not exist. */
    int lineOf(String path) {
        return lines.getOrDefault(path, -1);
    }

    static LocatedJson parse(String text) throws MalformedJsonException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            Map<String, Integer> lines = new HashMap<>();
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedJsonException(1, "the file holds no JSON value", null);
            }
            JsonNode root = value(parser, "", lines, 0);
            if (parser.nextToken() != null) {
                throw new MalformedJsonException(line(parser), "content after the end of the top-level value", null);
            }
            return new LocatedJson(root, Map.copyOf(lines));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new MalformedJsonException(line, firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new MalformedJsonException(-1, firstLine(e.getMessage()), e);
        }
    }

    private static JsonNode value(JsonParser parser, String path, Map<String, Integer> lines, int depth)
            throws IOException, MalformedJsonException {
        if (depth > MAX_DEPTH) {
            throw new MalformedJsonException(line(parser), "nested deeper than " + MAX_DEPTH + " levels", null);
        }
        lines.putIfAbsent(path, line(parser));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    lines.put(childPath, line(parser));
                    parser.nextToken();
                    object.set(name, value(parser, childPath, lines, depth + 1));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, path + "[" + array.size() + "]", lines, depth + 1));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new MalformedJsonException(line(parser), "unexpected " + token, null);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        // Jackson suggests parser features to enable; a user editing a file cannot act on that.
        return line.replaceAll(": enable `[^`]*` to allow", " (not allowed in JSON)")
                .replaceAll(" \\(not recognized as one since Feature '[^']*' not enabled for parser\\)",
                        " (comments are not allowed in JSON)");
    }
}
