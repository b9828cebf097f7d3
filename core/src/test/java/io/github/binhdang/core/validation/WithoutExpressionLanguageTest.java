package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.VI;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.constraints.Percentage;
import io.github.binhdang.core.constraints.ValidPeriodText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The factory that an application without an EL implementation gets: Hibernate Validator's
 * {@link ParameterMessageInterpolator}, and the same messages in both languages, since none of
 * binhdang's messages (nor the Vietnamese ones for Jakarta's constraints) uses EL.
 */
class WithoutExpressionLanguageTest {

    /** A form with binhdang's and Jakarta's constraints. */
    public static final class Form {
        @NotBlank
        public final String name;
        @Size(max = 4)
        public final String code;
        @Percentage
        public final BigDecimal share;
        @ValidPeriodText
        public final String period;

        Form(String name, String code, BigDecimal share, String period) {
            this.name = name;
            this.code = code;
            this.share = share;
            this.period = period;
        }
    }

    private static List<String> messages(Locale locale) {
        ValidatorFactory factory = BeanValidation.build(false);
        Validator validator = factory.usingContext().messageInterpolator(new ParameterMessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return super.interpolate(template, context, locale);
            }
        }).getValidator();
        assertThat(factory.getMessageInterpolator()).isInstanceOf(ParameterMessageInterpolator.class);
        return validator.validate(new Form(" ", "TOO_LONG", new BigDecimal("140"), "2022-13")).stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .map(ConstraintViolation::getMessage)
                .toList();
    }

    @Test
    void messagesNeedNoExpressionLanguage() {
        // Sorted by path: code, name, period, share.
        assertThat(messages(Locale.ENGLISH)).containsExactly(
                "size must be between 0 and 4",
                "must not be blank",
                "2022-13 is not a reporting period (cannot read it at character 6): write 2022, 2022-S1, 2022-Q3, "
                        + "2022-M09, 2021/2025 or HDND:2016/2021",
                "140 is not a percentage from 0 to 100");
        assertThat(messages(VI)).containsExactly(
                "kích thước phải từ 0 đến 4",
                "không được để trống",
                "2022-13 không phải là kỳ báo cáo (không đọc được ở ký tự thứ 6): hãy viết 2022, 2022-S1, 2022-Q3, "
                        + "2022-M09, 2021/2025 hoặc HDND:2016/2021",
                "140 không phải là tỷ lệ phần trăm từ 0 đến 100");
    }
}
