package io.github.binhdang.extract;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.indicators.GenderIndicators;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a reader knows about a report before reading it: its own period, the area it reports on, the
 * indicators its figures may measure and the name of the source.
 *
 * <p>The period is the default of every figure whose paragraph names none ("Đến nay toàn tỉnh duy trì
 * 65 mô hình" in a report for 2017 is a 2017 figure). The area is the default of
 * every figure whose sentence names none, and it bounds the places a sentence names: a commune is taken
 * only when it lies in this area, so "Sở Văn hóa tỉnh Lào Cai" in a report of Sa Pa town does not move a
 * figure of Sa Pa to the province. The indicators are {@link GenderIndicators#ALL} unless set.
 *
 * <pre>
 *   ExtractionContext.of(ReportingPeriod.parse("2017"), VietNamAreas.SON_LA).withSource("Sở LĐ-TB&amp;XH Sơn La")
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ExtractionContext {

    private final ReportingPeriod period;
    private final @Nullable Area area;
    private final List<Indicator> indicators;
    private final @Nullable String source;
    // The words of each indicator's Vietnamese name that a figure's phrase must hold, folded once here.
    private final List<Set<String>> nameWords;

    private ExtractionContext(ReportingPeriod period, @Nullable Area area, List<Indicator> indicators,
            @Nullable String source) {
        this.period = period;
        this.area = area;
        this.indicators = indicators;
        this.source = source;
        List<Set<String>> words = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            Set<String> name = Reading.foldedWords(indicator.name().vi());
            name.removeAll(Lexicon.NAME_STOPS);
            words.add(Set.copyOf(name));
        }
        this.nameWords = List.copyOf(words);
    }

    /**
     * Obtains the context of a report on a period that names no area of its own.
     *
     * @param period  the report's period, not null
     * @return the context, not null
     */
    public static ExtractionContext of(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return new ExtractionContext(period, null, GenderIndicators.ALL, null);
    }

    /**
     * Obtains the context of a report on an area and a period.
     *
     * @param period  the report's period, not null
     * @param area    the area the report covers, such as a province or a district-level town, not null
     * @return the context, not null
     */
    public static ExtractionContext of(ReportingPeriod period, Area area) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(area, "area");
        return new ExtractionContext(period, area, GenderIndicators.ALL, null);
    }

    /**
     * Returns a copy whose figures are mapped to these indicators instead of the catalogue's.
     *
     * @param indicators  the indicators, not null, possibly empty (then no figure is mapped)
     * @return the changed copy, not null
     */
    public ExtractionContext withIndicators(Collection<Indicator> indicators) {
        return new ExtractionContext(period, area, List.copyOf(indicators), source);
    }

    /**
     * Returns a copy that names the report, which the observations made from it carry as their source.
     *
     * @param source  the report's name, such as "Sở LĐ-TB&amp;XH Quảng Bình, kết quả năm 2022", not blank
     * @return the changed copy, not null
     * @throws InvalidValueException if the source is blank
     */
    public ExtractionContext withSource(String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new InvalidValueException("ExtractionContext.source", "'" + source + "'", "must not be blank");
        }
        return new ExtractionContext(period, area, indicators, source.strip());
    }

    /**
     * Returns the report's own period, the default of figures whose paragraph names none.
     *
     * @return the period, not null
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the area the report covers.
     *
     * @return the area, or empty if the report names none
     */
    public Optional<Area> area() {
        return Optional.ofNullable(area);
    }

    /**
     * Returns the indicators figures are mapped to.
     *
     * @return the indicators, unmodifiable, not null
     */
    public List<Indicator> indicators() {
        return indicators;
    }

    /**
     * Returns the name of the report.
     *
     * @return the source, or empty if not set
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    List<Set<String>> nameWords() {
        return nameWords;
    }

    @Override
    public String toString() {
        return "ExtractionContext[" + period + (area == null ? "" : ", " + area.code()) + ", " + indicators.size()
                + " indicators" + (source == null ? "" : ", " + source) + "]";
    }
}
