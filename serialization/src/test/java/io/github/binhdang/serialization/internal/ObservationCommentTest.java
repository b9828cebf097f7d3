package io.github.binhdang.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.YearPeriod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the comment form into a carrier a reader reuses, and filling a row from it. */
class ObservationCommentTest {

    @Test
    void aReusedCarrierHoldsOnlyTheLastComment() {
        ObservationComment.Extras e = new ObservationComment.Extras();
        // 384 of 2,539 women-owned enterprises, "about".
        ObservationComment.parse("binhdang:qualifier=about;status=provisional;numerator=384;denominator=2539",
                List.of(), e);
        assertThat(e.qualifier).isEqualTo(Qualifier.ABOUT);
        assertThat(e.status).isEqualTo(ObservationStatus.PROVISIONAL);
        assertThat(e.hasStatus).isTrue();
        assertThat(e.numerator).isEqualTo(new BigDecimal("384"));
        assertThat(e.denominator).isEqualTo(new BigDecimal("2539"));
        assertThat(e.note).isNull();

        ObservationComment.parse("đã kiểm tra", List.of(), e);
        assertThat(e.qualifier).isEqualTo(Qualifier.EXACT);
        assertThat(e.status).isEqualTo(ObservationStatus.FINAL);
        assertThat(e.hasStatus).isFalse();
        assertThat(e.numerator).isNull();
        assertThat(e.denominator).isNull();
        assertThat(e.note).isEqualTo("đã kiểm tra");

        ObservationComment.parse("", List.of(), e);
        assertThat(e.note).isNull();
    }

    @Test
    void numbersKeepTheirScaleAndLongOnesAreRead() {
        ObservationComment.Extras e = new ObservationComment.Extras();
        ObservationComment.parse("binhdang:numerator=12.50;denominator=1234567890123456789.5", List.of(), e);
        // 12.50 keeps its two decimals; 19 digits and a decimal are past the common form's 18.
        assertThat(e.numerator).isEqualTo(new BigDecimal("12.50"));
        assertThat(e.numerator.scale()).isEqualTo(2);
        assertThat(e.denominator).isEqualTo(new BigDecimal("1234567890123456789.5"));
    }

    @Test
    void aBadPartIsNamed() {
        ObservationComment.Extras e = new ObservationComment.Extras();
        assertThatThrownBy(() -> ObservationComment.parse("binhdang:numerator=384;", List.of(), e))
                .isInstanceOfSatisfying(InvalidValueException.class, x -> assertThat(x.field()).isEqualTo("comment"));
        assertThatThrownBy(() -> ObservationComment.parse("binhdang:numerators=384", List.of(), e))
                .isInstanceOfSatisfying(InvalidValueException.class, x -> assertThat(x.field()).isEqualTo("comment"));
        // "%3B" is ";": "38;4" is no number.
        assertThatThrownBy(() -> ObservationComment.parse("binhdang:numerator=38%3B4", List.of(), e))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        x -> assertThat(x.field()).isEqualTo("comment.numerator"));
        assertThatThrownBy(() -> ObservationComment.parse("binhdang:denominator=2.539,5", List.of(), e))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        x -> assertThat(x.field()).isEqualTo("comment.denominator"));
    }

    @Test
    void fillGivesTheRowWhatTheCommentHeld() {
        ObservationComment.Extras e = new ObservationComment.Extras();
        ObservationComment.parse("binhdang:qualifier=about;numerator=384.0;denominator=2539;note=ước tính", List.of(), e);
        Dataset.Builder builder = Dataset.builder();
        Dataset.Row row = builder.row().key("W_ENT", "14", YearPeriod.of(2017),
                io.github.binhdang.core.data.Breakdown.TOTAL);
        e.fill(row, null, ObservationStatus.FINAL);
        builder.add(row);
        Observation o = builder.build().get(0);
        assertThat(o.numerator()).contains(new BigDecimal("384.0"));
        assertThat(o.denominator()).contains(new BigDecimal("2539"));
        assertThat(o.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(o.note()).contains("ước tính");

        // A number the caller puts in the carrier after reading is the one filled.
        ObservationComment.parse("binhdang:numerator=384;denominator=2539", List.of(), e);
        e.numerator = new BigDecimal("385");
        Dataset.Builder other = Dataset.builder();
        Dataset.Row second = other.row().key("W_ENT", "14", YearPeriod.of(2018),
                io.github.binhdang.core.data.Breakdown.TOTAL);
        e.fill(second, null, ObservationStatus.FINAL);
        other.add(second);
        assertThat(other.build().get(0).numerator()).contains(new BigDecimal("385"));
    }
}
