package io.github.binhdang.cli;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.unit.NumberNotation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The tool's messages in one language: the bundle {@code messages} (English) and {@code messages_vi}
 * (Vietnamese) beside this class, numbers in that language's notation ({@code 38,89} or {@code 38.89}).
 */
final class Texts {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final NumberNotation notation;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = bundle(locale);
        this.notation = isVietnamese() ? NumberNotation.VIETNAMESE : NumberNotation.ENGLISH;
    }

    static Texts of(Locale locale) {
        return new Texts("vi".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH);
    }

    /**
     * The bundle of a language: English unless the language is Vietnamese, whatever the system's locale.
     * Read as a resource of this module in UTF-8 (a named module cannot take a ResourceBundle.Control, and
     * the system's locale must not pick the language); both files hold every key (a test holds them so).
     */
    static ResourceBundle bundle(Locale locale) {
        String name = "vi".equals(locale.getLanguage()) ? "messages_vi.properties" : "messages.properties";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " beside " + Texts.class.getName());
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    boolean isVietnamese() {
        return "vi".equals(locale.getLanguage());
    }

    /**
     * The message of a key with its arguments put in ({@link MessageFormat}). A count is given as a number, so
     * that an English template can say {@code 1 error} and {@code 2 errors} with a choice
     * ({@code {0,choice,0#{0} errors|1#1 error|1<{0} errors}}; Vietnamese has no plural); other numbers are
     * given as text in the language's notation ({@link #num}).
     */
    String t(String key, Object... arguments) {
        String template = bundle.getString(key);
        return arguments.length == 0 ? template : new MessageFormat(template, locale).format(arguments);
    }

    String t(BilingualText text) {
        return isVietnamese() ? text.vi() : text.en();
    }

    String num(BigDecimal value) {
        return notation.format(value);
    }

    String num(long value) {
        return notation.format(BigDecimal.valueOf(value));
    }

    NumberNotation notation() {
        return notation;
    }

    /** A value in a unit: {@code 48 %} for a percentage, the number alone otherwise. */
    String value(BigDecimal value, String unitSymbol) {
        return "%".equals(unitSymbol) ? num(value) + " %" : num(value);
    }

    String period(ReportingPeriod period) {
        return t(period.title());
    }

    /** A milestone: {@code at least 60 % (2025)}; a yes/no milestone {@code met (2025)}. */
    String milestone(Milestone m) {
        if (m.isYesNo()) {
            return t("milestone.met", period(m.period()));
        }
        return t(m.comparison().title()) + " " + value(m.value(), m.unit().symbol()) + " (" + period(m.period()) + ")";
    }
}
