package io.github.binhdang.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    // provinces-2025.md: code 15 is the merged Lào Cai from 1 July 2025; old Lào Cai was 10 until 30 June 2025.
    private static final Area LAO_CAI = Area.of("15", BilingualText.of("Lào Cai"), AreaLevel.PROVINCE)
            .withValidFrom(JULY_1);
    private static final Area OLD_LAO_CAI = Area.of("10", BilingualText.of("Lào Cai"), AreaLevel.PROVINCE)
            .withValidTo(JUNE_30);

    @Test
    void ofGivesAnAreaWithNoParentValidForever() {
        Area sonLa = Area.of("14", BilingualText.of("Sơn La"), AreaLevel.PROVINCE);
        assertThat(sonLa.code()).isEqualTo("14");
        assertThat(sonLa.name()).isEqualTo(BilingualText.of("Sơn La"));
        assertThat(sonLa.level()).isEqualTo(AreaLevel.PROVINCE);
        assertThat(sonLa.parentCode()).isEmpty();
        assertThat(sonLa.validFrom()).isEmpty();
        assertThat(sonLa.validTo()).isEmpty();
        assertThat(sonLa.isValidOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(sonLa.isValidThroughout(LocalDate.of(2008, 1, 1), LocalDate.of(2030, 12, 31))).isTrue();
    }

    @Test
    void withMethodsChangeOneThingAndKeepTheRest() {
        Area saPa = Area.of("088", BilingualText.of("Sa Pa", "Sa Pa Town"), AreaLevel.DISTRICT)
                .withParent("10")
                .withValidTo(JUNE_30);
        assertThat(saPa.parentCode()).contains("10");
        assertThat(saPa.validTo()).contains(JUNE_30);
        assertThat(saPa.validFrom()).isEmpty();

        Area started = saPa.withValidFrom(LocalDate.of(2020, 1, 1));
        assertThat(started.validFrom()).contains(LocalDate.of(2020, 1, 1));
        assertThat(started.validTo()).contains(JUNE_30);
        assertThat(started.parentCode()).contains("10");

        Area both = saPa.withValidity(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1));
        assertThat(both.validFrom()).contains(LocalDate.of(2021, 1, 1));
        assertThat(both.validTo()).contains(LocalDate.of(2022, 1, 1));

        assertThat(saPa.withoutParent().parentCode()).isEmpty();
        assertThat(saPa.withoutParent().validTo()).contains(JUNE_30);
        // the original is unchanged
        assertThat(saPa.validFrom()).isEmpty();
    }

    @Test
    void aOneDayValidityIsAllowed() {
        Area oneDay = OLD_LAO_CAI.withValidity(JUNE_30, JUNE_30);
        assertThat(oneDay.isValidOn(JUNE_30)).isTrue();
        assertThat(oneDay.isValidOn(JULY_1)).isFalse();
        assertThat(oneDay.isValidOn(JUNE_30.minusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "new Lào Cai on {0}: {1}; old Lào Cai: {2}")
    @CsvSource({
        "2008-01-01, false, true",
        "2025-06-30, false, true",
        "2025-07-01, true,  false",
        "2026-01-01, true,  false",
    })
    void validityIsInclusiveAtBothEnds(LocalDate date, boolean newValid, boolean oldValid) {
        assertThat(LAO_CAI.isValidOn(date)).isEqualTo(newValid);
        assertThat(OLD_LAO_CAI.isValidOn(date)).isEqualTo(oldValid);
    }

    @ParameterizedTest(name = "old Lào Cai throughout {0}..{1}: {2}")
    @CsvSource({
        "2021-01-01, 2025-06-30, true",
        "2025-06-30, 2025-06-30, true",
        "2021-01-01, 2025-07-01, false",
        "2025-07-01, 2026-12-31, false",
    })
    void validThroughoutNeedsEveryDay(LocalDate start, LocalDate end, boolean valid) {
        assertThat(OLD_LAO_CAI.isValidThroughout(start, end)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}..{1} overlaps {2}..{3}: {4}")
    @CsvSource({
        "2020-01-01, 2025-06-30, 2025-07-01, 2030-01-01, false",
        "2020-01-01, 2025-07-01, 2025-07-01, 2030-01-01, true",
        "2020-01-01, 2030-01-01, 2025-07-01, 2025-07-01, true",
        "2025-07-01, 2030-01-01, 2020-01-01, 2025-06-30, false",
    })
    void overlapsCountsSharedDays(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2, boolean overlap) {
        Area a = LAO_CAI.withValidity(from1, to1);
        Area b = LAO_CAI.withValidity(from2, to2);
        assertThat(a.overlaps(b)).isEqualTo(overlap);
        assertThat(b.overlaps(a)).isEqualTo(overlap);
    }

    @Test
    void openEndsOverlapEverythingOnThatSide() {
        Area forever = Area.of("14", BilingualText.of("Sơn La"), AreaLevel.PROVINCE);
        assertThat(forever.overlaps(OLD_LAO_CAI)).isTrue();
        assertThat(forever.overlaps(LAO_CAI)).isTrue();
        assertThat(OLD_LAO_CAI.overlaps(LAO_CAI)).isFalse();
        assertThat(LAO_CAI.overlaps(LAO_CAI.withValidFrom(LocalDate.of(2030, 1, 1)))).isTrue();
        assertThat(OLD_LAO_CAI.overlaps(OLD_LAO_CAI.withValidTo(LocalDate.of(1990, 1, 1)))).isTrue();
    }

    @Test
    void textFormShowsCodeNameLevelValidityAndParent() {
        assertThat(LAO_CAI).hasToString("15 Lào Cai (PROVINCE, 2025-07-01..)");
        assertThat(OLD_LAO_CAI).hasToString("10 Lào Cai (PROVINCE, ..2025-06-30)");
        assertThat(Area.of("14", BilingualText.of("Sơn La"), AreaLevel.PROVINCE)).hasToString("14 Sơn La (PROVINCE)");
        assertThat(Area.of("088", BilingualText.of("Sa Pa", "Sa Pa Town"), AreaLevel.DISTRICT)
                .withParent("10").withValidity(LocalDate.of(2020, 1, 1), JUNE_30))
                .hasToString("088 Sa Pa (DISTRICT, 2020-01-01..2025-06-30, parent 10)");
    }

    @Test
    void equalityGroups() {
        Area base = Area.of("15", BilingualText.of("Lào Cai"), AreaLevel.PROVINCE).withValidFrom(JULY_1);
        Area forever = Area.of("15", BilingualText.of("Lào Cai"), AreaLevel.PROVINCE);
        List<List<Area>> groups = List.of(
                List.of(base, LAO_CAI, Area.of("15", BilingualText.of("Lào Cai", "Lào Cai"), AreaLevel.PROVINCE)
                        .withParent("01").withoutParent().withValidFrom(JULY_1)),
                List.of(Area.of("10", BilingualText.of("Lào Cai"), AreaLevel.PROVINCE).withValidFrom(JULY_1)),
                List.of(Area.of("15", BilingualText.of("Yên Bái"), AreaLevel.PROVINCE).withValidFrom(JULY_1)),
                List.of(Area.of("15", BilingualText.of("Lào Cai", "Lao Cai"), AreaLevel.PROVINCE).withValidFrom(JULY_1)),
                List.of(Area.of("15", BilingualText.of("Lào Cai"), AreaLevel.DISTRICT).withValidFrom(JULY_1)),
                List.of(base.withParent("01"), base.withParent("02").withParent("01")),
                List.of(base.withValidFrom(JUNE_30)),
                List.of(base.withValidTo(JULY_1), forever.withValidity(JULY_1, JULY_1)),
                List.of(forever.withValidTo(JULY_1)),
                List.of(forever, forever.withParent("01").withoutParent()));
        for (int i = 0; i < groups.size(); i++) {
            for (Area a : groups.get(i)) {
                for (int j = 0; j < groups.size(); j++) {
                    for (Area b : groups.get(j)) {
                        if (i == j) {
                            assertThat(a).isEqualTo(b);
                            assertThat(a.hashCode()).isEqualTo(b.hashCode());
                        } else {
                            assertThat(a).isNotEqualTo(b);
                        }
                    }
                }
                assertThat(a).isNotEqualTo(null).isNotEqualTo(a.toString());
            }
        }
    }

    @Test
    void refusesAnEmptyCode() {
        assertThatThrownBy(() -> Area.of("", BilingualText.of("Lào Cai"), AreaLevel.PROVINCE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Area.code");
                    assertThat(e.value()).isEqualTo("''");
                    assertThat(e.getMessage()).isEqualTo("Area.code: '' must not be empty");
                });
    }

    @Test
    void refusesACodeWithOtherCharacters() {
        assertThatThrownBy(() -> Area.of("1 5", BilingualText.of("Lào Cai"), AreaLevel.PROVINCE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Area.code");
                    assertThat(e.value()).isEqualTo("'1 5'");
                    assertThat(e.getMessage()).isEqualTo("Area.code: '1 5' must be letters, digits, '.', '_' or '-',"
                            + " starting with a letter or digit");
                });
    }

    @Test
    void refusesABadParentCode() {
        assertThatThrownBy(() -> LAO_CAI.withParent("-01"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Area.parentCode");
                    assertThat(e.value()).isEqualTo("'-01'");
                });
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> Area.of(null, BilingualText.of("x"), AreaLevel.COMMUNE))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Area.of("1", null, AreaLevel.COMMUNE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Area.of("1", BilingualText.of("x"), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LAO_CAI.withValidFrom(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LAO_CAI.isValidOn(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void withValidityRefusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> LAO_CAI.withValidity(JULY_1, JUNE_30))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Area.validTo");
                    assertThat(e.value()).isEqualTo("2025-06-30");
                    assertThat(e.getMessage()).isEqualTo("Area.validTo: 2025-06-30 is before validFrom 2025-07-01");
                });
    }

    @Test
    void withValidToRefusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> LAO_CAI.withValidTo(JUNE_30))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Area.validTo");
                    assertThat(e.value()).isEqualTo("2025-06-30");
                    assertThat(e.getMessage()).isEqualTo("Area.validTo: 2025-06-30 is before validFrom 2025-07-01");
                });
    }

    @Test
    void withValidFromRefusesAStartAfterTheEnd() {
        assertThatThrownBy(() -> OLD_LAO_CAI.withValidFrom(JULY_1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Area.validFrom");
                    assertThat(e.value()).isEqualTo("2025-07-01");
                    assertThat(e.getMessage()).isEqualTo("Area.validFrom: 2025-07-01 is after validTo 2025-06-30");
                });
    }

    @Test
    void validThroughoutRefusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> LAO_CAI.isValidThroughout(JULY_1, JUNE_30))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Area.end");
                    assertThat(e.value()).isEqualTo("2025-06-30");
                    assertThat(e.getMessage()).isEqualTo("Area.end: 2025-06-30 is before start 2025-07-01");
                });
    }

    @Property
    void validityCoversExactlyItsDays(@ForAll @IntRange(min = 0, max = 3000) int fromDay,
            @ForAll @IntRange(min = 0, max = 400) int length,
            @ForAll @IntRange(min = -100, max = 3500) int probeDay) {
        LocalDate epoch = LocalDate.of(2020, 1, 1);
        LocalDate from = epoch.plusDays(fromDay);
        LocalDate to = from.plusDays(length);
        Area area = LAO_CAI.withValidity(from, to);
        LocalDate probe = epoch.plusDays(probeDay);
        assertThat(area.isValidOn(probe)).isEqualTo(probeDay >= fromDay && probeDay <= fromDay + length);
        assertThat(area.isValidThroughout(from, to)).isTrue();
        assertThat(area.isValidThroughout(from.minusDays(1), to)).isFalse();
        assertThat(area.isValidThroughout(from, to.plusDays(1))).isFalse();
    }
}
