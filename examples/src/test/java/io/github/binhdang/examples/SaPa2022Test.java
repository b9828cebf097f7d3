package io.github.binhdang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Qualifier;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sa Pa, 2021 and the first half of 2022 (seed 001). */
class SaPa2022Test {

    @Test
    void addsTheTwoPeriodsAndCarriesTheSeriesOntoTodaysLaoCai(@TempDir Path dir) throws IOException {
        String printed = ExampleRun.vietnamese(SaPa2022::report, dir);
        // Sessions: 4 in 2021 + 2 in the first half of 2022 = 6.
        assertThat(printed).contains("Buổi tuyên truyền, truyền thông: 4 | 2 | 6");
        // Participants: more than 330 + exactly 250 = more than 580.
        assertThat(printed).contains("Người tham dự các buổi tuyên truyền: hơn 330 | 250 | hơn 580");
        // Embroidery: 1 class of 50 + 2 classes of 70 = 3 classes, 120 women.
        assertThat(printed).contains("Lớp dạy nghề thêu thổ cẩm: 3 | – | 3", "Hội viên nữ học nghề thêu thổ cẩm: 120 | – | 120");
        // Old Lào Cai had code 10; from 1 July 2025 Sa Pa's territory is in the new Lào Cai, code 15.
        assertThat(printed).contains("Theo địa giới khi đó: Lào Cai (mã 10)", "Theo địa giới hiện nay: Lào Cai (mã 15");
        // The communes the report names, by catalogue code, and where each went on 1 July 2025 (links file).
        assertThat(printed).contains("Xã Liên Minh (03052) → Xã Mường Bo (03043)",
                "Xã Ngũ Chỉ Sơn (03004) → Xã Ngũ Chỉ Sơn (03004)", "Xã Trung Chải (03010) → Xã Tả Phìn (03013)",
                "Xã Mường Hoa (03037) → Xã Tả Van (03037)", "Xã Hoàng Liên (03019) → Xã Tả Van (03037)",
                "Phường Sa Pa (03001) → Phường Sa Pa (03006)");
        assertThat(SaPa2022.SA_PA.code()).isEqualTo("088");
        // The two half-year figures are information, not errors; "hơn" figures are noted too.
        assertThat(printed).contains("Kiểm tra số liệu: 0 lỗi, 0 cảnh báo, 4 thông tin");
        // One scorecard row for each of the 17 targets of 2021–2030 (13 before issue 18).
        ExampleRun.assertFilesReadBack(dir, "sapa-2022", SaPa2022.dataset(), 17);
    }

    @Test
    void combinesQualifiersAsTheReportMeansThem() {
        assertThat(SaPa2022.combine(Qualifier.MORE_THAN, Qualifier.EXACT)).isEqualTo(Qualifier.MORE_THAN);
        assertThat(SaPa2022.combine(Qualifier.EXACT, Qualifier.NEARLY)).isEqualTo(Qualifier.NEARLY);
        assertThat(SaPa2022.combine(Qualifier.MORE_THAN, Qualifier.NEARLY)).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void showsTheFiguresReadFromTheTextNextToTheHandMadeOnes(@TempDir Path dir) {
        String printed = ExampleRun.vietnamese(SaPa2022::report, dir);
        // Counted by hand in TEXT, the example's own wording of the report's figures. 14 figures: 36, 70,
        // 4 sessions, more than 330, more than 200 (2021), 2 sessions and 250 (H1 2022) match; the classes at
        // Liên Minh (1) and elsewhere (2), the 50 members, the second 70, the two "4 xã" and "trên 90 %" are only
        // in the text; the example's 3 classes and 120 members are sums of figures of the text.
        assertThat(printed).contains("Đọc được 14 số liệu; 7 khớp với số liệu nhập tay, 7 kết quả chỉ có trong văn bản,"
                + " 2 số liệu chỉ nhập tay.");
        assertThat(printed).contains("1 lớp (lớp thêu thổ cẩm), năm 2021, kết quả, Xã Liên Minh – chỉ có trong văn bản");
    }
}
