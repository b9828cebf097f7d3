package io.github.binhdang.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressStatusTest {

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
        "ACHIEVED, Đã đạt, Achieved",
        "ON_TRACK, Đúng tiến độ, On track",
        "NEEDS_ACCELERATION, Cần đẩy nhanh, Needs acceleration",
        "OFF_TRACK, Chệch tiến độ, Off track",
        "REGRESSING, Đang đi lùi, Regressing",
        "NO_DATA, Chưa có số liệu, No data",
    })
    void hasABilingualTitleInNfc(ProgressStatus status, String vi, String en) {
        assertThat(status.title().vi()).isEqualTo(vi);
        assertThat(status.title().en()).isEqualTo(en);
        assertThat(Normalizer.isNormalized(status.title().vi(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void runsFromTheBestToTheLeastKnown() {
        assertThat(ProgressStatus.values()).containsExactly(ProgressStatus.ACHIEVED, ProgressStatus.ON_TRACK,
                ProgressStatus.NEEDS_ACCELERATION, ProgressStatus.OFF_TRACK, ProgressStatus.REGRESSING,
                ProgressStatus.NO_DATA);
    }
}
