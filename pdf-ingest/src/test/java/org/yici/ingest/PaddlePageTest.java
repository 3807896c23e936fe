package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaddlePageTest {
    private static TextBox box(String text, int x, int width) {
        return new TextBox(text, new BoundingBox(x, 100, width, 40), 0.99, List.of());
    }

    @Test
    void aNumberTheDetectorCutInTwoIsOneNumberAgain() {
        assertThat(PaddlePage.oneNumber(box("1380000", 100, 200), box("0000", 310, 120)))
                .isTrue();
    }

    @Test
    void numbersFarApartOrNextToWordsKeepTheirSpace() {
        assertThat(PaddlePage.oneNumber(box("100080", 100, 200), box("2026", 400, 120)))
                .isFalse();
        assertThat(PaddlePage.oneNumber(box("联系电话", 100, 200), box("13800000000", 305, 300)))
                .isFalse();
        assertThat(PaddlePage.oneNumber(box("27号", 100, 100), box("1层", 205, 60)))
                .isFalse();
    }
}
