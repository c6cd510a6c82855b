package org.packbench.gs1;

import java.util.List;
import org.packbench.i18n.ProblemException;

/**
 * Reads GS1 element strings in the forms a workstation meets them and checks them completely:
 * AIs, lengths, character sets, check digits, dates, code lists and the associations between
 * AIs. Anything wrong is a {@link ProblemException} naming the AI, the 1-based position in the
 * input and the rule broken.
 */
public final class Gs1Parser {
    private Gs1Parser() {}

    /** "(01)09506000134352(17)201225(10)ABC123"; a literal '(' in a value is written "\(". */
    public static ElementString parseBracketed(String text) {
        return checked(BracketedReader.read(nonNull(text)));
    }

    /**
     * Part of a larger element string, such as a logistic label's content that goes with an SSCC
     * the bench allocates later: each value is checked fully, the associations between AIs only
     * when the whole is put together ({@link Gs1Check#validate}).
     */
    public static ElementString parseBracketedPart(String text) {
        List<ParsedElement> elements = BracketedReader.read(nonNull(text));
        for (ParsedElement e : elements) {
            ValueValidator.checkContent(e);
        }
        return new ElementString(elements.stream().map(ParsedElement::element).toList());
    }

    /**
     * One symbol of a label that spreads its data over several (a GS1 logistic label): values
     * checked fully, associations left to the label as a whole, as for {@link #parseBracketedPart}.
     */
    public static ElementString parseScanDataPart(String scan) {
        String input = nonNull(scan);
        if (input.length() < 3
                || input.charAt(0) != ']'
                || Symbology.byIdentifier(input.substring(0, 3)).isEmpty()) {
            throw new ProblemException("gs1.scan.noSymbologyId");
        }
        List<ParsedElement> elements = UnbracketedReader.read(SourceText.of(input, 3, null));
        for (ParsedElement e : elements) {
            ValueValidator.checkContent(e);
        }
        return new ElementString(elements.stream().map(ParsedElement::element).toList());
    }

    /**
     * What a scanner sends: an AIM symbology identifier (]C1, ]d2, ]Q3 or ]e0) and then the
     * element string, with GS (ASCII 29) ending each variable-length value that is not last.
     */
    public static ElementString parseScanData(String scan) {
        return parseScanData(scan, null);
    }

    /**
     * The same, for a scanner configured to send {@code gsStandIn} (e.g. "&lt;GS&gt;", "~", "|")
     * instead of GS. The stand-in must not occur inside values; raw GS is accepted as well.
     */
    public static ElementString parseScanData(String scan, String gsStandIn) {
        String input = nonNull(scan);
        checkStandIn(gsStandIn);
        if (input.isEmpty()) {
            throw new ProblemException("gs1.input.empty");
        }
        if (input.length() < 3 || input.charAt(0) != ']') {
            throw new ProblemException("gs1.scan.noSymbologyId");
        }
        String identifier = input.substring(0, 3);
        if (Symbology.byIdentifier(identifier).isEmpty()) {
            throw new ProblemException("gs1.scan.notGs1", identifier);
        }
        return checked(UnbracketedReader.read(SourceText.of(input, 3, gsStandIn)));
    }

    /**
     * Unbracketed data that the caller knows to be GS1 although it carries no symbology
     * identifier, e.g. from a scanner that does not transmit one. {@code gsStandIn} may be null.
     */
    public static ElementString parseUnbracketed(String data, String gsStandIn) {
        checkStandIn(gsStandIn);
        return checked(UnbracketedReader.read(SourceText.of(nonNull(data), 0, gsStandIn)));
    }

    private static ElementString checked(List<ParsedElement> elements) {
        for (ParsedElement e : elements) {
            ValueValidator.checkContent(e);
        }
        Associations.check(elements);
        return new ElementString(elements.stream().map(ParsedElement::element).toList());
    }

    private static String nonNull(String text) {
        if (text == null) {
            throw new ProblemException("gs1.input.empty");
        }
        return text;
    }

    private static void checkStandIn(String gsStandIn) {
        if (gsStandIn != null && gsStandIn.isEmpty()) {
            throw new ProblemException("gs1.standIn.empty");
        }
    }
}
