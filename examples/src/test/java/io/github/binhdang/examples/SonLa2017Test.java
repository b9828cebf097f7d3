package io.github.binhdang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sơn La 2017 (seed 000): the figures printed, worked out by hand from the report. */
class SonLa2017Test {

    @Test
    void printsTheSharesAndChangesAsWorkedOutByHand(@TempDir Path dir) throws IOException {
        String printed = ExampleRun.vietnamese(SonLa2017::report, dir);
        // 125,525 / 688,753 = 0.182249… → 18.2 % at one decimal.
        assertThat(printed).contains("125.525/688.753 = 18,2 %");
        // 384 / 2,539 = 0.151240… → 15.12 % at the catalogue's two decimals; the report's 15.1 is that rounded.
        assertThat(printed).contains("384/2.539 = 15,12 %; báo cáo ghi 15,1 %, là số đã làm tròn (khớp)");
        // The changes the report gives: 38.89 − 34.28 = 4.61; 34.77 − 29.97 = 4.80; 31.8 − 23.5 = 8.3 points.
        assertThat(printed).contains("Cấp tỉnh: 38,89 % (+4,61 điểm %)", "Cấp huyện: 34,77 % (+4,8 điểm %)",
                "Cấp xã: 31,8 % (+8,3 điểm %)");
        // "More than 35 %": 38.89 > 35 is met; 34.77 and 31.8 are not, and the term is over.
        assertThat(printed).contains("1.b-HDND (Cấp tỉnh): trên 35 % (nhiệm kỳ Hội đồng nhân dân 2016–2021) → Đã đạt",
                "1.b-HDND (Cấp huyện): trên 35 % (nhiệm kỳ Hội đồng nhân dân 2016–2021) → Chệch tiến độ");
        // Women-owned enterprises against 2011–2020 target 2.b (35 % or more in 2020, ECO-05), one value only:
        // (35 − 15.1) / (2020.5 − 2017.5) = 19.9 / 3 = 6.633… → 6.63 points a year needed.
        assertThat(printed).contains("2011–2020, 2.b: ít nhất 35 % (năm 2020) → Cần đẩy nhanh",
                "+6,63 điểm phần trăm mỗi năm");
        assertThat(printed).contains("Mô hình phòng, chống bạo lực gia đình: 65", "Câu lạc bộ gia đình phát triển bền vững: 225",
                "Nhóm phòng, chống bạo lực gia đình: 170");
        assertThat(printed).contains("Kiểm tra số liệu: 0 lỗi, 0 cảnh báo");
        // Plan: 5 targets; 2011–2020 strategy: 23 targets × 3 council levels, and once more for the total
        // (the women-owned enterprises of target 2.b).
        ExampleRun.assertFilesReadBack(dir, "sonla-2017", SonLa2017.dataset(), 5 + 23 * 3 + 23);
    }

    @Test
    void printsEnglishInEnglishNotation(@TempDir Path dir) {
        String printed = ExampleRun.print(SonLa2017::report, Locale.ENGLISH, dir);
        assertThat(printed).contains("125,525/688,753 = 18.2 %", "Province: 38.89 % (+4.61 points)");
    }

    @Test
    void showsTheFiguresReadFromTheTextNextToTheHandMadeOnes(@TempDir Path dir) {
        String printed = ExampleRun.vietnamese(SonLa2017::report, dir);
        // Counted by hand in TEXT, the example's own wording of the report's figures (the dates 8/3, 28/6 and 20/10
        // and "một dịch vụ" are not figures). 25 figures: 6 targets (65 % twice, 80 %, 100 % three times) and
        // 3 changes; of the 16 results, 11 are the example's own values (286, 65, 225, 170, the three shares,
        // 125,525 and 384, 2,539, 15.1), 5 are not in it (100 %, 12, 110, 15 %, 111); the 3 earlier-term shares
        // the example works back from the changes are not in the text.
        assertThat(printed).contains("Đọc được 25 số liệu; 11 khớp với số liệu nhập tay, 5 kết quả chỉ có trong văn bản,"
                + " 3 số liệu chỉ nhập tay.");
        assertThat(printed).contains("Chỉ nhập tay: POL-04 34,28 (nhiệm kỳ Hội đồng nhân dân 2011–2015, 14)");
        assertThat(printed).contains("4,61 điểm % (");
    }
}
