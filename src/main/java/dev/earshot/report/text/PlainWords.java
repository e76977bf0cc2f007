package dev.earshot.report.text;

import static dev.earshot.report.text.Figures.hertz;
import static dev.earshot.report.text.Figures.number;
import static dev.earshot.report.text.Figures.signed;

import dev.earshot.analysis.Band;
import dev.earshot.report.findings.PlatformTurnDownRule;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.LowEndTranslation;
import dev.earshot.report.model.MonoCompatibility;
import dev.earshot.report.model.NoiseMasking;
import dev.earshot.report.model.PresenceConsistency;
import dev.earshot.report.model.ProfileSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of one device section said in sentences a client can read, the same in HTML and PDF. Each sentence
 * carries its number; nothing is said that the figures do not show.
 */
public final class PlainWords {

    private PlainWords() {
    }

    /** "High", "Medium", "Low", "Note". */
    public static String severity(Finding.Severity severity) {
        return switch (severity) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
            case INFO -> "Note";
        };
    }

    /** The band's name with its range, e.g. "presence (2–6 kHz)". */
    public static String band(Band band) {
        return switch (band) {
            case SUB -> "sub (20\u201360 Hz)";
            case BASS -> "bass (60\u2013250 Hz)";
            case LOW_MID -> "low-mid (250 Hz\u20132 kHz)";
            case PRESENCE -> "presence (2\u20136 kHz)";
            case AIR -> "air (6\u201320 kHz)";
        };
    }

    /** One to three sentences about the low end on this device. */
    public static String lowEnd(LowEndTranslation lowEnd, double listeningLevelDbSpl) {
        StringBuilder text = new StringBuilder();
        text.append(capitalised(survival(lowEnd.subSurvivalDb(), "sub"))).append(" and ")
                .append(survival(lowEnd.bassSurvivalDb(), "bass")).append(". ");
        if (!Double.isFinite(lowEnd.fundamentalHz()) || lowEnd.fundamentalHz() <= 0) {
            text.append("The master has no clear low fundamental between 30 and 120 Hz.");
            return text.toString();
        }
        String fundamental = "The " + hertz(lowEnd.fundamentalHz()) + " fundamental";
        String level = " at " + number(listeningLevelDbSpl, 0) + " dB SPL";
        if (lowEnd.fundamentalAudible()) {
            text.append(fundamental).append(" stays audible: ").append(number(lowEnd.fundamentalAboveThresholdDb()))
                    .append(" dB above the hearing threshold").append(level).append('.');
        } else if (lowEnd.harmonicAboveThresholdDb() > 0) {
            text.append(fundamental).append(" is ").append(number(Math.abs(lowEnd.fundamentalLossDb())))
                    .append(" dB down and falls below the hearing threshold").append(level).append("; only its ")
                    .append(hertz(lowEnd.harmonicHz())).append(" harmonic is heard (")
                    .append(number(lowEnd.harmonicAboveThresholdDb())).append(" dB above threshold).");
        } else {
            text.append(fundamental).append(" and its ").append(hertz(lowEnd.harmonicHz()))
                    .append(" harmonic both fall below the hearing threshold").append(level)
                    .append(": the low end is not heard on this device.");
        }
        return text.toString();
    }

    /** "keeps 8 % of the master's sub energy (−11.0 dB)" or "boosts the bass (+2.8 dB)". */
    private static String survival(double survivalDb, String band) {
        if (survivalDb > 0.05) {
            return "boosts the " + band + " (" + signed(survivalDb) + " dB)";
        }
        return "keeps " + Figures.energyPercent(survivalDb) + " of the master's " + band + " energy ("
                + signed(survivalDb) + " dB)";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** One or two sentences about the vocal/presence range at the device's level and at a quiet level. */
    public static String presence(PresenceConsistency presence, double listeningLevelDbSpl) {
        double shiftDb = presence.shiftAtQuietLevelDb();
        String movement = Math.abs(shiftDb) < 1.0 ? "holds its place (" + signed(shiftDb) + " dB)"
                : shiftDb < 0 ? "recedes by " + number(-shiftDb) + " dB" : "comes forward by " + number(shiftDb)
                + " dB";
        return "The presence range (2\u20136 kHz, where the vocal lives) sits at " + number(presence.devicePresenceDb())
                + " dB relative to the whole at " + number(listeningLevelDbSpl, 0) + " dB SPL, against "
                + number(presence.masterPresenceDb()) + " dB on the master. Played quietly ("
                + number(presence.quietLevelDbSpl(), 0) + " dB SPL) the vocal " + movement + ".";
    }

    /** One sentence about the mono fold. */
    public static String mono(MonoCompatibility mono) {
        Double worstDb = mono.bandLossDb().get(mono.worstBand());
        return "This device plays in mono: the fold changes loudness by " + signed(mono.loudnessLossLu())
                + " LU, most in the " + band(mono.worstBand()) + " band (" + signed(worstDb == null ? Double.NaN
                : worstDb) + " dB).";
    }

    /** One or two sentences about masking by the environment's noise. */
    public static String masking(NoiseMasking masking) {
        StringBuilder text = new StringBuilder("With ").append(masking.noiseDescription()).append(", ")
                .append(Figures.percent(masking.maskedShare())).append(" of the spectrum falls under the noise");
        if (masking.maskedBelowHz() > 0) {
            text.append(", everything below ").append(hertz(masking.maskedBelowHz()));
        }
        text.append(". The programme plays ").append(number(masking.programmeToNoiseDb()))
                .append(" dB above the noise.");
        return text.toString();
    }

    /** Every sentence about one device, in reading order. */
    public static List<String> deviceSentences(ProfileSection profile) {
        List<String> sentences = new ArrayList<>();
        sentences.add(lowEnd(profile.lowEnd(), profile.listeningLevelDbSpl()));
        sentences.add(presence(profile.presence(), profile.listeningLevelDbSpl()));
        if (profile.mono() != null) {
            sentences.add(mono(profile.mono()));
        }
        if (profile.masking() != null) {
            sentences.add(masking(profile.masking()));
        }
        return sentences;
    }

    /**
     * Whom a finding concerns, for its footer: "affects Phone, Laptop" when it names profiles, otherwise its rule
     * family's subject ("about the master itself", "compared with the rest of the album", "from the blind listening
     * tests", "through a lossy codec", "on streaming platforms", "against the reference").
     */
    public static String scope(Finding finding, List<ProfileSection> profiles) {
        if (!finding.profileIds().isEmpty()) {
            return "affects " + String.join(", ", profileNames(finding.profileIds(), profiles));
        }
        String ruleId = finding.ruleId();
        if (ruleId.equals(PlatformTurnDownRule.ID)) {
            return "on streaming platforms";
        }
        String family = ruleId.contains(".") ? ruleId.substring(0, ruleId.indexOf('.')) : ruleId;
        return switch (family) {
            case "album" -> "compared with the rest of the album";
            case "blind-test" -> "from the blind listening tests";
            case "codec" -> "through a lossy codec";
            case "reference" -> "against the reference";
            default -> "about the master itself";
        };
    }

    /** Display names of the given profile ids, falling back to the id for a profile not in the report. */
    public static List<String> profileNames(List<String> ids, List<ProfileSection> profiles) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            String name = id;
            for (ProfileSection profile : profiles) {
                if (profile.profileId().equals(id)) {
                    name = profile.profileName();
                }
            }
            names.add(name);
        }
        return names;
    }

    /** The band whose delta is largest in size, e.g. "sub (20–60 Hz) −27.5 dB", or "" for an empty map. */
    public static String largestBandChange(Map<Band, Double> bandDeltaDb) {
        Band largest = null;
        for (Map.Entry<Band, Double> entry : bandDeltaDb.entrySet()) {
            if (largest == null || Math.abs(entry.getValue()) > Math.abs(bandDeltaDb.get(largest))) {
                largest = entry.getKey();
            }
        }
        return largest == null ? "" : band(largest) + " " + signed(bandDeltaDb.get(largest)) + " dB";
    }
}
