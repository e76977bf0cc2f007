package dev.earshot.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.report.ReportDocumentFixtures;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

class HtmlReportWriterTest {

    // Writing a report renders eleven charts; each report is written once and shared by the read-only tests.
    @TempDir
    static Path fullFolder;
    @TempDir
    static Path emptyFolder;

    @BeforeAll
    static void writeReports() throws Exception {
        new HtmlReportWriter().write(ReportDocumentFixtures.full(), fullFolder);
        new HtmlReportWriter().write(ReportDocumentFixtures.withoutOptionalSections(), emptyFolder);
    }

    @Test
    void fullReportParsesAsXmlAndShowsEveryProfileWithItsRoundedLoudness() throws Exception {
        ReportDocument document = ReportDocumentFixtures.full();
        Path folder = fullFolder;
        Document page = parse(folder.resolve("index.html"));
        String text = normalised(page.getDocumentElement().getTextContent());
        for (ProfileSection profile : document.profiles()) {
            assertTrue(text.contains(profile.profileName()), profile.profileName());
            // Independent of the writer's formatting code: the figure rounded to one decimal with an ASCII minus.
            String loudness = String.format(Locale.ROOT, "%.1f", profile.loudness().integratedLufs());
            assertTrue(text.contains(loudness), profile.profileName() + " " + loudness);
        }
        for (Finding finding : document.findings()) {
            assertTrue(text.contains(finding.headline()), finding.headline());
        }
        assertTrue(text.contains(normalised(ReportDocumentFixtures.TRICKY_MASTER_NAME)),
                "the escaped master name reads back intact");
    }

    @Test
    void albumSectionStatesTheRuleTheFlagsFollow() throws Exception {
        String text = normalised(parse(fullFolder.resolve("index.html")).getDocumentElement().getTextContent());
        assertTrue(text.contains("more than 3.0 LU from the mean of the other tracks"), "album rule");
        assertTrue(text.contains("median track"), "album rule, three or more tracks");
        assertFalse(text.contains("dashed lines"), "the chart draws no tolerance lines");
    }

    @Test
    void pageHasNoNetworkReferenceAndNoScript() throws Exception {
        Path folder = fullFolder;
        String html = Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("http"), "no http/https anywhere, not even a namespace");
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("@import"));
        assertFalse(html.contains("url(") && html.replace("url(#", "").contains("url("), "only in-page url(#id)");
    }

    @Test
    void everyOptionalSectionAppearsWhenFilled() throws Exception {
        Path folder = fullFolder;
        Set<String> ids = sectionIds(parse(folder.resolve("index.html")));
        assertTrue(ids.containsAll(Set.of("summary", "findings", "devices", "charts", "reference", "album", "release",
                "codec", "blind-tests", "method")), ids.toString());
    }

    @Test
    void emptyOptionalSectionsAreLeftOut() throws Exception {
        Path folder = emptyFolder;
        Document page = parse(folder.resolve("index.html"));
        Set<String> ids = sectionIds(page);
        assertTrue(ids.containsAll(Set.of("summary", "findings", "devices", "charts", "method")), ids.toString());
        for (String absent : Set.of("reference", "album", "release", "codec", "blind-tests")) {
            assertFalse(ids.contains(absent), absent);
        }
        assertFalse(Files.exists(folder.resolve("charts/album-loudness.svg")));
    }

    @Test
    void everyChartIsInlineAndWrittenAsSvgAndPng() throws Exception {
        Path folder = fullFolder;
        Document page = parse(folder.resolve("index.html"));
        int inlineSvgs = page.getElementsByTagName("svg").getLength();
        long svgFiles;
        long pngFiles;
        try (var files = Files.list(folder.resolve("charts"))) {
            var names = files.map(p -> p.getFileName().toString()).toList();
            svgFiles = names.stream().filter(n -> n.endsWith(".svg")).count();
            pngFiles = names.stream().filter(n -> n.endsWith(".png")).count();
        }
        // 4 categories + loudness over time + band heat map + band deltas + loudness + low end + reference
        // + 2 album + release gains.
        assertEquals(13, inlineSvgs);
        assertEquals(inlineSvgs, svgFiles);
        assertEquals(inlineSvgs, pngFiles);
        Document standalone = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(folder.resolve("charts/loudness.svg").toFile());
        assertEquals("svg", standalone.getDocumentElement().getTagName());
    }

    @Test
    void elementIdsAreUniqueAcrossInlineCharts() throws Exception {
        Path folder = fullFolder;
        NodeList all = parse(folder.resolve("index.html")).getElementsByTagName("*");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertTrue(ids.add(id), "duplicate id " + id);
            }
        }
    }

    static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static Set<String> sectionIds(Document page) {
        NodeList sections = page.getElementsByTagName("section");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sections.getLength(); i++) {
            ids.add(((Element) sections.item(i)).getAttribute("id"));
        }
        return ids;
    }

    /** The page text with the typographic minus read as an ASCII one. */
    private static String normalised(String text) {
        return text.replace('\u2212', '-');
    }
}
