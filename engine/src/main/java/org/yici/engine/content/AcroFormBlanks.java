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
        return of(material, document, pdf, null);
    }

    /**
     * @param pages the pages of {@code pdf} (1-based) the document consists of; null for all. A
     *     field is the document's when one of its widgets lies on one of them; a field placed on no
     *     page counts as on page 1.
     */
    static List<BlankLabel> of(String material, String document, byte[] pdf, Set<Integer> pages) {
        List<BlankLabel> blanks = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            if (form == null) {
                return List.of();
            }
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDNonTerminalField
                        || field instanceof PDPushButton
                        || signaturePlace(field)
                        || !field.isRequired()) {
                    continue;
                }
                int page = pageOf(doc, field, pages);
                if (page == 0) {
                    continue;
                }
                String value = field.getValueAsString();
                if (value == null || value.isBlank()) {
                    blanks.add(new BlankLabel(material, document, page, label(field)));
                }
            }
        } catch (IOException e) {
            // Ingest read this PDF already; a form that cannot be walked again gives no verdict.
            return List.of();
        }
        return blanks;
    }

    /**
     * Every signature place of a fillable form: a digital signature field is signed when it holds a
     * signature; a text field labelled 签字/签名/签章 when something was written into it.
     */
    static List<SignatureLook> signatures(String material, String document, byte[] pdf) {
        return signatures(material, document, pdf, null);
    }

    /** As {@link #signatures(String, String, byte[])}, for the document on {@code pages} (null: all). */
    static List<SignatureLook> signatures(String material, String document, byte[] pdf, Set<Integer> pages) {
        List<SignatureLook> looks = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            if (form == null) {
                return List.of();
            }
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDNonTerminalField || !signaturePlace(field)) {
                    continue;
                }
                int page = pageOf(doc, field, pages);
                if (page == 0) {
                    continue;
                }
                boolean signed = field instanceof PDSignatureField s
                        ? s.getValue() != null
                        : field.getValueAsString() != null
                                && !field.getValueAsString().isBlank();
                looks.add(new SignatureLook(material, document, page, party(label(field)), signed));
            }
        } catch (IOException e) {
            // Ingest read this PDF already; a form that cannot be walked again gives no verdict.
            return List.of();
        }
        return looks;
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
     * The first page (1-based) of {@code pages} one of the field's widgets lies on; 0 when none
     * does. A widget without its page entry (/P is optional) is looked up among the pages'
     * annotations; a field on no page at all counts as on page 1.
     */
    private static int pageOf(PDDocument doc, PDField field, Set<Integer> pages) {
        boolean placed = false;
        for (PDAnnotationWidget widget : field.getWidgets()) {
            int page = pageOf(doc, widget);
            if (page > 0) {
                placed = true;
                if (pages == null || pages.contains(page)) {
                    return page;
                }
            }
        }
        return placed || (pages != null && !pages.contains(1)) ? 0 : 1;
    }

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
