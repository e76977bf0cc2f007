package dev.earshot.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.report.ReportFormatWriter;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes {@code report.json} and its JSON Schema {@code report.schema.json}: every figure of the
 * {@link ReportDocument}, field names as in the model records (units in the names), with {@code schemaVersion} repeated as the first field so a reader can check it before anything
 * else. Non-finite numbers (−∞ loudness of silence, NaN for "not measured") are written as {@code null}, so the file is
 * strict JSON; times are ISO-8601 UTC strings; band maps are keyed by the {@link dev.earshot.analysis.Band} names
 * ({@code SUB}, {@code BASS}, {@code LOW_MID}, {@code PRESENCE}, {@code AIR}). Stateless and thread-safe.
 */
public final class JsonReportWriter implements ReportFormatWriter {
    /** The format name for {@code --format}. */
    public static final String FORMAT = "json";
    /** The file written inside the report folder. */
    public static final String FILE_NAME = "report.json";
    /** The JSON Schema (draft 2020-12) of report.json, written next to it and shipped in the jar. */
    public static final String SCHEMA_FILE_NAME = "report.schema.json";
    /** Class-path location of the schema. */
    public static final String SCHEMA_RESOURCE = "/dev/earshot/report/" + SCHEMA_FILE_NAME;

    private final ObjectMapper mapper = mapper();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(ReportDocument document, Path folder) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve(FILE_NAME))) {
            mapper.writeValue(out, tree(document));
        }
        Files.write(folder.resolve(SCHEMA_FILE_NAME), schema());
    }

    /** The bytes of the schema report.json follows (UTF-8 JSON). */
    public static byte[] schema() throws IOException {
        try (InputStream in = JsonReportWriter.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IOException("the report schema " + SCHEMA_RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    /** The document as a JSON tree, {@code schemaVersion} first. */
    public ObjectNode tree(ReportDocument document) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", ReportMeta.SCHEMA_VERSION);
        ObjectNode body = mapper.valueToTree(document);
        root.setAll(body);
        return root;
    }

    /** The mapper this writer uses: non-finite doubles as null, instants as ISO strings, indented output. */
    static ObjectMapper mapper() {
        SimpleModule module = new SimpleModule("earshot-report");
        JsonSerializer<Double> finite = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                if (value == null || !Double.isFinite(value)) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(value);
                }
            }
        };
        module.addSerializer(Double.class, finite);
        module.addSerializer(Double.TYPE, finite);
        module.addSerializer(double[].class, new JsonSerializer<>() {
            @Override
            public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeStartArray();
                for (double v : values) {
                    if (Double.isFinite(v)) {
                        gen.writeNumber(v);
                    } else {
                        gen.writeNull();
                    }
                }
                gen.writeEndArray();
            }
        });
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(module);
        mapper.enable(SerializationFeature.INDENT_OUTPUT);
        return mapper;
    }
}
