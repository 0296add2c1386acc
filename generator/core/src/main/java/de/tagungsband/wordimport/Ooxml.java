package de.tagungsband.wordimport;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names of WordprocessingML and small helpers to read the XML that POI has parsed (XMLBeans), for the parts of a
 * paragraph that POI's usermodel does not show in document order (tracked changes, fields, text boxes).
 */
final class Ooxml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String V = "urn:schemas-microsoft-com:vml";
    static final String O = "urn:schemas-microsoft-com:office:office";

    private Ooxml() {
    }

    /** The element children of an element, in document order. */
    static List<XmlObject> children(XmlObject element) {
        List<XmlObject> children = new ArrayList<>();
        try (XmlCursor cursor = element.newCursor()) {
            if (cursor.toFirstChild()) {
                do {
                    children.add(cursor.getObject());
                } while (cursor.toNextSibling());
            }
        }
        return children;
    }

    static QName name(XmlObject element) {
        try (XmlCursor cursor = element.newCursor()) {
            return cursor.getName();
        }
    }

    static boolean is(XmlObject element, String namespace, String local) {
        QName name = name(element);
        return name != null && namespace.equals(name.getNamespaceURI()) && local.equals(name.getLocalPart());
    }

    /** A WordprocessingML element's local name, or "" for elements of other namespaces. */
    static String w(XmlObject element) {
        QName name = name(element);
        return name != null && W.equals(name.getNamespaceURI()) ? name.getLocalPart() : "";
    }

    static String attribute(XmlObject element, String namespace, String local) {
        try (XmlCursor cursor = element.newCursor()) {
            String value = cursor.getAttributeText(new QName(namespace, local));
            return value == null ? "" : value;
        }
    }

    static String text(XmlObject element) {
        try (XmlCursor cursor = element.newCursor()) {
            return cursor.getTextValue();
        }
    }

    static Optional<XmlObject> child(XmlObject element, String namespace, String local) {
        return children(element).stream().filter(c -> is(c, namespace, local)).findFirst();
    }

    /** The descendants of an element with the given name, in document order; of alternative content only the first choice. */
    static List<XmlObject> descendants(XmlObject element, String namespace, String local) {
        List<XmlObject> found = new ArrayList<>();
        collect(element, namespace, local, found);
        return found;
    }

    private static void collect(XmlObject element, String namespace, String local, List<XmlObject> found) {
        for (XmlObject child : children(element)) {
            if (is(child, namespace, local)) {
                found.add(child);
            } else if (is(child, MC, "AlternateContent")) {
                children(child).stream().findFirst().ifPresent(choice -> collect(choice, namespace, local, found));
            } else {
                collect(child, namespace, local, found);
            }
        }
    }

    /** Whether an on/off property such as {@code <w:b/>} or {@code <w:b w:val="false"/>} is on. */
    static boolean on(XmlObject property) {
        String value = attribute(property, W, "val");
        return value.isEmpty() || value.equals("true") || value.equals("1") || value.equals("on");
    }
}
