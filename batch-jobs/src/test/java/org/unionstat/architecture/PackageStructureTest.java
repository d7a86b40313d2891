package org.unionstat.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages are the stages of the data flow (docs/architecture.md): no cycles between them, a stage depends only on
 * the stages before it, and the domain vocabulary depends on no framework.
 */
class PackageStructureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.unionstat");

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.unionstat.(**)").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("application").definedBy("org.unionstat")
                .layer("cli").definedBy("org.unionstat.cli..")
                .layer("serve").definedBy("org.unionstat.serve..")
                .layer("run").definedBy("org.unionstat.run..")
                .layer("report").definedBy("org.unionstat.report..")
                .layer("indicators").definedBy("org.unionstat.indicators..")
                .layer("ingest").definedBy("org.unionstat.ingest..")
                .layer("batch").definedBy("org.unionstat.batch..")
                .layer("reference").definedBy("org.unionstat.reference..")
                .layer("text").definedBy("org.unionstat.text..")
                .layer("domain").definedBy("org.unionstat.domain..")
                .whereLayer("application").mayNotAccessAnyLayer()
                .whereLayer("cli").mayOnlyAccessLayers("application", "serve", "run", "report", "indicators", "ingest",
                        "batch", "reference", "text", "domain")
                .whereLayer("serve").mayOnlyAccessLayers("run", "report", "indicators", "ingest", "batch", "text", "domain")
                .whereLayer("run").mayOnlyAccessLayers("report", "indicators", "ingest", "batch", "text", "domain")
                .whereLayer("report").mayOnlyAccessLayers("indicators", "ingest", "batch", "text", "domain")
                .whereLayer("indicators").mayOnlyAccessLayers("batch", "text", "domain")
                .whereLayer("ingest").mayOnlyAccessLayers("batch", "text", "domain")
                .whereLayer("batch").mayOnlyAccessLayers("text", "domain")
                .whereLayer("reference").mayOnlyAccessLayers("text", "domain")
                .whereLayer("text").mayOnlyAccessLayers("domain")
                .whereLayer("domain").mayNotAccessAnyLayer()
                .check(PRODUCT);
    }

    @Test
    void importGoesFileThenValidationThenSpool() {
        // check uses the import's own parts without its job; from the job only its summary, rejects file and listing
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("check").definedBy("org.unionstat.ingest.check..")
                .layer("job").definedBy("org.unionstat.ingest")
                .layer("spool").definedBy("org.unionstat.ingest.spool..")
                .layer("validate").definedBy("org.unionstat.ingest.validate..")
                .layer("source").definedBy("org.unionstat.ingest.source..")
                .whereLayer("check").mayOnlyAccessLayers("job", "spool", "validate", "source")
                .whereLayer("job").mayOnlyAccessLayers("spool", "validate", "source")
                .whereLayer("spool").mayOnlyAccessLayers("validate", "source")
                .whereLayer("validate").mayOnlyAccessLayers("source")
                .whereLayer("source").mayNotAccessAnyLayer()
                .check(PRODUCT);
    }

    @Test
    void reportUnitsStandApart() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("job").definedBy("org.unionstat.report")
                .layer("document").definedBy("org.unionstat.report.document..")
                .layer("workbook").definedBy("org.unionstat.report.workbook..")
                .layer("csv").definedBy("org.unionstat.report.csv..")
                .layer("chart").definedBy("org.unionstat.report.chart..")
                .layer("figures").definedBy("org.unionstat.report.figures..")
                .layer("template").definedBy("org.unionstat.report.template..")
                .layer("sheet").definedBy("org.unionstat.report.sheet..")
                .whereLayer("job").mayOnlyAccessLayers("document", "workbook", "csv", "chart", "figures", "template",
                        "sheet")
                .whereLayer("document").mayOnlyAccessLayers("chart", "figures", "template")
                .whereLayer("workbook").mayOnlyAccessLayers("chart", "figures", "template", "sheet")
                .whereLayer("csv").mayOnlyAccessLayers("figures")
                .whereLayer("chart").mayOnlyAccessLayers("figures")
                .whereLayer("figures").mayNotAccessAnyLayer()
                .whereLayer("template").mayOnlyAccessLayers("sheet")
                .whereLayer("sheet").mayNotAccessAnyLayer()
                .check(PRODUCT);
    }

    /** The streamed sheets are plain POI: nothing of unionstat, not even its vocabulary. */
    @Test
    void sheetUsesNothingOfUnionstat() {
        noClasses().that().resideInAPackage("org.unionstat.report.sheet..")
                .should().dependOnClassesThat(resideInAPackage("org.unionstat..")
                        .and(resideOutsideOfPackage("org.unionstat.report.sheet..")))
                .check(PRODUCT);
    }

    @Test
    void domainUsesNoFramework() {
        noClasses().that().resideInAPackage("org.unionstat.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.unionstat.domain..", "java..")
                .check(PRODUCT);
    }

    @Test
    void everyPackageSaysWhereItSits() throws IOException {
        Path sources = Path.of("batch-jobs/src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> withoutInfo = files.filter(Files::isDirectory)
                    .filter(dir -> hasJava(dir) && !Files.exists(dir.resolve("package-info.java")))
                    .toList();
            assertThat(withoutInfo).as("packages without package-info.java").isEmpty();
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
