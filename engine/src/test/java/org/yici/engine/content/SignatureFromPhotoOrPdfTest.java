package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.ingest.corpus.ContentCorpus;
import org.yici.ingest.corpus.ContentDefect;
import org.yici.ingest.corpus.ContentPage;
import org.yici.ingest.corpus.Images;
import org.yici.ingest.corpus.MaterialKind;
import org.yici.ingest.corpus.Split;
import org.yici.ingest.corpus.StackCorpus;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.SignatureLook;

/**
 * The same lease page sent as a 200-dpi JPEG photo and as a scanned PDF (rendered at 300 dpi for
 * OCR) is judged the same: signed in both or unsigned in both, through the real OCR. The signed
 * page is the stack corpus's faded lease signature page that once drew three MISSING_SIGNATURE
 * findings as a photo (one read from "自双方签字之日起生效") and none as a PDF.
 */
class SignatureFromPhotoOrPdfTest {
    private static final String LEASE = "GTGSH-SL-03";

    /** A stack's lease signature page: the remaining clauses, then 甲方签字：… 乙方签字：… with names. */
    private record SignaturePage(StackCorpus.Stack stack, int page) {}

    private static SignaturePage fadedSignaturePage() {
        for (StackCorpus.Stack stack : StackCorpus.stacks(Split.TUNE, 6)) {
            for (StackCorpus.Document d : stack.documents()) {
                if (d.role() == StackCorpus.Role.LEASE && d.pages().size() == 2) {
                    return new SignaturePage(stack, d.pages().get(1));
                }
            }
        }
        throw new IllegalStateException("no two-page lease among the first TUNE stacks");
    }

    private static DocumentEvidence read(String name, byte[] bytes) {
        return ScanCheck.read(LEASE, name, bytes);
    }

    private static List<FindingCode> findings(DocumentEvidence read, Party applicant) {
        List<String> ticked = new ArrayList<>(List.of("GTGSH-SL-01", "GTGSH-SL-02"));
        return ScanCheck.check("GTGSH-SL", applicant, null, Map.of(LEASE, read), ticked).findings().stream()
                .map(FindingView::code)
                .toList();
    }

    @Test
    void aSignedLeasePageIsSignedAsAPhotoAndAsAPdfAndItsClauseIsNoPlaceToSign() {
        SignaturePage s = fadedSignaturePage();
        BufferedImage image = s.stack().images().get(s.page() - 1);
        Party applicant = new Party(
                ApplicantType.PERSON, s.stack().applicantName(), s.stack().applicantId(), null);
        for (DocumentEvidence read : List.of(
                read("lease.jpg", Images.jpeg(image, 0.85f, 200)),
                read("lease.pdf", s.stack().pdf(List.of(s.page()))))) {
            assertThat(read.reading().signatures())
                    .as(read.file())
                    .extracting(SignatureLook::party, SignatureLook::signed)
                    .extracting(t -> t.toList().get(0) + "=" + t.toList().get(1))
                    .containsExactly("甲方=true", "乙方=true");
            assertThat(findings(read, applicant)).as(read.file()).doesNotContain(FindingCode.MISSING_SIGNATURE);
        }
    }

    @Test
    void anUnsignedLeaseMissesItsSignatureAsAPhotoAndAsAPdf() {
        ContentPage unsigned = ContentCorpus.split(Split.TUNE).stream()
                .filter(p -> p.material() == MaterialKind.LEASE && p.defect() == ContentDefect.UNSIGNED)
                .findFirst()
                .orElseThrow();
        BufferedImage image = Images.decode(unsigned.encoded());
        byte[] pdf = new StackCorpus.Stack("unsigned", "", "", null, null, List.of(), List.of(), List.of(image)).pdf();
        Party applicant = new Party(ApplicantType.PERSON, unsigned.applicantName(), unsigned.applicantIdNumber(), null);
        for (DocumentEvidence read :
                List.of(read("lease.jpg", Images.jpeg(image, 0.85f, unsigned.dpi())), read("lease.pdf", pdf))) {
            assertThat(read.reading().signatures()).as(read.file()).anySatisfy(look -> assertThat(look.signed())
                    .isFalse());
            assertThat(findings(read, applicant)).as(read.file()).contains(FindingCode.MISSING_SIGNATURE);
        }
    }
}
