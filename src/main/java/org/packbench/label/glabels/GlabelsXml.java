package org.packbench.label.glabels;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.packbench.i18n.ProblemException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A gLabels file's XML, parsed as a file from anyone must be: no DTD, so no entity can expand to
 * gigabytes or reach for a file or a URL on the bench. gLabels writes none, so no real file loses
 * anything by it.
 */
final class GlabelsXml {
    private GlabelsXml() {}

    /** The document in {@code xml}, which declares its own encoding (gLabels writes UTF-8). */
    static Document parse(byte[] xml) {
        return parse(new InputSource(new ByteArrayInputStream(xml)));
    }

    static Document parse(String xml) {
        return parse(new InputSource(new StringReader(xml)));
    }

    private static Document parse(InputSource xml) {
        try {
            DocumentBuilder builder = builder();
            // Without a handler of its own the JDK's parser prints "[Fatal Error]" on stderr.
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // A warning changes nothing that is read.
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(xml);
        } catch (SAXParseException e) {
            throw new ProblemException("glabels.notXml", String.valueOf(e.getMessage()), e.getLineNumber());
        } catch (SAXException | IOException e) {
            throw new ProblemException("glabels.notXml", String.valueOf(e.getMessage()), 0);
        }
    }

    private static DocumentBuilder builder() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser knows these features", e);
        }
    }
}
