package io.github.binhdang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quảng Bình 2022 (seed 002). */
class QuangBinh2022Test {

    @Test
    void convertsMoneyExactlyAndCountsSheltersByDistrict(@TempDir Path dir) throws IOException {
        String printed = ExampleRun.vietnamese(QuangBinh2022::report, dir);
        // 50 million dong = 50 × 1,000,000 = 50,000,000 dong; 30 × 1,000,000 = 30,000,000.
        assertThat(printed).contains("gần 50 triệu đồng = gần 50.000.000 đồng", "30 triệu đồng = 30.000.000 đồng");
        assertThat(printed).contains("Người tham gia các lớp bồi dưỡng: gần 400", "Sách in cấp phát nhân Tháng hành động: gần 1.000",
                "Học sinh dân tộc nội trú tham gia tuyên truyền: hơn 1.500");
        // Sen Thủy and Phong Thủy are in Lệ Thủy (2), Quảng Tùng in Quảng Trạch (1), Xuân Hóa in Minh Hóa (1): 2 + 1 + 1 = 4.
        assertThat(printed).contains("Huyện Lệ Thủy: 2 (Xã Sen Thủy, Xã Phong Thủy)", "Huyện Quảng Trạch: 1 (Xã Quảng Tùng)",
                "Huyện Minh Hóa: 1 (Xã Xuân Hóa)", "Toàn tỉnh: 4");
        // One scorecard row for each of the 17 targets of 2021–2030 (13 before issue 18).
        ExampleRun.assertFilesReadBack(dir, "quangbinh-2022", QuangBinh2022.dataset(), 17);
    }

    @Test
    void printsEnglishNotationInEnglish(@TempDir Path dir) {
        assertThat(ExampleRun.print(QuangBinh2022::report, Locale.ENGLISH, dir)).contains("= nearly 50,000,000 dong");
    }
}
