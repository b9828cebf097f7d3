package io.github.binhdang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Indicators and areas that the validation tests check against. The indicators are defined here for
 * the tests (their codes are made up); the figures they carry come from seed 000 (Sơn La, 2017). The
 * areas follow shared/reference/provinces-2025.md as the area tests do: the old Lào Cai (10) and
 * Yên Bái (15) were in force until 30 June 2025 and merged into the new Lào Cai (15) from 1 July 2025;
 * Sơn La (14) was unchanged. The nation "VN" above them is a fixture.
 */
final class Fixtures {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final YearPeriod Y2016 = YearPeriod.of(2016);
    static final YearPeriod Y2017 = YearPeriod.of(2017);
    static final YearPeriod Y2026 = YearPeriod.of(2026);

    /** Women owners of enterprises, a share published to 1 decimal (384 of 2,539 = 15.1 %). */
    static final Indicator W_ENT = percentage("W_ENT", "Tỷ lệ nữ làm chủ doanh nghiệp", "Female share of enterprise owners", 1)
            .build();
    /** Trained women among employed women, to 2 decimals (125,525 of 688,753). */
    static final Indicator W_TRAINED = percentage("W_TRAINED", "Tỷ lệ lao động nữ đã qua đào tạo",
            "Share of employed women who are trained", 2).build();
    /** Women among provincial People's Council deputies, per term (38.89 % in 2016–2021). */
    static final Indicator PC_SHARE = percentage("PC_SHARE", "Tỷ lệ nữ đại biểu HĐND cấp tỉnh",
            "Women among provincial People's Council deputies", 2).frequency(Frequency.PER_TERM).build();
    /** The same at district level (34.77 %). */
    static final Indicator PC_SHARE_DISTRICT = percentage("PC_SHARE_DISTRICT", "Tỷ lệ nữ đại biểu HĐND cấp huyện",
            "Women among district People's Council deputies", 2).frequency(Frequency.PER_TERM).build();
    /** The same at commune level (31.8 %). */
    static final Indicator PC_SHARE_COMMUNE = percentage("PC_SHARE_COMMUNE", "Tỷ lệ nữ đại biểu HĐND cấp xã",
            "Women among commune People's Council deputies", 2).frequency(Frequency.PER_TERM).build();
    /** Women in the provincial party committee, per term (12 in 2015–2020). */
    static final Indicator PARTY_WOMEN = count("PARTY_WOMEN", "Số nữ tham gia Ban chấp hành Tỉnh ủy",
            "Women in the provincial party committee", Unit.PERSONS).frequency(Frequency.PER_TERM).build();
    /** Models for preventing domestic violence (65). */
    static final Indicator DV_MODELS = count("DV_MODELS", "Số mô hình phòng, chống bạo lực gia đình",
            "Models for preventing domestic violence", Unit.COUNT).build();
    /** Clubs of sustainably developing families (225). */
    static final Indicator FAMILY_CLUBS = count("FAMILY_CLUBS", "Số câu lạc bộ gia đình phát triển bền vững",
            "Clubs of sustainably developing families", Unit.COUNT).build();
    /** Groups for preventing domestic violence (170). */
    static final Indicator DV_GROUPS = count("DV_GROUPS", "Số nhóm phòng chống bạo lực gia đình",
            "Groups for preventing domestic violence", Unit.COUNT).build();
    /** Officials trained in gender equality work (286). */
    static final Indicator TRAINED_OFFICIALS = count("TRAINED_OFFICIALS", "Số cán bộ được tập huấn công tác bình đẳng giới",
            "Officials trained in gender equality work", Unit.PERSONS).build();
    /** Employed persons, by sex (made-up figures in the tests). */
    static final Indicator EMPLOYED = count("EMPLOYED", "Số người có việc làm", "Employed persons", Unit.PERSONS)
            .breakdowns(BreakdownDimension.SEX).build();
    /** Labour force participation rate, by sex, to 1 decimal. */
    static final Indicator LFPR = percentage("LFPR", "Tỷ lệ tham gia lực lượng lao động", "Labour force participation rate", 1)
            .breakdowns(BreakdownDimension.SEX).build();
    /** Sex ratio at birth, boys per 100 girls, best between 103 and 107. */
    static final Indicator SRB = Indicator.builder("SRB", BilingualText.of("Tỷ số giới tính khi sinh", "Sex ratio at birth"),
            MeasureKind.RATIO, Unit.PER_100).direction(Direction.within(new BigDecimal("103"), new BigDecimal("107")))
            .decimals(1).build();
    /** Women who experienced domestic violence in the last 12 months, a share that should fall. */
    static final Indicator GBV = percentage("GBV", "Tỷ lệ phụ nữ bị bạo lực gia đình", "Women who experienced domestic violence", 1)
            .direction(Direction.DECREASE).build();

    static final List<Indicator> INDICATORS = List.of(W_ENT, W_TRAINED, PC_SHARE, PC_SHARE_DISTRICT, PC_SHARE_COMMUNE,
            PARTY_WOMEN, DV_MODELS, FAMILY_CLUBS, DV_GROUPS, TRAINED_OFFICIALS, EMPLOYED, LFPR, SRB, GBV);

    static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    static final Area VIET_NAM = Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION);
    static final Area SON_LA = province("14", "Sơn La", "Son La");
    static final Area OLD_LAO_CAI = province("10", "Lào Cai", "Lao Cai").withValidTo(JUNE_30);
    static final Area YEN_BAI = province("15", "Yên Bái", "Yen Bai").withValidTo(JUNE_30);
    static final Area LAO_CAI = province("15", "Lào Cai", "Lao Cai").withValidFrom(JUNE_30.plusDays(1));
    static final AreaHierarchy AREAS = AreaHierarchy.builder()
            .addAll(List.of(VIET_NAM, SON_LA, OLD_LAO_CAI, YEN_BAI, LAO_CAI))
            .merge(OLD_LAO_CAI, LAO_CAI)
            .merge(YEN_BAI, LAO_CAI)
            .build();

    static final ValidationContext CONTEXT = ValidationContext.of(INDICATORS, AREAS);

    private Fixtures() {
    }

    private static Indicator.Builder percentage(String code, String vi, String en, int decimals) {
        return Indicator.builder(code, BilingualText.of(vi, en), MeasureKind.PERCENTAGE, Unit.PERCENT).decimals(decimals);
    }

    private static Indicator.Builder count(String code, String vi, String en, Unit unit) {
        return Indicator.builder(code, BilingualText.of(vi, en), MeasureKind.COUNT, unit);
    }

    private static Area province(String code, String vi, String en) {
        return Area.of(code, BilingualText.of(vi, en), AreaLevel.PROVINCE).withParent("VN");
    }

    static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    /** The only finding of a report. */
    static Finding single(ValidationReport report) {
        assertThat(report.findings()).as("findings of %s", report).hasSize(1);
        return report.findings().get(0);
    }

    /** Asserts a finding's code, severity, subject, path, value and messages in both languages. */
    static void assertFinding(Finding f, String code, Severity severity, String subject, String path, String value,
            String english, String vietnamese) {
        assertThat(f.code()).isEqualTo(code);
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.location().subject()).isEqualTo(subject);
        assertThat(f.location().path()).isEqualTo(path);
        assertThat(f.value()).isEqualTo(value);
        assertThat(f.message(Locale.ENGLISH)).isEqualTo(english);
        assertThat(f.message(VI)).isEqualTo(vietnamese);
    }
}
