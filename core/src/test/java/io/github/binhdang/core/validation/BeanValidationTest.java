package io.github.binhdang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.constraints.Code;
import io.github.binhdang.core.constraints.Percentage;
import io.github.binhdang.core.constraints.ValidPeriodText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An application's own bean, with {@code @Valid} and binhdang's constraints on fields of binhdang's types. */
class BeanValidationTest {

    /** What a provincial application might hold for a submission form. */
    public static final class SubmissionForm {
        @NotNull
        @Valid
        public final Observation observation;
        @ValidPeriodText
        public final String period;
        @Percentage
        public final BigDecimal share;
        public final List<@Valid Observation> rows;
        public final List<@Code String> areas;

        SubmissionForm(Observation observation, String period, BigDecimal share, List<Observation> rows,
                List<String> areas) {
            this.observation = observation;
            this.period = period;
            this.share = share;
            this.rows = rows;
            this.areas = areas;
        }
    }

    private static final Observation GOOD = Observation.of("W_ENT", "14", YearPeriod.of(2017), new BigDecimal("15.1"));
    private static final Observation BY_NAME = Observation.of("W_ENT", "Sơn La", YearPeriod.of(2017), BigDecimal.ONE);

    private static SubmissionForm bad() {
        return new SubmissionForm(BY_NAME, "2022-Q5", new BigDecimal("105"), List.of(GOOD, BY_NAME), List.of("14", "Tỉnh 14"));
    }

    private static List<ConstraintViolation<SubmissionForm>> sorted(Set<ConstraintViolation<SubmissionForm>> set) {
        List<ConstraintViolation<SubmissionForm>> list = new ArrayList<>(set);
        list.sort((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()));
        return list;
    }

    @Test
    void aValidFormHasNoViolation() {
        SubmissionForm form = new SubmissionForm(GOOD, "2022-S1", new BigDecimal("38.89"), List.of(GOOD), List.of("14"));
        assertThat(BeanValidation.validator().validate(form)).isEmpty();
    }

    @Test
    void violationsCascadeIntoObservationsAndReadInEnglish() {
        List<ConstraintViolation<SubmissionForm>> v = sorted(BeanValidation.validator(Locale.ENGLISH).validate(bad()));
        assertThat(v).extracting(c -> c.getPropertyPath().toString(), ConstraintViolation::getMessage).containsExactly(
                tuple("areas[1].<list element>",
                        "Tỉnh 14 is not a code: use letters A–Z or a–z, digits, '.', '_' or '-', starting with a letter or digit"),
                tuple("observation.key.area",
                        "Sơn La is not a code: use letters A–Z or a–z, digits, '.', '_' or '-', starting with a letter or digit"),
                tuple("period",
                        "2022-Q5 is not a reporting period (cannot read it at character 7): write 2022, 2022-S1, 2022-Q3, 2022-M09, 2021/2025 or HDND:2016/2021"),
                tuple("rows[1].key.area",
                        "Sơn La is not a code: use letters A–Z or a–z, digits, '.', '_' or '-', starting with a letter or digit"),
                tuple("share", "105 is not a percentage from 0 to 100"));
    }

    @Test
    void violationsReadInVietnamese() {
        List<ConstraintViolation<SubmissionForm>> v = sorted(BeanValidation.validator(Fixtures.VI).validate(bad()));
        assertThat(v).extracting(ConstraintViolation::getMessage).containsExactly(
                "Tỉnh 14 không phải là mã: chỉ dùng chữ cái A–Z hoặc a–z, chữ số, '.', '_' hoặc '-', bắt đầu bằng chữ cái hoặc chữ số",
                "Sơn La không phải là mã: chỉ dùng chữ cái A–Z hoặc a–z, chữ số, '.', '_' hoặc '-', bắt đầu bằng chữ cái hoặc chữ số",
                "2022-Q5 không phải là kỳ báo cáo (không đọc được ở ký tự thứ 7): hãy viết 2022, 2022-S1, 2022-Q3, 2022-M09, 2021/2025 hoặc HDND:2016/2021",
                "Sơn La không phải là mã: chỉ dùng chữ cái A–Z hoặc a–z, chữ số, '.', '_' hoặc '-', bắt đầu bằng chữ cái hoặc chữ số",
                "105 không phải là tỷ lệ phần trăm từ 0 đến 100");
    }

    @Test
    void theFactoryIsSharedAndUsableFromManyThreads() throws Exception {
        assertThat(BeanValidation.factory()).isSameAs(BeanValidation.factory());
        assertThat(BeanValidation.validator()).isSameAs(BeanValidation.validator());
        int expected = BeanValidation.validator().validate(bad()).size();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> sizes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sizes.add(pool.submit(() -> BeanValidation.validator(Fixtures.VI).validate(bad()).size()));
            }
            for (Future<Integer> f : sizes) {
                assertThat(f.get(1, TimeUnit.MINUTES)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).isEqualTo(5);
    }
}
