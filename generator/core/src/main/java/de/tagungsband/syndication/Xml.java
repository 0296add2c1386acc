package de.tagungsband.syndication;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A small frame around StAX: a UTF-8 document with declaration, and text cleaned of characters XML forbids. */
final class Xml {

    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private Xml() {
    }

    static byte[] document(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Removes control characters that XML 1.0 does not allow (StAX escapes &lt; &amp; but would pass these). */
    static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
