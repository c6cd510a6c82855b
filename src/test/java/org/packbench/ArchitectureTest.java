package org.packbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md: the domain knows no GUI, no database and no I/O; adapters sit at the edges. */
class ArchitectureTest {
    private static final String[] DOMAIN = {
        "org.packbench.catalog..",
        "org.packbench.gs1..",
        "org.packbench.label..",
        "org.packbench.marketplace..",
        "org.packbench.marking..",
        "org.packbench.verify..",
        "org.packbench.i18n..",
        "org.packbench.access..",
        "org.packbench.journal..",
        "org.packbench.seal..",
        "org.packbench.settings.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.packbench");
    }

    @Test
    void theDomainImportsNoJavaFxNoJdbcAndNoIo() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "java.sql..",
                        "java.net..",
                        "java.nio.file..",
                        "javax.print..",
                        "com.fazecast..",
                        "org.sqlite..",
                        "picocli..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileInputStream")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileOutputStream")
                .check(classes);
    }

    @Test
    void gs1DependsOnNothingOfOursButMessages() {
        noClasses()
                .that()
                .resideInAPackage("org.packbench.gs1..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.packbench.catalog..",
                        "org.packbench.label..",
                        "org.packbench.marketplace..",
                        "org.packbench.verify..",
                        "org.packbench.render..",
                        "org.packbench.store..",
                        "org.packbench.app..",
                        "org.packbench.ui..",
                        "org.packbench.cli..")
                .check(classes);
    }

    @Test
    void theCatalogDependsOnlyOnGs1() {
        noClasses()
                .that()
                .resideInAPackage("org.packbench.catalog..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.packbench.label..",
                        "org.packbench.marketplace..",
                        "org.packbench.verify..",
                        "org.packbench.render..",
                        "org.packbench.store..",
                        "org.packbench.print..",
                        "org.packbench.app..",
                        "org.packbench.ui..",
                        "org.packbench.cli..")
                .check(classes);
    }

    @Test
    void theLabelEngineAndRenderersKnowNoMarketplaceNorDevice() {
        noClasses()
                .that()
                .resideInAnyPackage("org.packbench.label..", "org.packbench.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.packbench.marketplace..",
                        "org.packbench.verify..",
                        "org.packbench.store..",
                        "org.packbench.print..",
                        "org.packbench.app..",
                        "org.packbench.ui..",
                        "org.packbench.cli..")
                .check(classes);
    }

    @Test
    void pdfsFromElsewhereAreOpenedOnlyThroughTheGuardedLoader() {
        // Only PDFs PackBench wrote itself are loaded directly: print jobs and log exports read back.
        noClasses()
                .that()
                .resideOutsideOfPackages("org.packbench.pdf..", "org.packbench.print..", "org.packbench.report..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.pdfbox.Loader")
                .because("a PDF from elsewhere must be opened within PdfLimits (GuardedPdf)")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.packbench.pdf..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.packbench.catalog..",
                        "org.packbench.gs1..",
                        "org.packbench.label..",
                        "org.packbench.marketplace..",
                        "org.packbench.verify..",
                        "org.packbench.render..",
                        "org.packbench.store..",
                        "org.packbench.print..",
                        "org.packbench.app..",
                        "org.packbench.ui..",
                        "org.packbench.cli..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void adaptersDoNotReachIntoTheGuiOrTheCli() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.packbench.store..",
                        "org.packbench.print..",
                        "org.packbench.scan..",
                        "org.packbench.report..",
                        "org.packbench.connect..",
                        "org.packbench.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.packbench.ui..", "org.packbench.cli..")
                .check(classes);
    }

    @Test
    void markingCodesDependOnlyOnTheCatalogAndTheGs1Engine() {
        noClasses()
                .that()
                .resideInAPackage("org.packbench.marking..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.packbench.label..",
                        "org.packbench.marketplace..",
                        "org.packbench.verify..",
                        "org.packbench.render..",
                        "org.packbench.store..",
                        "org.packbench.print..",
                        "org.packbench.scan..",
                        "org.packbench.app..",
                        "org.packbench.ui..",
                        "org.packbench.cli..")
                .check(classes);
    }

    @Test
    void theMarketplaceClientsKnowNoDatabaseAndNoScreen() {
        // connect speaks HTTP to the marketplaces; what the outbox keeps is the store's, reached through ports.
        noClasses()
                .that()
                .resideInAPackage("org.packbench.connect..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.packbench.store..",
                        "org.packbench.app..",
                        "org.packbench.serve..",
                        "java.sql..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void theHeadlessServiceGoesThroughTheAppServicesLikeTheCli() {
        noClasses()
                .that()
                .resideInAPackage("org.packbench.serve..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.packbench.store..",
                        "org.packbench.ui..",
                        "org.packbench.cli..",
                        "java.sql..",
                        "org.sqlite..",
                        "javafx..")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage("org.packbench.app..", "org.packbench.store..", "org.packbench.print..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.packbench.serve..")
                .check(classes);
    }

    @Test
    void theGuiAndTheCliDoNotTalkToTheDatabaseDirectly() {
        noClasses()
                .that()
                .resideInAnyPackage("org.packbench.ui..", "org.packbench.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void theGuiAndTheCliSeePortsOnlyNeverAStoreClass() {
        // The benchmarks, which fill scratch databases themselves, live in src/bench and are not checked here.
        noClasses()
                .that()
                .resideInAnyPackage("org.packbench.ui..", "org.packbench.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.packbench.store..")
                .because("the GUI and the CLI reach the database through ports the app or the domain owns")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootWiresStoreClasses() {
        // The services of app take ports; Workbench and the bench's seal, settled before any service exists, open the
        // store, and so does the move of a bench's history into a warehouse's database, which has two stores and no
        // bench.
        DescribedPredicate<JavaClass> root = DescribedPredicate.describe("the composition root", c -> List.of(
                        "org.packbench.app.Workbench", "org.packbench.app.BenchSeal", "org.packbench.app.WarehouseMove")
                .contains(c.getName().replaceFirst("\\$.*", "")));
        noClasses()
                .that()
                .resideInAPackage("org.packbench.app..")
                .and(DescribedPredicate.not(root))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.packbench.store..")
                .check(classes);
    }

    @Test
    void theRenderersKnowNoMarketplace() {
        noClasses()
                .that()
                .resideInAPackage("org.packbench.render..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.packbench.marketplace..")
                .check(classes);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("org.packbench.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void subPackagesAreFreeOfCycles() {
        slices().matching("org.packbench.(**)").should().beFreeOfCycles().check(classes);
    }
}
