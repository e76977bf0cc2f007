package dev.earshot.listen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.listen.LogLineFormat.LogLineException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Maps header, trial and footer records to the JSON objects of the log and back. Not thread-safe. */
final class SessionLogJson {
    static final String HEADER = "header";
    static final String TRIAL = "trial";
    static final String FOOTER = "footer";

    private final LogLineFormat format;

    SessionLogJson(LogLineFormat format) {
        this.format = format;
    }

    ObjectNode header(SessionHeader h) {
        ObjectNode n = format.newObject().put("type", HEADER).put("formatVersion", SessionHeader.FORMAT_VERSION)
                .put("protocol", h.protocol().jsonName());
        ObjectNode design = n.putObject("design");
        design.put("mode", h.design().sequential() ? "sequential" : "fixed").put("trials", h.design().trials());
        if (h.design().sequential()) {
            design.put("alpha", h.design().alpha()).put("beta", h.design().beta()).put("p1", h.design().p1());
        }
        ArrayNode stimuli = n.putArray("stimuli");
        for (StimulusInfo s : h.stimuli()) {
            ObjectNode stimulus = stimuli.addObject().put("label", s.label()).put("path", s.path())
                    .put("sha256", s.sha256()).put("gainDb", s.gainDb()).put("offsetFrames", s.offsetFrames());
            if (s.profile() != null) {
                stimulus.put("profile", s.profile());
            }
        }
        n.put("manualTrimDb", h.manualTrimDb());
        if (h.loop() == null) {
            n.putNull("loop");
        } else {
            n.putObject("loop").put("startFrame", h.loop().startFrame()).put("endFrame", h.loop().endFrame());
        }
        n.put("seedCommitment", h.seedCommitment()).put("earshotVersion", h.earshotVersion())
                .put("listener", h.listener()).put("startTime", h.startTime().toString());
        if (h.signingKey() != null) {
            n.put("signingKey", h.signingKey());
        }
        return n;
    }

    SessionHeader parseHeader(JsonNode n) {
        int version = integer(n, "formatVersion");
        if (version != SessionHeader.FORMAT_VERSION) {
            throw new LogLineException("log format version " + version + " is not supported (expected "
                    + SessionHeader.FORMAT_VERSION + ")");
        }
        return wrap(() -> {
            JsonNode d = n.path("design");
            String mode = text(d, "mode");
            TestDesign design = switch (mode) {
                case "fixed" -> TestDesign.fixed(integer(d, "trials"));
                case "sequential" -> TestDesign.sequential(number(d, "alpha"), number(d, "beta"), number(d, "p1"),
                        integer(d, "trials"));
                default -> throw new LogLineException("design mode '" + mode + "' is neither fixed nor sequential");
            };
            List<StimulusInfo> stimuli = new ArrayList<>();
            for (JsonNode s : n.path("stimuli")) {
                stimuli.add(new StimulusInfo(text(s, "label"), text(s, "path"), text(s, "sha256"),
                        number(s, "gainDb"), longValue(s, "offsetFrames"), optionalText(s, "profile")));
            }
            JsonNode loop = n.path("loop");
            LoopRegion region = loop.isObject()
                    ? new LoopRegion(longValue(loop, "startFrame"), longValue(loop, "endFrame")) : null;
            return new SessionHeader(Protocol.fromJsonName(text(n, "protocol")), design, stimuli,
                    number(n, "manualTrimDb"), region, text(n, "seedCommitment"), text(n, "earshotVersion"),
                    text(n, "listener"), instant(n, "startTime"), optionalText(n, "signingKey"));
        });
    }

    ObjectNode trial(TrialRecord t) {
        ObjectNode n = format.newObject().put("type", TRIAL).put("index", t.index()).put("training", t.training());
        ArrayNode plays = n.putArray("plays");
        for (PlayEvent p : t.plays()) {
            plays.addObject().put("label", p.label()).put("offsetMs", p.offsetMs());
        }
        ArrayNode hidden = n.putArray("hidden");
        t.hidden().forEach(hidden::add);
        n.put("answer", t.answer());
        if (t.correct() == null) {
            n.putNull("correct");
        } else {
            n.put("correct", t.correct().booleanValue());
        }
        return n.put("durationMs", t.durationMs()).put("switchCount", t.switchCount())
                .put("underruns", t.underruns());
    }

    TrialRecord parseTrial(JsonNode n) {
        return wrap(() -> {
            List<PlayEvent> plays = new ArrayList<>();
            for (JsonNode p : array(n, "plays")) {
                plays.add(new PlayEvent(text(p, "label"), longValue(p, "offsetMs")));
            }
            List<String> hidden = new ArrayList<>();
            for (JsonNode h : array(n, "hidden")) {
                if (!h.isTextual()) {
                    throw new LogLineException("'hidden' must hold stimulus labels");
                }
                hidden.add(h.asText());
            }
            JsonNode correct = n.path("correct");
            if (!correct.isBoolean() && !correct.isNull()) {
                throw new LogLineException("'correct' must be true, false or null");
            }
            JsonNode training = n.path("training");
            if (!training.isBoolean()) {
                throw new LogLineException("'training' must be true or false");
            }
            return new TrialRecord(integer(n, "index"), training.booleanValue(), plays, hidden, text(n, "answer"),
                    correct.isNull() ? null : correct.booleanValue(), longValue(n, "durationMs"),
                    integer(n, "switchCount"), integer(n, "underruns"));
        });
    }

    ObjectNode footer(SessionFooter f) {
        ObjectNode n = format.newObject().put("type", FOOTER).put("seed", f.seedHex())
                .put("correct", f.result().correct()).put("trials", f.result().trials());
        if (Double.isNaN(f.result().pValue())) {
            n.putNull("pValue");
        } else {
            n.put("pValue", f.result().pValue());
        }
        return n.put("verdict", f.result().verdict()).put("endTime", f.endTime().toString());
    }

    SessionFooter parseFooter(JsonNode n) {
        return wrap(() -> {
            JsonNode p = n.path("pValue");
            double pValue = p.isNull() ? Double.NaN : number(n, "pValue");
            return new SessionFooter(text(n, "seed"), new LoggedResult(integer(n, "correct"), integer(n, "trials"),
                    pValue, text(n, "verdict")), instant(n, "endTime"), optionalText(n, "signature"));
        });
    }

    private interface Parse<T> {
        T get();
    }

    /** Turns the records' own argument checks into line problems. */
    private static <T> T wrap(Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LogLineException(e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isTextual()) {
            throw new LogLineException("field '" + field + "' missing or not a string");
        }
        return v.asText();
    }

    /** The text of an optional field, or null when it is absent. */
    private static String optionalText(JsonNode n, String field) {
        return n.has(field) ? text(n, field) : null;
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isNumber()) {
            throw new LogLineException("field '" + field + "' missing or not a number");
        }
        return v.doubleValue();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isInt()) {
            throw new LogLineException("field '" + field + "' missing or not an integer");
        }
        return v.intValue();
    }

    private static long longValue(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new LogLineException("field '" + field + "' missing or not an integer");
        }
        return v.longValue();
    }

    private static JsonNode array(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isArray()) {
            throw new LogLineException("field '" + field + "' missing or not a list");
        }
        return v;
    }

    private static Instant instant(JsonNode n, String field) {
        try {
            return Instant.parse(text(n, field));
        } catch (DateTimeParseException e) {
            throw new LogLineException("field '" + field + "' is not an ISO-8601 instant");
        }
    }
}
