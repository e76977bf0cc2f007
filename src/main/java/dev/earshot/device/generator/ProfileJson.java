package dev.earshot.device.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Writes a {@link ProfileSpec} as profile JSON text: 2-space indentation, {@code "name": value}, LF line ends, the
 * fields in the order of the profile schema, a final newline. The same spec always gives the same text.
 */
final class ProfileJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileJson() {
    }

    static String write(ProfileSpec spec) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", spec.id());
        root.put("name", spec.name());
        root.put("category", spec.category());
        root.put("description", spec.description());
        root.put("impulseResponse", spec.impulseResponseFile());
        root.put("listeningLevelDbSpl", spec.listeningLevelDbSpl());
        ArrayNode stages = root.putArray("stages");
        for (StageSpec stage : spec.stages()) {
            ObjectNode node = stages.addObject();
            node.put("type", stage.type());
            for (Map.Entry<String, Double> parameter : stage.parameters().entrySet()) {
                node.put(parameter.getKey(), parameter.getValue());
            }
        }
        if (spec.noise() != null) {
            ObjectNode noise = root.putObject("noise");
            noise.put("type", "road");
            noise.put("speedKmh", spec.noise().speedKmh());
            noise.put("levelDbA", spec.noise().levelDbA());
        }
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("kind", "modeled");
        provenance.put("source", spec.source());
        provenance.put("notes", spec.notes());
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write profile " + spec.id() + " as JSON", e);
        }
    }
}
