package dev.earshot.device;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Turns a parsed profile document into a {@link PlaybackProfile}, strictly: unknown fields, missing required fields,
 * wrong JSON types and values the records reject are each a {@link ProfileException} naming the file, the line and
 * the field path. One instance per document; not thread-safe.
 */
final class ProfileJsonReader {
    private static final List<String> PROFILE_FIELDS = List.of("id", "name", "category", "description",
            "impulseResponse", "listeningLevelDbSpl", "stages", "noise", "provenance");
    private static final List<String> NOISE_FIELDS = List.of("type", "speedKmh", "levelDbA");
    private static final List<String> PROVENANCE_FIELDS = List.of("kind", "source", "notes", "sha256", "date");

    private final String fileName;
    private final LocatedJson json;

    ProfileJsonReader(String fileName, LocatedJson json) {
        this.fileName = fileName;
        this.json = json;
    }

    PlaybackProfile profile() throws ProfileException {
        JsonNode root = object(json.root(), "");
        allowOnly(root, "", PROFILE_FIELDS);
        String id = string(root, "", "id");
        String name = string(root, "", "name");
        ProfileCategory category = category(root);
        String description = root.has("description") ? string(root, "", "description") : "";
        String impulseResponse = string(root, "", "impulseResponse");
        double listeningLevel = root.has("listeningLevelDbSpl") ? number(root, "", "listeningLevelDbSpl")
                : PlaybackProfile.REFERENCE_LEVEL_DB_SPL;
        List<StageSpec> stages = root.has("stages") ? stages(root.get("stages")) : List.of();
        NoiseSpec noise = root.has("noise") ? noise(root.get("noise")) : null;
        Provenance provenance = provenance(required(root, "", "provenance"));
        try {
            return new PlaybackProfile(id, name, category, description, impulseResponse, listeningLevel, stages,
                    noise, provenance);
        } catch (InvalidFieldException e) {
            throw error(e.field(), e.problem());
        }
    }

    private ProfileCategory category(JsonNode root) throws ProfileException {
        String value = string(root, "", "category");
        try {
            return ProfileCategory.fromJson(value);
        } catch (IllegalArgumentException e) {
            throw error("category", e.getMessage());
        }
    }

    private List<StageSpec> stages(JsonNode node) throws ProfileException {
        if (!node.isArray()) {
            throw error("stages", "must be a list of stages, got " + describe(node));
        }
        List<StageSpec> stages = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String path = "stages[" + i + "]";
            JsonNode stage = object(node.get(i), path);
            String type = string(stage, path, "type");
            StageTypes.Type kind = StageTypes.byName(type);
            if (kind == null) {
                throw error(path + ".type", "unknown stage type '" + type + "'; expected one of "
                        + StageTypes.allNames());
            }
            allowOnly(stage, path, kind.fieldNames());
            double[] values = new double[kind.parameterNames().size()];
            for (int p = 0; p < values.length; p++) {
                values[p] = number(stage, path, kind.parameterNames().get(p));
            }
            try {
                stages.add(kind.create(values));
            } catch (InvalidFieldException e) {
                throw error(path + "." + e.field(), e.problem());
            }
        }
        return stages;
    }

    private NoiseSpec noise(JsonNode node) throws ProfileException {
        JsonNode noise = object(node, "noise");
        allowOnly(noise, "noise", NOISE_FIELDS);
        String type = string(noise, "noise", "type");
        double speedKmh = number(noise, "noise", "speedKmh");
        double levelDbA = number(noise, "noise", "levelDbA");
        try {
            return new NoiseSpec(type, speedKmh, levelDbA);
        } catch (InvalidFieldException e) {
            throw error("noise." + e.field(), e.problem());
        }
    }

    private Provenance provenance(JsonNode node) throws ProfileException {
        String path = "provenance";
        JsonNode provenance = object(node, path);
        allowOnly(provenance, path, PROVENANCE_FIELDS);
        Provenance.Kind kind;
        try {
            kind = Provenance.Kind.fromJson(string(provenance, path, "kind"));
        } catch (IllegalArgumentException e) {
            throw error(path + ".kind", e.getMessage());
        }
        String source = string(provenance, path, "source");
        String notes = string(provenance, path, "notes");
        String sha256 = provenance.has("sha256") ? string(provenance, path, "sha256") : null;
        LocalDate date = null;
        if (provenance.has("date")) {
            String text = string(provenance, path, "date");
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(path + ".date", "must be an ISO date like 2026-11-25, got '" + text + "'");
            }
        }
        try {
            return new Provenance(kind, source, notes, sha256, date);
        } catch (InvalidFieldException e) {
            throw error(path + "." + e.field(), e.problem());
        }
    }

    private JsonNode object(JsonNode node, String path) throws ProfileException {
        if (!node.isObject()) {
            throw error(path, "must be a JSON object, got " + describe(node));
        }
        return node;
    }

    private void allowOnly(JsonNode object, String path, List<String> allowed) throws ProfileException {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(child(path, name), "unknown field; allowed here: " + String.join(", ", allowed));
            }
        }
    }

    private JsonNode required(JsonNode object, String path, String name) throws ProfileException {
        JsonNode value = object.get(name);
        if (value == null) {
            throw error(child(path, name), "required field is missing");
        }
        return value;
    }

    private String string(JsonNode object, String path, String name) throws ProfileException {
        JsonNode value = required(object, path, name);
        if (!value.isTextual()) {
            throw error(child(path, name), "must be a string, got " + describe(value));
        }
        return value.textValue();
    }

    private double number(JsonNode object, String path, String name) throws ProfileException {
        JsonNode value = required(object, path, name);
        if (!value.isNumber()) {
            throw error(child(path, name), "must be a number, got " + describe(value));
        }
        return value.doubleValue();
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    /** An error for the field at {@code path}, with the line of that field or of its nearest enclosing object. */
    private ProfileException error(String path, String problem) {
        String located = path;
        int line = json.lineOf(located);
        while (line < 0 && !located.isEmpty()) {
            located = parent(located);
            line = json.lineOf(located);
        }
        String field = path.isEmpty() ? "" : "field '" + path + "': ";
        return ProfileException.atLine(fileName, line, field + problem);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
