package de.tagungsband.pdf;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The operators of a page's content, in order, with those of the forms it draws in place of their {@code Do}. */
final class PdfOperations {

    /**
     * One operator with its operands (numbers as floats, names as their names).
     *
     * @param colourSpace for {@code cs}/{@code CS}: the space its operand names, e.g. "Separation All"
     */
    record Op(String name, List<Object> operands, String colourSpace) {
    }

    static List<Op> of(PDPage page) throws IOException {
        List<Op> ops = new ArrayList<>();
        add(page, page.getResources(), ops, 0);
        return ops;
    }

    private static void add(PDContentStream content, PDResources resources, List<Op> ops, int depth) throws IOException {
        List<Object> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(content).parse()) {
            if (!(token instanceof Operator operator)) {
                operands.add(token instanceof COSNumber n ? (Object) n.floatValue()
                        : token instanceof COSName n ? n.getName() : token);
                continue;
            }
            String space = "";
            if ((operator.getName().equals("cs") || operator.getName().equals("CS")) && !operands.isEmpty()) {
                space = spaceOf(resources, operands.get(0).toString());
            }
            ops.add(new Op(operator.getName(), List.copyOf(operands), space));
            if (operator.getName().equals("Do") && resources != null && depth < 8
                    && resources.getXObject(COSName.getPDFName(operands.get(0).toString())) instanceof PDFormXObject form) {
                add(form, form.getResources() == null ? resources : form.getResources(), ops, depth + 1);
            }
            operands.clear();
        }
    }

    private static String spaceOf(PDResources resources, String name) {
        if (resources == null || resources.getCOSObject().getCOSDictionary(COSName.COLORSPACE) == null) {
            return name;
        }
        COSBase space = resources.getCOSObject().getCOSDictionary(COSName.COLORSPACE).getDictionaryObject(name);
        if (space instanceof COSArray array && array.size() > 1) {
            return array.getName(0) + " " + array.getName(1);
        }
        return name;
    }
}
