package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Indicators and targets shared by the progress tests; values are made up for the arithmetic. */
final class Fixtures {

    /** A share in per cent, published to 1 decimal. */
    static final Indicator SHARE = Indicator.builder("SHARE", BilingualText.of("Tỷ lệ nữ", "Share of women"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .decimals(1).build();

    /** Women among enterprise directors and owners, 1 decimal. */
    static final Indicator OWNERS = Indicator.builder("W_OWNERS",
                    BilingualText.of("Tỷ lệ nữ giám đốc/chủ doanh nghiệp", "Women among directors and owners"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .decimals(1).build();

    /** The sex ratio at birth, boys per 100 girls, 2 decimals (the builder's default for a ratio). */
    static final Indicator SRB = Indicator.builder("SRB",
                    BilingualText.of("Tỷ số giới tính khi sinh", "Sex ratio at birth"), MeasureKind.RATIO, Unit.PER_100)
            .direction(Direction.within(new BigDecimal("103"), new BigDecimal("107")))
            .build();

    /** A share that should fall, 1 decimal. */
    static final Indicator CHILD_MARRIAGE = Indicator.builder("CHILD_MARRIAGE",
                    BilingualText.of("Tỷ lệ tảo hôn", "Child marriage rate"), MeasureKind.PERCENTAGE, Unit.PERCENT)
            .direction(Direction.DECREASE).decimals(1).build();

    /** "At least 60 % by 2025" from 40 % in 2021. */
    static final Target SIXTY = Target.builder("1.1", BilingualText.of("Đạt ít nhất 60% vào năm 2025.",
                    "At least 60 % by 2025."), SHARE)
            .baseline(Baseline.of(YearPeriod.of(2021), d("40")))
            .milestone(Milestone.of(2025, Comparison.AT_LEAST, d("60"), Unit.PERCENT))
            .build();

    /** "At least 27 % by 2025 and 30 % by 2030". */
    static final Target OWNERS_27 = Target.builder("1.2", BilingualText.of(
                    "Ít nhất 27% vào năm 2025 và 30% vào năm 2030.", "At least 27 % by 2025 and 30 % by 2030."), OWNERS)
            .milestone(Milestone.of(2025, Comparison.AT_LEAST, d("27"), Unit.PERCENT))
            .milestone(Milestone.of(2030, Comparison.AT_LEAST, d("30"), Unit.PERCENT))
            .build();

    /** "At most 111 boys per 100 girls by 2025". */
    static final Target SRB_111 = Target.builder("2.1", BilingualText.of(
                    "Không vượt quá 111 trẻ trai/100 trẻ gái vào năm 2025.", "At most 111 boys per 100 girls by 2025."),
                    SRB)
            .milestone(Milestone.of(2025, Comparison.AT_MOST, d("111"), Unit.PER_100))
            .build();

    /** "Below 30 % by 2025". */
    static final Target BELOW_30 = Target.builder("2.2", BilingualText.of("Dưới 30% vào năm 2025.",
                    "Below 30 % by 2025."), CHILD_MARRIAGE)
            .milestone(Milestone.of(2025, Comparison.BELOW, d("30"), Unit.PERCENT))
            .build();

    /** "At least 27 % by 2020", a milestone already past in 2021. */
    static final Target OWNERS_2020 = Target.builder("1.3", BilingualText.of("Ít nhất 27% vào năm 2020.",
                    "At least 27 % by 2020."), OWNERS)
            .milestone(Milestone.of(2020, Comparison.AT_LEAST, d("27"), Unit.PERCENT))
            .build();

    /** "About 50 % by 2025". */
    static final Target ABOUT_50 = Target.builder("1.4", BilingualText.of("Khoảng 50% vào năm 2025.",
                    "About 50 % by 2025."), SHARE)
            .milestone(Milestone.of(2025, Comparison.ABOUT, d("50"), Unit.PERCENT))
            .build();

    private Fixtures() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static SeriesPoint p(int year, String value) {
        return SeriesPoint.of(YearPeriod.of(year), d(value));
    }

    static SeriesPoint p(int year, String value, Qualifier qualifier) {
        return new SeriesPoint(YearPeriod.of(year), d(value), qualifier);
    }

    /** Points from pairs: year, value, year, value, … */
    static List<SeriesPoint> series(Object... yearsAndValues) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            points.add(p((Integer) yearsAndValues[i], (String) yearsAndValues[i + 1]));
        }
        return points;
    }

    static Milestone first(Target target) {
        return target.milestones().get(0);
    }
}
