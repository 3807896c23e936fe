package org.yici.engine.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.yici.rules.model.Text;

/** Reading a printed value back at its label, as the lines of a read form give it. */
class HandedBackFormsTest {
    static final List<String> LABELS = List.of("委托代理人姓名", "经营者姓名", "经营场所", "联系电话", "住址");

    static HandedBackForms.Page page(String... lines) {
        return new HandedBackForms.Page(1, List.of(lines));
    }

    @Test
    void theValueStandsAfterItsLabelUpToTheSourceNote() {
        var read = HandedBackForms.find("联系电话", LABELS, List.of(page("联系电话:13800138000来源:既往办件01J(2026-03-02)")));
        assertThat(read).get().extracting(HandedBackForms.Read::value).isEqualTo("13800138000");
    }

    /** On a scan at 200 dpi OCR reads the note's small colon as nothing about one time in five. */
    @Test
    void theSourceNoteEndsTheValueWhenItsColonWasNotRead() {
        var read =
                HandedBackForms.find("联系电话", LABELS, List.of(page("联系电话:13800138000来源既往办件01J(2026-03-02)", "个体工商户信息")));
        assertThat(read).get().satisfies(r -> {
            assertThat(r.value()).isEqualTo("13800138000");
            assertThat(r.withFollowing()).isEqualTo("13800138000");
        });
    }

    @Test
    void everySourceTheFormPrintsIsKnownWithAndWithoutItsColon() {
        ResourceBundle messages = ResourceBundle.getBundle("org.yici.engine.form.messages", Locale.ROOT);
        for (FormSource source : FormSource.values()) {
            String note = Text.normalise(messages.getString("form.source." + source));
            assertThat(HandedBackForms.SOURCE.matcher(note).lookingAt())
                    .as(note)
                    .isTrue();
            assertThat(HandedBackForms.SOURCE.matcher(note.replace(":", "")).lookingAt())
                    .as(note)
                    .isTrue();
        }
    }

    @Test
    void theWordSourceInsideAValueIsNoNote() {
        var read = HandedBackForms.find("经营场所", LABELS, List.of(page("经营场所:水源来源路1号")));
        assertThat(read).get().extracting(HandedBackForms.Read::value).isEqualTo("水源来源路1号");
    }

    @Test
    void aLabelInsideALongerOneIsNotIt() {
        var read = HandedBackForms.find("经营者姓名", LABELS, List.of(page("委托代理人姓名:李四"), page("经营者姓名:王五")));
        assertThat(read).get().extracting(HandedBackForms.Read::value).isEqualTo("王五");
    }

    @Test
    void twoLabelsOnOneLineEachTakeTheirOwnValue() {
        var read = HandedBackForms.find("住址", LABELS, List.of(page("住址:北京市朝阳区联系电话:13800138000")));
        assertThat(read).get().extracting(HandedBackForms.Read::value).isEqualTo("北京市朝阳区");
    }

    @Test
    void aLongValueGoesOnOverTheNextLinesOfItsCell() {
        var read = HandedBackForms.find(
                "经营场所", LABELS, List.of(page("经营场所:北京市朝阳区建国路", "88号院3号楼101室", "来源:既往办件", "联系电话:1")));
        assertThat(read).get().satisfies(r -> {
            assertThat(r.value()).isEqualTo("北京市朝阳区建国路");
            assertThat(r.withFollowing()).isEqualTo("北京市朝阳区建国路88号院3号楼101室");
        });
    }

    @Test
    void theNumberIsFoundOnItsLine() {
        assertThat(HandedBackForms.numberOn(List.of(page("办理事项:个体工商户设立登记", "预填编号:012345678901(交回时据此核对所填内容)"))))
                .contains("012345678901");
    }
}
