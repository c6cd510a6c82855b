package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateWriter;

/** A picture put on a label in the designer travels inside the template's JSON, dot for dot. */
class InlinePictureTest {
    @TempDir
    Path dir;

    @Test
    void aPictureWrittenIntoTheTemplateReadsBackDotForDot() {
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            boolean[][] px = new boolean[1 + random.nextInt(60)][1 + random.nextInt(90)];
            for (boolean[] row : px) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = random.nextBoolean();
                }
            }
            assertArrayEquals(px, InlinePicture.read(InlinePicture.of(px)));
        }
    }

    @Test
    void aTemplateWithAPictureIsSavedAsOneJsonAndLoadsWithItsPicture() {
        boolean[][] logo = {{true, false, true}, {false, true, false}};
        LabelTemplate t = new LabelTemplate(
                "logo",
                "Logo",
                "other",
                LabelTemplate.Kind.SHIPPING,
                false,
                58,
                40,
                List.of(new Element.Image("picture", new Rect(2, 2, 10, 7), logo)));
        String json = new TemplateWriter(i -> InlinePicture.of(i.pixels())).write(t);
        assertTrue(json.contains("data:image/png;base64,"));
        Element.Image back =
                (Element.Image) TemplateLibrary.read(json).elements().get(0);
        assertArrayEquals(logo, back.pixels());
    }

    @Test
    void aDamagedPictureIsRefusedWithTheReason() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> InlinePicture.read("data:image/png;base64,@@@"));
        assertTrue(e.getMessage().contains("base64"), e.getMessage());
    }

    @Test
    void aLogoLargerThanTheLabelIsScaledDownToFitAndSplitAtMidGrey() throws Exception {
        BufferedImage big = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = big.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 2000, 1000);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 1000, 1000);
        g.dispose();
        Path file = dir.resolve("logo.png");
        ImageIO.write(big, "png", file.toFile());
        PictureFile.Picture p = PictureFile.read(file, 203, 54, 36);
        assertTrue(
                p.pixels()[0].length <= org.packbench.label.Dots.of(54, 203)
                        && p.pixels().length <= org.packbench.label.Dots.of(36, 203),
                "at most the room given, in the printer's dots");
        assertEquals(2.0, (double) p.pixels()[0].length / p.pixels().length, 0.02, "the shape is kept");
        assertTrue(p.pixels()[10][10], "the black half stays black");
        assertTrue(!p.pixels()[10][p.pixels()[0].length - 10], "the white half stays white");
    }

    @Test
    void aSmallFileThatUnpacksToAHugePictureIsRefusedBeforeItIsUnpacked() throws Exception {
        BufferedImage huge = new BufferedImage(5000, 4000, BufferedImage.TYPE_BYTE_BINARY);
        Path file = dir.resolve("huge.png");
        ImageIO.write(huge, "png", file.toFile());
        assertTrue(java.nio.file.Files.size(file) < 1_000_000, "a blank picture packs small");
        ProblemException e = assertThrows(ProblemException.class, () -> PictureFile.read(file, 203, 50, 30));
        assertEquals("picture.tooLarge", e.problem().key());
    }

    @Test
    void aFileThatIsNoPictureIsNamed() throws Exception {
        Path file = dir.resolve("notes.png");
        java.nio.file.Files.writeString(file, "not a picture");
        ProblemException e = assertThrows(ProblemException.class, () -> PictureFile.read(file, 203, 50, 30));
        assertEquals("picture.notAnImage", e.problem().key());
    }
}
