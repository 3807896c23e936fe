package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.yici.rules.model.BlankLabel;
import org.yici.rules.model.SignatureLook;

/** Required AcroForm fields left empty are blank labelled fields; filled or optional ones are not. */
class AcroFormBlanksTest {

    static byte[] form(String premises, String phone) throws Exception {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            PDPage second = new PDPage();
            doc.addPage(second);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 10 Tf 0 g");
            form.getFields().add(field(form, second, "premises", "经营场所", true, premises, 700));
            form.getFields().add(field(form, second, "phone", "联系电话", false, phone, 650));
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDTextField field(
            PDAcroForm form, PDPage page, String name, String tooltip, boolean required, String value, float y)
            throws Exception {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        field.setAlternateFieldName(tooltip);
        field.setRequired(required);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(100, y, 300, 20));
        widget.setPage(page);
        page.getAnnotations().add(widget);
        if (value != null) {
            field.setValue(value);
        }
        return field;
    }

    @Test
    void anEmptyRequiredFieldIsBlankOnItsPageByItsTooltip() throws Exception {
        assertThat(AcroFormBlanks.of("m1", "form.pdf", form(null, null)))
                .containsExactly(new BlankLabel("m1", "form.pdf", 2, "经营场所"));
    }

    @Test
    void aFilledRequiredFieldIsNot() throws Exception {
        assertThat(AcroFormBlanks.of("m1", "form.pdf", form("Zhongguancun 27", null)))
                .isEmpty();
    }

    @Test
    void aPdfWithoutAFormHasNoBlanks() throws Exception {
        assertThat(AcroFormBlanks.of("m1", "x.pdf", org.yici.ingest.corpus.PdfFixtures.textLayerPdf(1)))
                .isEmpty();
    }

    static byte[] signable(String signedName) throws Exception {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 10 Tf 0 g");
            form.getFields().add(field(form, page, "sign", "经营者签字", true, signedName, 600));
            PDSignatureField digital = new PDSignatureField(form);
            digital.setPartialName("Signature1");
            digital.setAlternateFieldName("委托人（签章）");
            PDAnnotationWidget widget = digital.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(100, 500, 200, 40));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            form.getFields().add(digital);
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void signaturePlacesOfAFormAreLookedAtNotCalledBlank() throws Exception {
        byte[] unsigned = signable(null);
        assertThat(AcroFormBlanks.of("m1", "form.pdf", unsigned)).isEmpty();
        assertThat(AcroFormBlanks.signatures("m1", "form.pdf", unsigned))
                .containsExactlyInAnyOrder(
                        new SignatureLook("m1", "form.pdf", 1, "经营者", false),
                        new SignatureLook("m1", "form.pdf", 1, "委托人", false));
        assertThat(AcroFormBlanks.signatures("m1", "form.pdf", signable("Zhang San")))
                .contains(new SignatureLook("m1", "form.pdf", 1, "经营者", true));
    }
}
