package io.github.binhdang.extract;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Quantity;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A figure read from a report's text, for a person to review: the number as written and as a decimal,
 * its qualifier, unit, what it counts, its period, area, sex and kind, where it stands in the text, the
 * indicator it seems to measure, and how sure the reading is.
 *
 * <p>"Sở mở 04 lớp tập huấn nghiệp vụ, thu hút gần 400 người theo học." gives two candidates:
 * {@code 04} (4 lớp, "lớp tập huấn nghiệp vụ") and {@code 400} (nearly 400 persons, "người").
 * "125.525/688.753 người" gives one, 125525 with the numerator 125525 and the denominator 688753.
 *
 * <p>What the text did not say is listed in {@link #missing()} rather than guessed: a number with no unit
 * after it has no {@link #unit()}, and a low {@link #confidence()}.
 *
 * <p>Offsets are indexes into the text in Unicode NFC, the form the extractor reads; for a text already
 * in NFC (the usual case) they are indexes into the text as given.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Candidate {

    private final String written;
    private final BigDecimal value;
    private final Qualifier qualifier;
    private final @Nullable Unit unit;
    private final String counted;
    private final @Nullable BigDecimal numerator;
    private final @Nullable BigDecimal denominator;
    private final ReportingPeriod period;
    private final @Nullable Area area;
    private final @Nullable Sex sex;
    private final FigureKind kind;
    private final String sentence;
    private final int start;
    private final int end;
    private final @Nullable String indicator;
    private final Set<Missing> missing;
    private final double confidence;
    private final @Nullable String source;

    // Built by the extractor only.
    Candidate(String written, BigDecimal value, Qualifier qualifier, @Nullable Unit unit, String counted,
            @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, ReportingPeriod period,
            @Nullable Area area, @Nullable Sex sex, FigureKind kind, String sentence, int start, int end,
            @Nullable String indicator, Set<Missing> missing, double confidence, @Nullable String source) {
        this.written = Objects.requireNonNull(written, "written");
        this.value = Objects.requireNonNull(value, "value");
        this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
        this.unit = unit;
        this.counted = Objects.requireNonNull(counted, "counted");
        this.numerator = numerator;
        this.denominator = denominator;
        this.period = Objects.requireNonNull(period, "period");
        this.area = area;
        this.sex = sex;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.sentence = Objects.requireNonNull(sentence, "sentence");
        this.start = start;
        this.end = end;
        this.indicator = indicator;
        this.missing = missing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missing));
        this.confidence = confidence;
        this.source = source;
    }

    /**
     * Returns the number exactly as the text writes it: {@code "38,89"}, {@code "2.539"},
     * {@code "125.525/688.753"}, {@code "01"}, {@code "1 nghìn"}.
     *
     * @return the text of the number, not null
     */
    public String written() {
        return written;
    }

    /**
     * Returns the number as a decimal with the scale written: 38.89 for {@code "38,89"}, 2539 for
     * {@code "2.539"}, 1000 for {@code "1 nghìn"}; for a fraction, its numerator.
     *
     * @return the value, not null
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns how exactly the value is meant: {@link Qualifier#NEARLY} for "gần 400".
     *
     * @return the qualifier, not null
     */
    public Qualifier qualifier() {
        return qualifier;
    }

    /**
     * Returns the unit the text gives: {@link Unit#PERCENT} for "38,89%", {@link Unit#PERCENTAGE_POINT}
     * for a change of a percentage ("tăng 4,61%"), {@link Unit#PERSONS} for "286 cán bộ",
     * {@link Unit#MILLION_VND} for "50 triệu đồng", a count unit for counted things ("75 lớp": symbol
     * {@code lớp}).
     *
     * @return the unit, or empty if the text gives none
     */
    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * Returns the figure as an exact amount: money in dong ("gần 50 triệu đồng" gives 50000000
     * {@link Unit#VND}), any other unit as written.
     *
     * @return the amount, or empty if the text gives no unit
     */
    public Optional<Quantity> amount() {
        if (unit == null) {
            return Optional.empty();
        }
        Quantity written = Quantity.of(value, unit);
        return Optional.of(unit.base().equals(Unit.VND) ? written.to(Unit.VND) : written);
    }

    /**
     * Returns what the figure counts or measures, as the text words it: "cán bộ phụ trách công tác gia
     * đình", "hội viên nữ", "tỷ lệ nữ đại biểu Hội đồng nhân dân".
     *
     * @return the phrase, empty if the text says nothing ({@link Missing#COUNTED}), not null
     */
    public String counted() {
        return counted;
    }

    /**
     * Returns the numerator of a figure written as a fraction: 10 for "10/10 huyện".
     *
     * @return the numerator, or empty if the figure is no fraction
     */
    public Optional<BigDecimal> numerator() {
        return Optional.ofNullable(numerator);
    }

    /**
     * Returns the denominator of a figure written as a fraction: 688753 for "125.525/688.753 người".
     *
     * @return the denominator, or empty if the figure is no fraction
     */
    public Optional<BigDecimal> denominator() {
        return Optional.ofNullable(denominator);
    }

    /**
     * Returns the period the figure belongs to: the nearest period its sentence or paragraph names
     * ("năm 2021", "6 tháng đầu năm 2022", "nhiệm kỳ 2016 – 2021" of a People's Council), else the
     * report's own ({@link Missing#PERIOD}).
     *
     * @return the period, not null
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the area the figure belongs to: the place its sentence names within the report's area
     * ("tại xã Liên Minh"), else the report's own area.
     *
     * @return the area, or empty if neither the text nor the context gives one ({@link Missing#AREA})
     */
    public Optional<Area> area() {
        return Optional.ofNullable(area);
    }

    /**
     * Returns the sex of whom the figure counts, where the text says it ("70 hội viên nữ", "Tỷ lệ phụ
     * nữ").
     *
     * @return the sex, or empty if the text does not say
     */
    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    /**
     * Returns whether the figure is a result, a change or a target.
     *
     * @return the kind, not null
     */
    public FigureKind kind() {
        return kind;
    }

    /**
     * Returns the sentence the figure stands in, as written.
     *
     * @return the sentence, not null
     */
    public String sentence() {
        return sentence;
    }

    /**
     * Returns the index of the number's first character in the text (in NFC).
     *
     * @return the start, from 0
     */
    public int start() {
        return start;
    }

    /**
     * Returns the index after the number's last character in the text (in NFC).
     *
     * @return the end, after {@link #start()}
     */
    public int end() {
        return end;
    }

    /**
     * Returns the code of the indicator the figure seems to measure: the catalogue indicator whose name's
     * words all stand in the figure's phrase and whose measure fits the unit ("tỷ lệ nữ đại biểu Hội đồng
     * nhân dân … 38,89%" gives {@code POL-04}).
     *
     * @return the code, or empty if no indicator fits, to be chosen by the user
     */
    public Optional<String> indicator() {
        return Optional.ofNullable(indicator);
    }

    /**
     * Returns what the text did not say about the figure.
     *
     * @return the gaps, unmodifiable, empty when nothing is missing, not null
     */
    public Set<Missing> missing() {
        return missing;
    }

    /**
     * Returns how sure the reading is, from 0.05 (a bare number) to 1: each {@link Missing} gap
     * lowers it (no unit by 0.4, nothing counted by 0.25, the period of the report by 0.1, no area by
     * 0.05).
     *
     * @return the confidence, from 0.05 to 1
     */
    public double confidence() {
        return confidence;
    }

    /**
     * Returns the name of the report the figure was read from, as the context gave it.
     *
     * @return the source, or empty if the context named none
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns the figure as a reviewer reads it: {@code "gần 400 người (người) · 2022 · 44 · RESULT ·
     * 0.9"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (!qualifier.isExact()) {
            s.append(qualifier.word()).append(' ');
        }
        s.append(written);
        if (unit != null) {
            s.append(' ').append(unit.symbol().isEmpty() ? unit.code() : unit.symbol());
        }
        s.append(" (").append(counted).append(") · ").append(period);
        s.append(" · ").append(area == null ? "-" : area.code());
        if (sex != null) {
            s.append(" · ").append(sex.code());
        }
        s.append(" · ").append(kind);
        if (indicator != null) {
            s.append(" · ").append(indicator);
        }
        s.append(" · ").append(NumberNotation.PLAIN.format(BigDecimal.valueOf(confidence)));
        return s.toString();
    }
}
