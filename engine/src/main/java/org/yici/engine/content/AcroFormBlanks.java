package org.yici.engine.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDPushButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.yici.rules.model.BlankLabel;

/**
 * Fillable PDF forms (AcroForm): a field the form itself marks required (the Ff "required" flag)
 * and left empty is a blank labelled field, named by its tooltip (what the form shows the person
 * filling it in) or else its name.
 */
final class AcroFormBlanks {
    private AcroFormBlanks() {}

    static List<BlankLabel> of(String material, String document, byte[] pdf) {
        List<BlankLabel> blanks = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            if (form == null) {
                return List.of();
            }
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDNonTerminalField
                        || field instanceof PDPushButton
                        || field instanceof PDSignatureField
                        || !field.isRequired()) {
                    continue;
                }
                String value = field.getValueAsString();
                if (value == null || value.isBlank()) {
                    String label = field.getAlternateFieldName() != null
                            ? field.getAlternateFieldName()
                            : field.getPartialName();
                    blanks.add(new BlankLabel(material, document, pageOf(doc, field), label));
                }
            }
        } catch (IOException e) {
            // Ingest read this PDF already; a form that cannot be walked again gives no verdict.
            return List.of();
        }
        return blanks;
    }

    private static int pageOf(PDDocument doc, PDField field) {
        for (PDAnnotationWidget widget : field.getWidgets()) {
            if (widget.getPage() != null) {
                int index = doc.getPages().indexOf(widget.getPage());
                if (index >= 0) {
                    return index + 1;
                }
            }
        }
        return 1;
    }
}
