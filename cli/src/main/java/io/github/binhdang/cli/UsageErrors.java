package io.github.binhdang.cli;

import io.github.binhdang.core.Excerpt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's usage errors told in the user's language: an unknown option or argument (with picocli's
 * suggestion of what was meant), a missing file or option value, an option given twice, a value an option
 * cannot take (what it expects: a date, one of a list, true or false). picocli's own text is English; the
 * exception's parts (the option, the value, the expected values) are put into a template of the bundle
 * instead. A kind this class does not know keeps picocli's text after a line in the user's language.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** The line that tells a usage error, without the hint to {@code --help} that the handler adds. */
    static String message(ParameterException ex, Texts t) {
        if (ex instanceof UnmatchedArgumentException u) {
            return unmatched(u, t);
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return missing(m.getMissing().get(0), t);
        }
        if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return t.t("usage.overwritten", name(o.getOverwritten()));
        }
        ArgSpec spec = ex.getArgSpec();
        String value = ex.getValue();
        if (spec != null && value != null) {
            return t.t("usage.badValue", name(spec), Excerpt.of(value), expected(spec, t));
        }
        return t.t("usage.other", String.valueOf(ex.getMessage()));
    }

    private static String unmatched(UnmatchedArgumentException u, Texts t) {
        List<String> unmatched = u.getUnmatched();
        String first = unmatched.isEmpty() ? "" : Excerpt.of(unmatched.get(0));
        String line = u.isUnknownOption() ? t.t("usage.unknownOption", first) : t.t("usage.unmatched", first);
        List<String> suggestions = u.getSuggestions();
        if (!suggestions.isEmpty()) {
            line += t.t("usage.suggestion", String.join(", ", suggestions.subList(0, Math.min(3, suggestions.size()))));
        }
        return line;
    }

    private static String missing(ArgSpec spec, Texts t) {
        if (spec.isOption()) {
            // The tool has no required option: a missing option is one given without its value.
            OptionSpec option = (OptionSpec) spec;
            return option.required() ? t.t("usage.missingOption", option.longestName())
                    : t.t("usage.missingValue", option.longestName(), option.paramLabel());
        }
        return t.t("usage.missingParameter", spec.paramLabel());
    }

    /** An option by its longest name; a positional parameter by its label, such as {@code FILE}. */
    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    /** What an option or parameter takes: a date, true or false, one of its values, or its label. */
    private static String expected(ArgSpec spec, Texts t) {
        Class<?> type = spec.type();
        if (type == LocalDate.class) {
            return t.t("usage.expect.date");
        }
        if (type == boolean.class || type == Boolean.class) {
            return t.t("usage.expect.boolean");
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(constant.toString());
            }
            return t.t("usage.expect.oneOf", String.join(", ", names));
        }
        return spec.paramLabel();
    }
}
