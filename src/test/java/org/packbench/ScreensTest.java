package org.packbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's screens: a screen binds to a view model in {@code ui.model} and draws it; work off
 * the FX thread goes through the one helper ({@code ui.Background}, behind {@code ui.model.Work}).
 */
class ScreensTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.packbench");
    }

    @Test
    void onlyTheOneBackgroundHelperRunsJavaFxTasks() {
        noClasses()
                .that()
                .haveNameNotMatching("org\\.packbench\\.ui\\.Background(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx.concurrent..")
                .because("background work goes through ui.model.Work, which ui.Background implements")
                .check(classes);
    }

    @Test
    void viewModelsHoldStateNotControls() {
        noClasses()
                .that()
                .resideInAPackage("org.packbench.ui.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx.scene..",
                        "javafx.stage..",
                        "javafx.concurrent..",
                        "javafx.application..",
                        "javafx.embed..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.packbench.ui")
                .because("a view model is tested without a window and knows no screen")
                .check(classes);
    }

    @Test
    void viewModelsReachTheDatabaseOnlyThroughTheAppsPorts() {
        noClasses()
                .that()
                .resideInAPackage("org.packbench.ui.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.packbench.store..", "java.sql..", "org.packbench.cli..", "org.packbench.serve..")
                .check(classes);
    }
}
