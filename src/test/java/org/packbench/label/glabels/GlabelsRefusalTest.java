package org.packbench.label.glabels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packbench.label.glabels.GlabelsDocuments.IDENTITY;
import static org.packbench.label.glabels.GlabelsDocuments.document;
import static org.packbench.label.glabels.GlabelsDocuments.imported;
import static org.packbench.label.glabels.GlabelsDocuments.label;
import static org.packbench.label.glabels.GlabelsDocuments.text;

import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;

/** Files that are no gLabels label, or nothing of which carries over, are refused in words. */
class GlabelsRefusalTest {

    private static ProblemException refused(String xml) {
        return assertThrows(ProblemException.class, () -> imported(xml));
    }

    @Test
    void textThatIsNotXmlIsRefusedWithTheParsersReasonAndLine() {
        ProblemException e = refused("Наименование,Вес\nКружка,300\n");
        assertEquals("glabels.notXml", e.problem().key());
        ProblemException broken = refused(label(text("x")).replace("</Objects>", ""));
        assertEquals("glabels.notXml", broken.problem().key());
        assertTrue(broken.getMessage().matches(".*\\(line \\d+\\)"), broken.getMessage());
    }

    @Test
    void xmlThatIsNotAGLabelsDocumentIsRefusedNamingWhatItHolds() {
        ProblemException e = refused("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertEquals("glabels.notGlabels", e.problem().key());
        assertTrue(e.getMessage().contains("<svg>"), e.getMessage());
    }

    @Test
    void aGLabels04DocumentIsSentThroughGLabels3First() {
        ProblemException e = refused("<?xml version=\"1.0\"?><Document xmlns=\"http://snaught.com/glabels/0.4/\"/>");
        assertEquals("glabels.oldFormat", e.problem().key());
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityExpandsOrReachesForAFile() {
        String xxe =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE Glabels-document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                        + label(text("&x;")).replace("<?xml version=\"1.0\"?>\n", "");
        assertEquals("glabels.notXml", refused(xxe).problem().key());
        String laughs =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                        + "<d>&b;</d>";
        assertEquals("glabels.notXml", refused(laughs).problem().key());
    }

    @Test
    void aDocumentWithNoLabelSizeIsRefused() {
        String noLabel = "<?xml version=\"1.0\"?>\n<Glabels-document xmlns=\"http://glabels.org/xmlns/3.0/\">"
                + "<Template brand=\"x\" part=\"y\"/><Objects id=\"0\" rotate=\"False\"/></Glabels-document>";
        assertEquals("glabels.noLabel", refused(noLabel).problem().key());
    }

    @Test
    void aLabelNothingOfWhichCarriesOverIsRefusedRatherThanMadeAnEmptyTemplate() {
        String onlyPictures = label(
                "    <Object-image x=\"0mm\" y=\"0mm\" w=\"10mm\" h=\"10mm\" src=\"logo.png\" " + IDENTITY + "/>\n");
        ProblemException e = refused(onlyPictures);
        assertEquals("glabels.nothing", e.problem().key());
        assertTrue(e.getMessage().contains("none of its 1 objects"), e.getMessage());
    }

    @Test
    void aLabelOfMoreObjectsThanAnyLabelHasIsRefusedBeforeItIsChecked() {
        String many = text("x").repeat(GlabelsLayout.MAX_OBJECTS + 1);
        ProblemException e = refused(document(GlabelsDocuments.rectangle("58mm", "40mm"), many));
        assertEquals("glabels.tooManyObjects", e.problem().key());
    }

    @Test
    void aNumberThatIsNotOneIsRefusedNamingTheElementAndTheAttribute() {
        ProblemException e = refused(label(text("x").replace("font_size=\"10\"", "font_size=\"large\"")));
        assertEquals("glabels.number", e.problem().key());
        assertTrue(e.getMessage().contains("<Span> has font_size=\"large\""), e.getMessage());
    }
}
