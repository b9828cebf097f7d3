package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static io.github.binhdang.core.validation.Fixtures.VI;
import static io.github.binhdang.core.validation.Fixtures.W_ENT;
import static io.github.binhdang.core.validation.Fixtures.Y2017;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.constraints.Percentage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * An application's own {@code ValidationMessages.properties} (src/test/resources, first on the test
 * class path) hides none of binhdang's messages, at either door: Bean Validation and
 * {@link DatasetValidator}. The expected texts are the bundles' templates filled in by hand.
 */
class ForeignBundleTest {

    /** An application's form with its own message key beside binhdang's and Jakarta's constraints. */
    public static final class Form {
        @NotNull(message = "{app.name.required}")
        public final String name;
        @Percentage
        public final BigDecimal share;
        @NotNull
        public final String area;
        @Size(min = 2, max = 10)
        public final String code;

        Form(String name, BigDecimal share, String area, String code) {
            this.name = name;
            this.share = share;
            this.area = area;
            this.code = code;
        }
    }

    private static List<String> messages(Locale locale) {
        Form form = new Form(null, new BigDecimal("105"), null, "X");
        return BeanValidation.validator(locale).validate(form).stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .map(ConstraintViolation::getMessage)
                .toList();
    }

    @Test
    void theApplicationsBundleIsFirstOnTheClassPath() {
        URL first = Objects.requireNonNull(ForeignBundleTest.class.getClassLoader().getResource("ValidationMessages.properties"));
        assertThat(first.toString()).contains("test-classes");
    }

    @Test
    void beanValidationSpeaksBothLanguagesBesideTheApplicationsBundle() {
        // Sorted by path: area, code, name, share.
        assertThat(messages(Locale.ENGLISH)).containsExactly(
                "must not be null",
                "size must be between 2 and 10",
                "Tell us your name",
                "105 is not a percentage from 0 to 100");
        assertThat(messages(VI)).containsExactly(
                "bắt buộc phải có giá trị",
                "kích thước phải từ 2 đến 10",
                "Hãy cho biết tên của bạn",
                "105 không phải là tỷ lệ phần trăm từ 0 đến 100");
    }

    @Test
    void datasetValidatorSpeaksBothLanguagesBesideTheApplicationsBundle() {
        Observation share = Observation.builder(W_ENT.code(), "14", Y2017).value(105).build();
        Finding finding = DatasetValidator.defaults().validate(share, CONTEXT).findings().get(0);
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("105 % is outside 0–100, the range of a percentage");
        assertThat(finding.message(VI)).isEqualTo("105 % nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm");
    }
}
