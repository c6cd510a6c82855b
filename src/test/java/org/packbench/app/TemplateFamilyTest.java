package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;
import org.packbench.render.LabelFormat;

/** The template follows the product: each marketplace has its family, and no product gets another's label. */
class TemplateFamilyTest {
    @TempDir
    Path dir;

    @Test
    void everyMarketplaceHasItsOwnTemplatesAndNoneIsShared() {
        TemplateLibrary library = TemplateLibrary.bundled();
        for (Marketplace m : Marketplace.values()) {
            assertFalse(library.forProduct(m).isEmpty(), m + " has no template");
            for (Marketplace other : Marketplace.values()) {
                if (other != m) {
                    assertTrue(library.forProduct(m).stream().noneMatch(library.forProduct(other)::contains));
                }
            }
        }
        assertEquals(java.util.List.of("generic-product-58x60"), library.forProduct(Marketplace.OTHER));
    }

    @Test
    void aProductOfAnotherMarketplacePrintsEachSampleOnTheGenericLabelAndIsRefusedAMarketplacesTemplate() {
        Workbench bench =
                Workbench.open(dir.resolve("t.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        // Every sample product sold elsewhere: each name, maker and country must fit the generic label.
        String others = new String(TestFiles.sample("catalog.csv"), StandardCharsets.UTF_8)
                .replaceAll(",(ozon|vk)(\\r?\\n)", ",other$2");
        bench.catalogImport().run(others.getBytes(StandardCharsets.UTF_8), ImportOptions.STRICT, ImportProgress.NONE);
        int n = 0;
        for (Sku sku : bench.catalog().search("", 100)) {
            n++;
            RenderedLabel label = bench.labels()
                    .render(new LabelRequest(
                            sku.sku(),
                            "generic-product-58x60",
                            "X-" + n,
                            "TRK" + (100000 + n),
                            Optional.empty(),
                            LabelFormat.ZPL,
                            203));
            assertTrue(label.printable(), sku.sku() + ": " + label.blocking());
        }
        assertEquals(40, n);
        ProblemException vk = assertThrows(ProblemException.class, () -> bench.labels()
                .render(new LabelRequest(
                        "PB-7-001", "vk-product-58x40", "X-99", "TRK999", Optional.empty(), LabelFormat.ZPL, 203)));
        assertEquals("template.wrongMarketplace", vk.problem().key());
    }
}
