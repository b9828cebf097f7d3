package io.github.binhdang.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day of a period that its areas are read on. Facts from shared/reference/provinces-2025.md: code 44
 * was Quảng Bình until 30 June 2025 and is the new Quảng Trị (Quảng Bình and the old Quảng Trị, 45) from
 * 1 July 2025; the old Lào Cai (10) ended on 30 June 2025; Sơn La (14) was unchanged. C9 is a made-up
 * commune formed on 1 July 2025.
 */
class AreaDateTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    private static final Area QUANG_BINH = province("44", "Quảng Bình").withValidTo(JUNE_30);
    private static final Area OLD_QUANG_TRI = province("45", "Quảng Trị").withValidTo(JUNE_30);
    private static final Area QUANG_TRI = province("44", "Quảng Trị").withValidFrom(JULY_1);
    private static final Area OLD_LAO_CAI = province("10", "Lào Cai").withValidTo(JUNE_30);
    private static final Area SON_LA = province("14", "Sơn La");
    private static final Area C9 = Area.of("C9", BilingualText.of("Xã Mới"), AreaLevel.COMMUNE).withValidFrom(JULY_1);
    private static final AreaHierarchy H = AreaHierarchy.builder()
            .addAll(List.of(QUANG_BINH, OLD_QUANG_TRI, QUANG_TRI, OLD_LAO_CAI, SON_LA, C9))
            .merge(QUANG_BINH, QUANG_TRI).merge(OLD_QUANG_TRI, QUANG_TRI).build();

    private static Area province(String code, String name) {
        return Area.of(code, BilingualText.of(name), AreaLevel.PROVINCE);
    }

    @Test
    void theDayIsThePeriodsLastOrFirst() {
        assertThat(AreaDate.PERIOD_END.dayIn(JAN_1, DEC_31)).isEqualTo(DEC_31);
        assertThat(AreaDate.PERIOD_START.dayIn(JAN_1, DEC_31)).isEqualTo(JAN_1);
        assertThatThrownBy(() -> AreaDate.PERIOD_END.dayIn(DEC_31, JAN_1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaDate.last: 2025-01-01 is before the first day 2025-12-31");
    }

    @Test
    void code44In2025IsTheNewQuangTriAtTheEndAndQuangBinhAtTheStart() {
        assertThat(AreaDate.PERIOD_END.versionOf(H, "44", JAN_1, DEC_31)).contains(QUANG_TRI);
        assertThat(AreaDate.PERIOD_START.versionOf(H, "44", JAN_1, DEC_31)).contains(QUANG_BINH);
        // The first half of 2025 and the year 2026 hold one version each.
        assertThat(AreaDate.PERIOD_END.versionOf(H, "44", JAN_1, JUNE_30)).contains(QUANG_BINH);
        assertThat(AreaDate.PERIOD_START.versionOf(H, "44", JULY_1, DEC_31)).contains(QUANG_TRI);
        assertThat(AreaDate.versionsDuring(H, "44", JAN_1, DEC_31)).containsExactly(QUANG_BINH, QUANG_TRI);
        assertThat(AreaDate.versionsDuring(H, "44", JAN_1, JUNE_30)).containsExactly(QUANG_BINH);
        assertThat(AreaDate.versionsDuring(H, "14", JAN_1, DEC_31)).containsExactly(SON_LA);
        assertThat(AreaDate.versionsDuring(H, "99", JAN_1, DEC_31)).isEmpty();
    }

    @Test
    void aCodeInForceOnPartOfThePeriodNamesItsNearestVersion() {
        // Old Lào Cai ended on 30 June 2025: still the version a 2025 figure names, either way; not in 2026.
        assertThat(AreaDate.PERIOD_END.versionOf(H, "10", JAN_1, DEC_31)).contains(OLD_LAO_CAI);
        assertThat(AreaDate.PERIOD_START.versionOf(H, "10", JAN_1, DEC_31)).contains(OLD_LAO_CAI);
        assertThat(AreaDate.PERIOD_END.versionOf(H, "10", JAN_1.plusYears(1), DEC_31.plusYears(1))).isEmpty();
        // C9 began on 1 July 2025: its 2025 figure names it either way, read from its first day at the start.
        assertThat(AreaDate.PERIOD_START.versionOf(H, "C9", JAN_1, DEC_31)).contains(C9);
        assertThat(AreaDate.PERIOD_START.dayFor(C9, JAN_1, DEC_31)).isEqualTo(JULY_1);
        assertThat(AreaDate.PERIOD_END.dayFor(C9, JAN_1, DEC_31)).isEqualTo(DEC_31);
        assertThat(AreaDate.PERIOD_END.dayFor(OLD_LAO_CAI, JAN_1, DEC_31)).isEqualTo(DEC_31);
        assertThat(AreaDate.PERIOD_START.dayFor(SON_LA, JAN_1, DEC_31)).isEqualTo(JAN_1);
    }

    @Test
    void readsItsCode() {
        assertThat(AreaDate.of("PERIOD_START")).isSameAs(AreaDate.PERIOD_START);
        assertThat(AreaDate.find("PERIOD_END")).contains(AreaDate.PERIOD_END);
        assertThat(AreaDate.find("END")).isEmpty();
        assertThatThrownBy(() -> AreaDate.of("END")).isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaDate.code: 'END' must be one of PERIOD_END, PERIOD_START");
    }
}
