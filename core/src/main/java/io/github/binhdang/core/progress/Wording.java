package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The phrases inside assessment reasons (the sentences are templates in {@code reasons.properties} and
 * {@code reasons_vi.properties}, see {@link Reason}): numbers in English notation in English and in Vietnamese notation
 * in Vietnamese, with their units, periods and milestones.
 */
final class Wording {

    private Wording() {
    }

    /** A phrase from the bundles with no argument. */
    static BilingualText phrase(String key) {
        return Reason.template(key);
    }

    /** A phrase from the bundles with one argument. */
    static BilingualText phrase(String key, String name, Object value) {
        return Reason.format(key, Map.of(name, value));
    }

    /** A phrase from the bundles with two arguments. */
    static BilingualText phrase(String key, String name1, Object value1, String name2, Object value2) {
        return Reason.format(key, Map.of(name1, value1, name2, value2));
    }

    /**
     * A value with its unit: {@code 60,0%} / {@code 60.0 %}, {@code 112/100} / {@code 112 per 100}; a
     * yes/no value is {@code có} / {@code yes} (1) or {@code không} / {@code no} (0).
     */
    static BilingualText quantity(BigDecimal value, Unit unit) {
        if (unit.equals(Unit.YES_NO)) {
            return phrase(value.signum() == 0 ? "binhdang.progress.phrase.no" : "binhdang.progress.phrase.yes");
        }
        String vi = NumberNotation.VIETNAMESE.format(value);
        String en = NumberNotation.ENGLISH.format(value);
        String symbol = unit.symbol();
        if (unit.equals(Unit.PERCENT)) {
            return BilingualText.of(vi + "%", en + " %");
        }
        if (symbol.isEmpty()) {
            return BilingualText.of(vi, en);
        }
        return BilingualText.of(symbol.startsWith("/") ? vi + symbol : vi + " " + symbol, en + " " + unit.name().en());
    }

    /**
     * A signed change in a unit: percentages change in percentage points, {@code +5,0 điểm phần trăm} /
     * {@code +5.0 percentage points}; other units in themselves, {@code -1,00/100} / {@code -1.00 per 100}.
     */
    static BilingualText change(BigDecimal change, Unit unit) {
        String sign = change.signum() > 0 ? "+" : "";
        if (unit.equals(Unit.PERCENT)) {
            return phrase("binhdang.progress.phrase.percentagePoints", "change", BilingualText.of(
                    sign + NumberNotation.VIETNAMESE.format(change), sign + NumberNotation.ENGLISH.format(change)));
        }
        BilingualText q = quantity(change, unit);
        return BilingualText.of(sign + q.vi(), sign + q.en());
    }

    /**
     * A milestone's comparison and value: {@code ít nhất 60%} / {@code at least 60 %}; a yes/no
     * milestone is {@code đạt} / {@code met}.
     */
    static BilingualText milestoneValue(Milestone milestone) {
        if (milestone.isYesNo()) {
            return phrase("binhdang.progress.phrase.met");
        }
        return phrase("binhdang.progress.phrase.milestoneValue", "comparison", milestone.comparison().title(),
                "value", quantity(milestone.value(), milestone.unit()));
    }

    /** A milestone: {@code ít nhất 60% vào năm 2025} / {@code at least 60 % by 2025}. */
    static BilingualText milestone(Milestone milestone) {
        return phrase("binhdang.progress.phrase.milestone", "milestoneValue", milestoneValue(milestone),
                "period", milestone.period().title());
    }

    /** A value and its period: {@code 50,0% năm 2023} / {@code 50.0 % in 2023}. */
    static BilingualText point(SeriesPoint point, Unit unit) {
        return phrase("binhdang.progress.phrase.point", "value", quantity(point.shown(), unit),
                "period", point.period().title());
    }

    /** The note that lists skipped observations. */
    static Reason skipped(List<SkippedObservation> skipped) {
        StringBuilder vi = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (SkippedObservation s : skipped) {
            BilingualText p = s.key().period().title();
            vi.append(vi.length() == 0 ? "" : "; ").append(p.vi()).append(": ").append(s.reason().vi());
            en.append(en.length() == 0 ? "" : "; ").append(p.en()).append(": ").append(s.reason().en());
        }
        int n = skipped.size();
        return Reason.of(n == 1 ? "binhdang.progress.skipped.one" : "binhdang.progress.skipped.many",
                "count", Integer.toString(n), "observations", BilingualText.of(vi.toString(), en.toString()));
    }
}
