package dev.earshot;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md, for the packages that exist. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.earshot");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("audio").definedBy("dev.earshot.audio..")
                .layer("dsp").definedBy("dev.earshot.dsp..")
                .layer("analysis").definedBy("dev.earshot.analysis..")
                .layer("device").definedBy("dev.earshot.device..")
                .layer("render").definedBy("dev.earshot.render..")
                .layer("report").definedBy("dev.earshot.report..")
                .layer("listen").definedBy("dev.earshot.listen..")
                .layer("playback").definedBy("dev.earshot.playback..")
                .layer("measure").definedBy("dev.earshot.measure..")
                .layer("ui").definedBy("dev.earshot.ui..")
                .layer("cli").definedBy("dev.earshot.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("playback").mayOnlyBeAccessedByLayers("ui", "cli", "listen")
                .whereLayer("measure").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("listen").mayOnlyBeAccessedByLayers("report", "ui", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("report", "ui", "cli")
                .whereLayer("device").mayOnlyBeAccessedByLayers("render", "report", "playback", "measure", "ui",
                        "cli")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("device", "render", "report", "listen",
                        "playback", "measure", "ui", "cli")
                .whereLayer("dsp").mayOnlyBeAccessedByLayers("analysis", "device", "render", "report",
                        "playback", "measure", "ui", "cli", "listen")
                .check(classes);
    }

    @Test
    void coreLayersUseNoSwingAwtOrJavaSound() {
        noClasses().that().resideInAnyPackage("dev.earshot.audio..", "dev.earshot.dsp..",
                        "dev.earshot.analysis..", "dev.earshot.device..", "dev.earshot.render..",
                        "dev.earshot.listen..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "javax.sound..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void measureUsesJavaSoundOnlyInItsDeviceClassAndNoSwingOrAwt() {
        noClasses().that().resideInAPackage("dev.earshot.measure..")
                .and().doNotHaveSimpleName("JavaSoundDuplex")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "javax.sound..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().haveSimpleName("JavaSoundDuplex")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void reportUsesNoSwingOrJavaSound() {
        noClasses().that().resideInAPackage("dev.earshot.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "javax.sound..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
