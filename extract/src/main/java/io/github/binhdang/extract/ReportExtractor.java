package io.github.binhdang.extract;

import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the figures of a Vietnamese report's text as candidates for review, and turns the accepted ones
 * into observations.
 *
 * <p>From "Sở mở 04 lớp tập huấn nghiệp vụ, thu hút gần 400 người theo học. Hội in gần 1.000 cuốn sổ tay,
 * chi phí gần 50 triệu đồng." in the context of Quảng Bình, 2022:
 * <pre>
 *   04     4 lớp                 (lớp tập huấn nghiệp vụ)       2022  Quảng Bình  RESULT
 *   400    nearly 400 người      (người)                        2022  Quảng Bình  RESULT
 *   1.000  nearly 1000 cuốn      (cuốn sổ tay)                  2022  Quảng Bình  RESULT
 *   50     nearly 50 triệu đồng  (50000000 đồng)                2022  Quảng Bình  RESULT
 * </pre>
 *
 * <h2>What is not a figure</h2>
 * Dates ("8/3", "ngày 19/9", "25/11/2019", "tháng 4 năm 2018"), years, periods ("6 tháng đầu năm 2022",
 * "nhiệm kỳ 2016 – 2021"), document numbers ("Nghị định 48/2009/NĐ-CP", "Quyết định số 12"), legislatures
 * ("khóa 14"), durations and ages ("10 năm", "45 tuổi"), times ("01:38"), phone numbers, list numbering
 * ("1. "), lines of page furniture (visitor counters, polls, pagination), numbers in another notation
 * ("2,299,828") and numbers inside words ("Covid-19"): none gives a candidate. Empty text, text in another
 * language and text without numbers give none either. No text makes {@link #extract} throw.
 *
 * <h2>How a figure is read</h2>
 * The number in {@linkplain io.github.binhdang.core.unit.NumberNotation#VIETNAMESE Vietnamese notation},
 * with a multiplier word ("1 nghìn" is 1000); a fraction "384/2.539" or "10/10 huyện" gives a numerator and
 * a denominator. The qualifier is the word before ("gần", "hơn", "trên", "khoảng", "dưới", "ít nhất",
 * "không quá", "tối thiểu", "xấp xỉ", …) or after ("trở lên"), read by
 * {@link io.github.binhdang.core.data.Qualifier#parse}. The unit is "%", money ("triệu đồng", by
 * {@link Unit#findBySymbol}), or a counted noun: people ("cán bộ", "hội viên", "phụ nữ": {@link Unit#PERSONS})
 * and things ("lớp", "buổi", "mô hình", "câu lạc bộ": count units of their own). What it counts is the noun
 * phrase from the unit on, or, for a percentage, the subject before it. The kind is a change after "tăng"
 * or "giảm" (in percentage points when the value it changes is a percentage), a target in a sentence with
 * "phấn đấu", "mục tiêu", "chỉ tiêu" or "đề ra" (and in the paragraph that continues a list of targets),
 * else a result. The period is the nearest one the sentence names before the figure (after it, for a
 * target), else the last the paragraph names, else the context's; a base after "so với" is never the
 * period. The area is the place the figure's part of the sentence names ("tại xã Liên Minh") within the
 * context's area, else the context's.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ReportExtractor {

    private ReportExtractor() {
    }

    /**
     * Reads the figures of a report's text, in the order they stand in it.
     *
     * @param text     the text, in NFC or NFD, not null, possibly empty
     * @param context  the report's period and area, and the indicators to map to, not null
     * @return the candidates, unmodifiable, empty if the text holds no figure, not null
     */
    public static List<Candidate> extract(String text, ExtractionContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        if (text.isBlank()) {
            return List.of();
        }
        return new Reading(text, context).read();
    }

    /**
     * Turns the chosen candidates into observations, in the order of the choices, for validation with
     * {@link io.github.binhdang.core.validation.DatasetValidator}.
     *
     * <p>Each observation has the chosen indicator and area, the candidate's period and qualifier, its value
     * in the indicator's unit (50 triệu đồng is 50000000 for an indicator in {@link Unit#VND}; a fraction is
     * its numerator and denominator where the indicator has a denominator), its sex where the indicator is
     * broken down by sex, the sentence it came from as its note (quoted by
     * {@link Excerpt#of(CharSequence)}), the report as its source, and the status
     * {@link ObservationStatus#PROVISIONAL} until a person confirms it ({@link Choice#confirm()}), then
     * {@link ObservationStatus#FINAL}.
     *
     * @param candidates  the candidates read from one text, not null
     * @param choices     the accepted ones, not null
     * @return the dataset, not null
     * @throws InvalidValueException if a choice's candidate is not among the candidates, or its unit
     *         cannot be a value of the chosen indicator (a percentage as a count)
     */
    public static Dataset toDataset(List<Candidate> candidates, List<Choice> choices) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(choices, "choices");
        Set<Candidate> read = Collections.newSetFromMap(new IdentityHashMap<>());
        read.addAll(candidates);
        Dataset.Builder dataset = Dataset.builder();
        for (Choice choice : choices) {
            Candidate c = choice.candidate();
            if (!read.contains(c)) {
                throw new InvalidValueException("ReportExtractor.choices", "'" + c.written() + "'",
                        "is not one of the candidates given");
            }
            Indicator indicator = choice.indicator();
            Observation.Builder o = Observation.builder(indicator.code(), choice.area(), c.period())
                    .qualifier(c.qualifier())
                    .status(choice.confirmed() ? ObservationStatus.FINAL : ObservationStatus.PROVISIONAL)
                    .note(Excerpt.of(c.sentence()));
            c.source().ifPresent(o::source);
            if (c.numerator().isPresent() && c.denominator().isPresent() && indicator.denominator().isPresent()) {
                o.components(c.numerator().get(), c.denominator().get());
            } else {
                o.value(valueIn(c, indicator));
            }
            if (c.sex().isPresent() && indicator.isBrokenDownBy(BreakdownDimension.SEX)) {
                o.sex(c.sex().get());
            }
            dataset.add(o.build());
        }
        return dataset.build();
    }

    private static BigDecimal valueIn(Candidate c, Indicator indicator) {
        Unit target = indicator.unit();
        Unit unit = c.unit().orElse(null);
        if (unit == null || unit.equals(target)) {
            return c.value();
        }
        if (unit.isConvertibleTo(target)) {
            return unit.convert(c.value(), target);
        }
        if (unit.isIntegral() && target.isIntegral()) {
            return c.value(); // 75 lớp as a count of classes
        }
        throw new InvalidValueException("Choice.indicator", "'" + c.written() + " " + unit.symbol() + "'",
                "cannot be a value of " + indicator.code() + ", measured in " + target.code());
    }
}
