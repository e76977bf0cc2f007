package dev.earshot.report.model;

import java.util.List;

/**
 * One translation report: the master, the master through every selected profile, the findings, and the optional
 * sections. This is the contract between the computation ({@code ReportBuilder}) and the writers (HTML, PDF, JSON).
 *
 * @param meta       who, what, when: title, client, input files and their hashes, tool version
 * @param master     the master's own figures
 * @param profiles   one section per playback profile, in the order the report shows them
 * @param findings   plain-language findings, most severe first
 * @param references comparisons with reference tracks; empty when none was given
 * @param album      album consistency; {@code null} when no album tracks were given
 * @param release    streaming-platform preview; {@code null} when not computed
 * @param codec      lossy-codec preview; {@code null} when not computed
 * @param blindTests blind-test sessions folded into the report; empty when none
 */
public record ReportDocument(ReportMeta meta, MasterSummary master, List<ProfileSection> profiles,
                             List<Finding> findings, List<ReferenceComparison> references, AlbumComparison album,
                             ReleasePreview release, CodecPreview codec, List<BlindTestSummary> blindTests) {

    public ReportDocument {
        if (meta == null || master == null) {
            throw new IllegalArgumentException("a report needs its meta data and the master's figures");
        }
        profiles = List.copyOf(profiles);
        findings = List.copyOf(findings);
        references = references == null ? List.of() : List.copyOf(references);
        blindTests = blindTests == null ? List.of() : List.copyOf(blindTests);
    }
}
