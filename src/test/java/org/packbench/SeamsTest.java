package org.packbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The writer and decoder seams of docs/architecture.md: one way to a label's bytes, one barcode reader. */
class SeamsTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.packbench");
    }

    /**
     * Reading a symbol's data goes through the decoder. The encoder's own check that a QR finder
     * can be located (label.symbol.QrLocating runs ZXing's detector on the module matrix) reads
     * no data and stays with the encoder.
     */
    @Test
    void barcodesAreReadOnlyThroughTheSymbolDecoder() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.packbench.verify.decode..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.google.zxing.multi..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.google.zxing.MultiFormatReader")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.google.zxing.BinaryBitmap")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.google.zxing.common.HybridBinarizer")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.google.zxing.PlanarYUVLuminanceSource")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.google.zxing.RGBLuminanceSource")
                .because("the readback, the PDF audit and the Ozon audit must agree on what a symbol says")
                .check(classes);
    }

    @Test
    void theRenderersKnowNoConversionOfMarketplacePdfs() {
        noClasses()
                .that()
                .resideInAnyPackage("org.packbench.render..", "org.packbench.label..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.packbench.convert..")
                .check(classes);
    }

    @Test
    void theDecoderKnowsNoAuditNorMarketplace() {
        noClasses()
                .that()
                .resideInAPackage("org.packbench.verify.decode..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.packbench.verify",
                        "org.packbench.verify.pdf..",
                        "org.packbench.verify.rules..",
                        "org.packbench.verify.dispatch..",
                        "org.packbench.marketplace..",
                        "org.packbench.convert..",
                        "org.packbench.render..",
                        "org.packbench.store..",
                        "org.packbench.app..",
                        "org.packbench.ui..",
                        "org.packbench.cli..")
                .check(classes);
    }

    @Test
    void theConversionDoesNoFileIo() {
        noClasses()
                .that()
                .resideInAPackage("org.packbench.convert..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "java.sql..",
                        "java.net..",
                        "java.nio.file..",
                        "org.packbench.store..",
                        "org.packbench.app..",
                        "org.packbench.ui..",
                        "org.packbench.cli..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .check(classes);
    }

    @Test
    void theThermalWritersAreReachedThroughTheRegistry() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.packbench.render..")
                .should()
                .callConstructor(org.packbench.render.ZplWriter.class)
                .orShould()
                .callConstructor(org.packbench.render.TsplWriter.class)
                .because("a label's bytes come from LabelWriters, the one place a format meets its writer")
                .check(classes);
    }
}
