package io.github.binhdang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bắc Giang 2018–2019 (seed 003). */
class BacGiang2019Test {

    @Test
    void printsCoverageAndTraineesByGroup(@TempDir Path dir) throws IOException {
        String printed = ExampleRun.vietnamese(BacGiang2019::report, dir);
        assertThat(printed).contains("Kỳ báo cáo: giai đoạn 2018–2019");
        // 10 of 10 districts: 10 / 10 × 100 = 100 %.
        assertThat(printed).contains("10/10 = 100 %");
        assertThat(printed).contains("Lớp tập huấn quản lý nhà nước về giới: 11");
        // The ten district-level units of province 24 in communes-before-2025.csv.
        assertThat(printed).contains("Đơn vị cấp huyện trong danh mục (ngày 30/6/2025): 10 – 213 Thành phố Bắc Giang,"
                + " 215 Huyện Yên Thế, 216 Huyện Tân Yên, 217 Huyện Lạng Giang, 218 Huyện Lục Nam, 219 Huyện Lục Ngạn,"
                + " 220 Huyện Sơn Động, 222 Thị xã Việt Yên, 223 Huyện Hiệp Hòa, 224 Thị xã Chũ");
        // Nearly 1,000 + nearly 700 + about 250 = 1,950; "nearly" mixed with "about" is "about".
        assertThat(printed).contains("Cán bộ phụ trách bình đẳng giới: gần 1.000", "Tổng cộng: khoảng 1.950");
        // One scorecard row for each of the 17 targets of 2021–2030 (13 before issue 18).
        ExampleRun.assertFilesReadBack(dir, "bacgiang-2019", BacGiang2019.dataset(), 17);
    }

    @Test
    void showsTheFiguresReadFromTheTextNextToTheHandMadeOnes(@TempDir Path dir) {
        String printed = ExampleRun.vietnamese(BacGiang2019::report, dir);
        // Counted by hand in TEXT, the example's own wording of the report's figures ("nhiệm kỳ 2016- 2021"
        // names the candidates' term, it is not a figure). 7 figures: all 6 of the example match; the first
        // "10/10 huyện" is dated 2019 ("Trong năm 2019") in the text, where the example counts the
        // coverage over 2018–2019.
        assertThat(printed).contains("Đọc được 7 số liệu; 6 khớp với số liệu nhập tay, 1 kết quả chỉ có trong văn bản,"
                + " 0 số liệu chỉ nhập tay.");
        assertThat(printed).contains("10 huyện (huyện), năm 2019, kết quả, Bắc Giang – chỉ có trong văn bản");
    }
}
