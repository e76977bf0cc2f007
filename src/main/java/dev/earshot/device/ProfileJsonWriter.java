package dev.earshot.device;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Map;

/**
 * Writes a profile in the layout of the shipped files: 2-space indent, fields in schema order, one stage per line,
 * the noise bed on one line, a final newline. Optional fields are written when they carry information: {@code noise}
 * when present, {@code provenance.sha256} and {@code provenance.date} when set; {@code description},
 * {@code listeningLevelDbSpl} and {@code stages} always.
 */
final class ProfileJsonWriter {
    private final StringBuilder out = new StringBuilder(1024);

    static String write(PlaybackProfile profile) {
        return new ProfileJsonWriter().profile(profile).out.toString();
    }

    private ProfileJsonWriter profile(PlaybackProfile profile) {
        out.append("{\n");
        field("id", profile.id());
        field("name", profile.name());
        field("category", profile.category().jsonName());
        field("description", profile.description());
        field("impulseResponse", profile.impulseResponse());
        out.append("  \"listeningLevelDbSpl\": ").append(Fields.number(profile.listeningLevelDbSpl())).append(",\n");
        stages(profile);
        if (profile.noise() != null) {
            NoiseSpec noise = profile.noise();
            out.append("  \"noise\": {\"type\": ").append(quote(noise.type()))
                    .append(", \"speedKmh\": ").append(Fields.number(noise.speedKmh()))
                    .append(", \"levelDbA\": ").append(Fields.number(noise.levelDbA())).append("},\n");
        }
        Provenance provenance = profile.provenance();
        out.append("  \"provenance\": {\n");
        out.append("    \"kind\": ").append(quote(provenance.kind().jsonName())).append(",\n");
        out.append("    \"source\": ").append(quote(provenance.source())).append(",\n");
        out.append("    \"notes\": ").append(quote(provenance.notes()));
        if (provenance.sha256() != null) {
            out.append(",\n    \"sha256\": ").append(quote(provenance.sha256()));
        }
        if (provenance.date() != null) {
            out.append(",\n    \"date\": ").append(quote(provenance.date().toString()));
        }
        out.append("\n  }\n}\n");
        return this;
    }

    private void stages(PlaybackProfile profile) {
        if (profile.stages().isEmpty()) {
            out.append("  \"stages\": [],\n");
            return;
        }
        out.append("  \"stages\": [\n");
        for (int i = 0; i < profile.stages().size(); i++) {
            StageSpec stage = profile.stages().get(i);
            out.append("    {\"type\": ").append(quote(stage.jsonType()));
            for (Map.Entry<String, Double> parameter : stage.parameters().entrySet()) {
                out.append(", ").append(quote(parameter.getKey())).append(": ")
                        .append(Fields.number(parameter.getValue()));
            }
            out.append(i + 1 < profile.stages().size() ? "},\n" : "}\n");
        }
        out.append("  ],\n");
    }

    private void field(String name, String value) {
        out.append("  ").append(quote(name)).append(": ").append(quote(value)).append(",\n");
    }

    private static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
