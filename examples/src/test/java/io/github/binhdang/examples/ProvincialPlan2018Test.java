package io.github.binhdang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.ObjectiveReference;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.indicators.Strategy2011To2020;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2018 provincial conference (seed 004): a plan of 7 objectives and 30 targets, with illustrative values. */
class ProvincialPlan2018Test {

    @Test
    void buildsThePlanAndItsScorecard(@TempDir Path dir) throws IOException {
        assertThat(ProvincialPlan2018.plan().objectives()).hasSize(7);
        assertThat(ProvincialPlan2018.plan().targets()).hasSize(30);
        String printed = ExampleRun.vietnamese(ProvincialPlan2018::report, dir);
        assertThat(printed).contains("MINH HỌA", "7 mục tiêu, 30 chỉ tiêu; địa phương hóa VN-NSGE-2011-2020");
        // 1.1: 17.5 (2016.5) → 19.0 (2017.5), slope 1.5 a year; at 2020.5: 19.0 + 1.5 × 3 = 23.5 < 25, and
        // (23.5 − 17.5) / (25 − 17.5) = 0.8 ≥ 0.5 of the way: needs acceleration.
        assertThat(printed).contains("1.1 | ít nhất 25 % (năm 2020) | 19,0 % (năm 2017) | Cần đẩy nhanh");
        // 2.3: 30 → 42, slope 12; 42 + 12 × 3 = 78 ≥ 50: on track.
        assertThat(printed).contains("2.3 | ít nhất 50 % (năm 2020) | 42 % (năm 2017) | Đúng tiến độ");
        // 3.1: 98.2 ≥ 98: achieved. 5.1: 75 → 72 moves away from 90: regressing.
        assertThat(printed).contains("3.1 | ít nhất 98 % (năm 2020) | 98,2 % (năm 2017) | Đã đạt",
                "5.1 | ít nhất 90 % (năm 2020) | 72 % (năm 2017) | Đang đi lùi");
        // 10 targets have values: 1 achieved, 3 on track (2.3, 6.1, 7.2), 4 need acceleration (1.1, 1.3, 2.2,
        // 6.4), 1 off track (1.2 flat at 30.2), 1 regressing (5.1); 30 − 10 = 20 without data.
        assertThat(printed).contains("Đã đạt 1, Đúng tiến độ 3, Cần đẩy nhanh 4, Chệch tiến độ 1, Đang đi lùi 1,"
                + " Chưa có số liệu 20");
        // Links counted from the table of targets: 12 serve a national 2011–2020 target (1.a, 1.b-HDND, 1.c,
        // 2.a–2.d, 4.c, 5.c, 6.b–6.d), the other 18 the national objective of their number; objectives 1–7.
        assertThat(printed).contains("Liên kết: 12 chỉ tiêu phục vụ chỉ tiêu quốc gia, 18 phục vụ mục tiêu quốc gia;"
                + " các mục tiêu quốc gia được phục vụ: [1, 2, 3, 4, 5, 6, 7]");
        ExampleRun.assertFilesReadBack(dir, "plan-2018", ProvincialPlan2018.dataset(), 30);
    }

    @Test
    void everyTargetServesTheNationalStrategyInItsOwnObjective() {
        Strategy plan = ProvincialPlan2018.plan();
        for (Objective objective : plan.objectives()) {
            for (Target target : objective.targets()) {
                int served = target.serves().map(ref -> Strategy2011To2020.STRATEGY.objectives().stream()
                                .filter(o -> o.target(ref.target()).isPresent()).findFirst().orElseThrow().number())
                        .orElseGet(() -> target.servesObjective().orElseThrow().objective());
                assertThat(served).as(target.code()).isEqualTo(objective.number());
            }
        }
        assertThat(plan.targets().stream().filter(t -> t.serves().isPresent())).hasSize(12);
        assertThat(plan.objective(7).orElseThrow().targets()).allSatisfy(t -> assertThat(t.servesObjective())
                .contains(new ObjectiveReference(Strategy2011To2020.CODE, 7)));
    }

    @Test
    void showsTheFiguresReadFromTheTextNextToTheHandMadeOnes(@TempDir Path dir) {
        String printed = ExampleRun.vietnamese(ProvincialPlan2018::report, dir);
        // Counted by hand in TEXT, the example's own wording of the report's figures: it gives two counts,
        // 7 objectives and 30 targets, which the plan built by hand has.
        assertThat(printed).contains("Đọc được 2 số liệu; 0 khớp với số liệu nhập tay, 2 kết quả chỉ có trong văn bản,"
                + " 0 số liệu chỉ nhập tay.");
        assertThat(printed).contains("Kế hoạch nhập tay có 7 mục tiêu và 30 chỉ tiêu");
    }
}
