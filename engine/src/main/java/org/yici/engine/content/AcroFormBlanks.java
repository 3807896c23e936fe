package org.yici.engine.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDPushButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.yici.rules.model.BlankLabel;
import org.yici.rules.model.SignatureLook;
import org.yici.rules.model.Text;

/**
 * Fillable PDF forms (AcroForm): a field the form itself marks required (the Ff "required" flag)
 * and left empty is a blank labelled field, named by its tooltip (what the form shows the person
 * filling it in) or else its name. Signature places (signature fields, and fields labelled
 * 签字/签名/签章) are not blanks but signatures: signed or not.
 *
 * <p>A stack PDF (a whole package scanned or assembled at once, issue 18) holds the fields of every
 * document in it in one form: each document is given only the fields whose widgets lie on its own
 * pages (a widget names its page, or is listed among a page's annotations).
 */
final class AcroFormBlanks {
    private static final Pattern SIGNATURE_LABEL = Pattern.compile("[(（]?(?:签字|签名|签章)[)）]?[:：]?");

    private AcroFormBlanks() {}

    static List<BlankLabel> of(String material, String document, byte[] pdf) {
        return read(pdf).blanks(material, document, null);
    }

    /**
     * Every signature place of a fillable form: a digital signature field is signed when it holds a
     * signature; a text field labelled 签字/签名/签章 when something was written into it.
     */
    static List<SignatureLook> signatures(String material, String document, byte[] pdf) {
        return read(pdf).signatures(material, document, null);
    }

    /**
     * The form of a PDF, walked once: a stack's documents each take the fields on their own pages
     * from it (loading a stack PDF again per document and per kind of field was the check's work
     * growing with the stack's length).
     */
    static Form read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            if (form == null) {
                return Form.NONE;
            }
            List<Field> fields = new ArrayList<>();
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDNonTerminalField) {
                    continue;
                }
                List<Integer> pages = new ArrayList<>();
                field.getWidgets().forEach(w -> pages.add(pageOf(doc, w)));
                String value = field.getValueAsString();
                boolean filled =
                        field instanceof PDSignatureField s ? s.getValue() != null : value != null && !value.isBlank();
                if (signaturePlace(field)) {
                    fields.add(new Field(true, label(field), filled, pages));
                } else if (!(field instanceof PDPushButton) && field.isRequired()) {
                    fields.add(new Field(false, label(field), filled, pages));
                }
            }
            return new Form(List.copyOf(fields));
        } catch (IOException e) {
            // Ingest read this PDF already; a form that cannot be walked again gives no verdict.
            return Form.NONE;
        }
    }

    /**
     * A field that matters: a signature place, or a required field.
     *
     * @param pages the page (1-based) of each of its widgets, 0 for a widget on no page
     */
    record Field(boolean signaturePlace, String label, boolean filled, List<Integer> pages) {
        /**
         * The first of {@code own} (null: any) one of its widgets lies on; 0 when none does. A
         * field on no page at all counts as on page 1.
         */
        int pageIn(Set<Integer> own) {
            boolean placed = false;
            for (int page : pages) {
                if (page > 0) {
                    placed = true;
                    if (own == null || own.contains(page)) {
                        return page;
                    }
                }
            }
            return placed || (own != null && !own.contains(1)) ? 0 : 1;
        }
    }

    /** The fields of a PDF's form that matter. */
    record Form(List<Field> fields) {
        static final Form NONE = new Form(List.of());

        /**
         * Required fields left empty on the document's pages.
         *
         * @param pages the pages of the PDF (1-based) the document consists of; null for all
         */
        List<BlankLabel> blanks(String material, String document, Set<Integer> pages) {
            List<BlankLabel> blanks = new ArrayList<>();
            for (Field field : fields) {
                int page = field.pageIn(pages);
                if (!field.signaturePlace() && !field.filled() && page > 0) {
                    blanks.add(new BlankLabel(material, document, page, field.label()));
                }
            }
            return blanks;
        }

        /** The signature places on the document's pages (null: all), signed or not. */
        List<SignatureLook> signatures(String material, String document, Set<Integer> pages) {
            List<SignatureLook> looks = new ArrayList<>();
            for (Field field : fields) {
                int page = field.pageIn(pages);
                if (field.signaturePlace() && page > 0) {
                    looks.add(new SignatureLook(material, document, page, party(field.label()), field.filled()));
                }
            }
            return looks;
        }
    }

    private static boolean signaturePlace(PDField field) {
        return field instanceof PDSignatureField
                || SIGNATURE_LABEL.matcher(Text.normalise(label(field))).find();
    }

    /** "经营者签字" → 经营者; a label that names nobody ("签名", "Signature1") → "". */
    static String party(String label) {
        String normalised = Text.normalise(label);
        Matcher m = SIGNATURE_LABEL.matcher(normalised);
        String before = m.find() ? normalised.substring(0, m.start()) : "";
        return before.matches("[\\p{IsHan}]{1,6}") ? before : "";
    }

    /** What the form shows the person filling it in: the tooltip, else the field's name. */
    private static String label(PDField field) {
        return field.getAlternateFieldName() != null ? field.getAlternateFieldName() : field.getPartialName();
    }

    /**
     * The page (1-based) a widget lies on: its page entry, or (/P is optional) the page whose
     * annotations list it; 0 when neither places it.
     */
    private static int pageOf(PDDocument doc, PDAnnotationWidget widget) {
        if (widget.getPage() != null) {
            int index = doc.getPages().indexOf(widget.getPage());
            if (index >= 0) {
                return index + 1;
            }
        }
        COSDictionary annotation = widget.getCOSObject();
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            try {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a.getCOSObject() == annotation) {
                        return number;
                    }
                }
            } catch (IOException e) {
                // A page whose annotations cannot be read holds no widget we can place.
            }
        }
        return 0;
    }
}
