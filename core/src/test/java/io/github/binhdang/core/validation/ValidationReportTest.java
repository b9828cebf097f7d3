package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static Finding finding(String code, Severity severity, Location location) {
        return new Finding(code, severity, location, "1", "is wrong", Map.of(), BilingualText.of("sai", "wrong"));
    }

    private static final Finding NATION = finding("b.code", Severity.WARNING, Location.of("plan", "x"));
    private static final Finding SON_LA_B = finding("b.code", Severity.ERROR, Location.of("s", "").withArea("14"));
    private static final Finding SON_LA_A = finding("a.code", Severity.INFO,
            Location.of("s", "").withArea("14").withIndicator("W_ENT"));
    private static final Finding LAO_CAI = finding("a.code", Severity.ERROR, Location.of("s", "").withArea("10"));
    private static final ValidationReport REPORT = ValidationReport.of(List.of(SON_LA_B, NATION, SON_LA_A, LAO_CAI));

    @Test
    void countsAndAcceptability() {
        assertThat(REPORT.size()).isEqualTo(4);
        assertThat(REPORT.count(Severity.ERROR)).isEqualTo(2);
        assertThat(REPORT.counts()).containsExactly(Map.entry(Severity.ERROR, 2), Map.entry(Severity.WARNING, 1),
                Map.entry(Severity.INFO, 1));
        assertThat(REPORT.isAcceptable()).isFalse();
        assertThat(REPORT.errors()).containsExactly(SON_LA_B, LAO_CAI);
        assertThat(REPORT.findings(Severity.INFO)).containsExactly(SON_LA_A);
        assertThat(ValidationReport.of(List.of(NATION, SON_LA_A)).isAcceptable()).isTrue();
        assertThat(ValidationReport.empty().isAcceptable()).isTrue();
        assertThat(REPORT).hasToString("ValidationReport[2 errors, 1 warning, 1 info]");
        assertThat(ValidationReport.of(List.of(LAO_CAI))).hasToString("ValidationReport[1 error, 0 warnings, 0 info]");
    }

    @Test
    void sortsAndGroupsByAreaIndicatorAndCode() {
        assertThat(REPORT.sorted()).containsExactly(NATION, LAO_CAI, SON_LA_B, SON_LA_A);
        assertThat(REPORT.findings()).containsExactly(SON_LA_B, NATION, SON_LA_A, LAO_CAI);
        assertThat(REPORT.byArea()).containsExactly(Map.entry("", List.of(NATION)), Map.entry("10", List.of(LAO_CAI)),
                Map.entry("14", List.of(SON_LA_B, SON_LA_A)));
        assertThat(REPORT.byIndicator().keySet()).containsExactly("", "W_ENT");
        assertThat(REPORT.byCode()).containsExactly(Map.entry("a.code", List.of(SON_LA_A, LAO_CAI)),
                Map.entry("b.code", List.of(SON_LA_B, NATION)));
        assertThat(REPORT.groupBy(Finding::severity).keySet()).containsExactly(Severity.ERROR, Severity.WARNING,
                Severity.INFO);
    }

    @Test
    void combinesAndRelocates() {
        ValidationReport a = ValidationReport.of(List.of(SON_LA_B));
        ValidationReport b = ValidationReport.of(List.of(NATION));
        assertThat(a.plus(b).findings()).containsExactly(SON_LA_B, NATION);
        assertThat(a.plus(ValidationReport.empty())).isSameAs(a);
        ValidationReport moved = REPORT.relocate(l -> l.withPosition(3, 1));
        assertThat(moved.findings()).allSatisfy(f -> assertThat(f.location().line()).hasValue(3));
        assertThat(moved.findings().get(0).code()).isEqualTo("b.code");
    }

    @Test
    void readersTurnIndicesIntoLines() {
        // A reader whose row i is on line i + 2 (after a header) moves every finding there.
        ValidationReport report = DatasetValidator.defaults().validate(DatasetValidatorTest.brokenSubmission(), CONTEXT)
                .relocate(l -> l.index().isPresent() ? l.withPosition(l.index().getAsInt() + 2, 1) : l);
        assertThat(report.findings().get(0).location())
                .hasToString("W_ENT/14/2017/_T value (index 0, line 2, column 1)");
    }

    @Test
    void equalityAndImmutability() {
        assertThat(ValidationReport.of(List.of(NATION))).isEqualTo(ValidationReport.of(List.of(NATION)))
                .hasSameHashCodeAs(ValidationReport.of(List.of(NATION)))
                .isNotEqualTo(ValidationReport.of(List.of(LAO_CAI)));
        assertThatThrownBy(() -> REPORT.findings().add(NATION)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> REPORT.byArea().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
