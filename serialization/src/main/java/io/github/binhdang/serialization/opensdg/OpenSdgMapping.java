package io.github.binhdang.serialization.opensdg;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.unit.Unit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How Open SDG's data columns meet the model: which indicator an Open SDG indicator id (or a series of
 * it) is, which area a {@code GeoCode} is and which area a row without one is, which breakdown
 * dimension a disaggregation column is and its values' categories, and which unit a {@code Units} value
 * is. What is not mapped is read and written as it is: the id {@code 5.5.1} is the indicator
 * {@code 5.5.1}, a {@code GeoCode} is the area's code, a column {@code SEX} is the dimension {@code SEX}
 * with its values as categories, a {@code Units} value is a unit's code.
 *
 * @implSpec This class is immutable and thread-safe; its builder is not thread-safe.
 */
public final class OpenSdgMapping {

    /** A disaggregation column: its dimension and values. */
    record Column(String name, BreakdownDimension dimension, Map<String, String> toCategory,
            Map<String, String> toValue) {
    }

    private final Map<String, String> indicators;
    private final Map<String, String> ids;
    private final Map<String, String> series;
    private final Map<String, String[]> seriesOf;
    private final Map<String, String> areas;
    private final Map<String, String> geoCodes;
    private final @Nullable String defaultArea;
    private final Map<String, Column> columns;
    private final Map<String, Column> byDimension;
    private final Set<String> ignored;
    private final Map<String, Unit> units;
    private final Map<String, String> unitLabels;

    private OpenSdgMapping(Builder b) {
        indicators = Map.copyOf(b.indicators);
        ids = reverse(b.indicators);
        series = Map.copyOf(b.series);
        Map<String, String[]> of = new HashMap<>();
        b.series.forEach((k, v) -> of.putIfAbsent(v, k.split("\u0000", 2)));
        seriesOf = Map.copyOf(of);
        areas = Map.copyOf(b.areas);
        geoCodes = reverse(b.areas);
        defaultArea = b.defaultArea;
        columns = Map.copyOf(b.columns);
        Map<String, Column> dims = new HashMap<>();
        b.columns.values().forEach(c -> dims.putIfAbsent(c.dimension().code(), c));
        byDimension = Map.copyOf(dims);
        ignored = Set.copyOf(b.ignored);
        units = Map.copyOf(b.units);
        Map<String, String> labels = new HashMap<>();
        b.units.forEach((k, v) -> labels.putIfAbsent(v.code(), k));
        unitLabels = Map.copyOf(labels);
    }

    private static Map<String, String> reverse(Map<String, String> map) {
        Map<String, String> r = new HashMap<>();
        map.forEach((k, v) -> r.putIfAbsent(v, k));
        return Map.copyOf(r);
    }

    /**
     * Starts a mapping.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the mapping that maps nothing: every id, code, column and value as it is, no default area.
     *
     * @return the mapping, not null
     */
    public static OpenSdgMapping identity() {
        return builder().build();
    }

    String indicator(String id) {
        return indicators.getOrDefault(id, id);
    }

    @Nullable String indicator(String id, String seriesLabel) {
        return series.get(id + "\u0000" + seriesLabel);
    }

    /** The Open SDG id and series label of an indicator: the series is empty when it has none. */
    String[] idOf(String indicator) {
        String[] s = seriesOf.get(indicator);
        if (s != null) {
            return s;
        }
        return new String[] {ids.getOrDefault(indicator, indicator), ""};
    }

    String area(String geoCode) {
        return areas.getOrDefault(geoCode, geoCode);
    }

    String geoCode(String area) {
        return geoCodes.getOrDefault(area, area);
    }

    Optional<String> defaultArea() {
        return Optional.ofNullable(defaultArea);
    }

    boolean isIgnored(String column) {
        return ignored.contains(column);
    }

    /** The column of a name; an unmapped name is the dimension of that code. */
    Column column(String name) {
        Column c = columns.get(name);
        if (c != null) {
            return c;
        }
        return new Column(name, BreakdownDimension.of(name, BilingualText.of(name, name)), Map.of(), Map.of());
    }

    /** The column of a dimension's code. */
    Column columnOf(String dimension) {
        Column c = byDimension.get(dimension);
        return c != null ? c : column(dimension);
    }

    @Nullable Unit unit(String label, List<Unit> extra) {
        Unit u = units.get(label);
        if (u != null) {
            return u;
        }
        for (Unit e : extra) {
            if (e.code().equals(label)) {
                return e;
            }
        }
        return Unit.find(label).orElse(null);
    }

    String unitLabel(Unit unit) {
        return unitLabels.getOrDefault(unit.code(), unit.code());
    }

    /**
     * Builds a mapping.
     *
     * @implNote Not thread-safe.
     */
    public static final class Builder {
        private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9._-]+");
        private final Map<String, String> indicators = new HashMap<>();
        private final Map<String, String> series = new HashMap<>();
        private final Map<String, String> areas = new HashMap<>();
        private @Nullable String defaultArea;
        private final Map<String, Column> columns = new HashMap<>();
        private final Set<String> ignored = new HashSet<>();
        private final Map<String, Unit> units = new HashMap<>();

        private Builder() {
        }

        /**
         * Maps an Open SDG indicator id to an indicator.
         *
         * @param id         the id, such as {@code 5.5.1}, not null
         * @param indicator  the indicator's code, not null
         * @return this builder, not null
         */
        public Builder indicator(String id, String indicator) {
            indicators.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(indicator, "indicator"));
            return this;
        }

        /**
         * Maps a series of an Open SDG indicator (a value of its {@code Series} column) to an indicator. A
         * file with a {@code Series} column reads each series through these.
         *
         * @param id         the id, such as {@code 5.5.1}, not null
         * @param label      the series as the {@code Series} column writes it, not blank
         * @param indicator  the indicator's code, not null
         * @return this builder, not null
         * @throws InvalidValueException if the label is blank
         */
        public Builder series(String id, String label, String indicator) {
            if (label.isBlank()) {
                throw new InvalidValueException("OpenSdgMapping.series", "'" + label + "'", "must not be blank");
            }
            series.put(Objects.requireNonNull(id, "id") + "\u0000" + label, Objects.requireNonNull(indicator,
                    "indicator"));
            return this;
        }

        /**
         * Maps a {@code GeoCode} to an area.
         *
         * @param geoCode  the code as the file writes it, not null
         * @param area     the area's code, not null
         * @return this builder, not null
         */
        public Builder area(String geoCode, String area) {
            areas.put(Objects.requireNonNull(geoCode, "geoCode"), Objects.requireNonNull(area, "area"));
            return this;
        }

        /**
         * Names the area of the rows with no {@code GeoCode} (the headline of a national site), and the
         * area the writer leaves {@code GeoCode} empty for.
         *
         * @param area  the area's code, not null
         * @return this builder, not null
         */
        public Builder defaultArea(String area) {
            this.defaultArea = Objects.requireNonNull(area, "area");
            return this;
        }

        /**
         * Maps a disaggregation column to a breakdown dimension, with its values' categories; a value not
         * in them is an unknown code (with none given, values are the categories).
         *
         * @param name       the column's header, such as {@code Sex}, not null
         * @param dimension  the dimension, not null
         * @param values     the column's value to the category, such as {@code Female} to {@code F}, not null
         * @return this builder, not null
         */
        public Builder column(String name, BreakdownDimension dimension, Map<String, String> values) {
            Map<String, String> categories = new HashMap<>();
            values.forEach((k, v) -> categories.putIfAbsent(v, k));
            columns.put(Objects.requireNonNull(name, "name"), new Column(name, Objects.requireNonNull(dimension,
                    "dimension"), Map.copyOf(values), Map.copyOf(categories)));
            return this;
        }

        /**
         * Leaves a column aside when reading, such as a {@code Region} name beside {@code GeoCode}.
         *
         * @param name  the column's header, not null
         * @return this builder, not null
         */
        public Builder ignore(String name) {
            ignored.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Maps a value of the {@code Units} column to a unit.
         *
         * @param label  the value, such as {@code Percentage (%)}, not null
         * @param unit   the unit, not null
         * @return this builder, not null
         */
        public Builder unit(String label, Unit unit) {
            units.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(unit, "unit"));
            return this;
        }

        // Issue 23 (cliconvert): Open SDG ids for a catalogue's indicators, from their SDG links.

        /**
         * Maps a catalogue's indicators to Open SDG ids that survive Open SDG's file naming, from each
         * indicator's link to a global SDG indicator (such as {@code GenderIndicators::sdgIndicator}):
         * <ul>
         *   <li>an SDG indicator that one of the codes links to is that indicator's id: {@code FAM-01},
         *       linked to {@code 5.4.1}, is written to {@code indicator_5-4-1.csv};</li>
         *   <li>an SDG indicator that several codes link to is one file whose {@code Series} column tells
         *       them apart, each series labelled with the indicator's code: {@code POL-03} and {@code POL-04},
         *       both linked to {@code 5.5.1}, are the series {@code POL-03} and {@code POL-04} of
         *       {@code indicator_5-5-1.csv}. The code, not a name, is the label because it is the one text
         *       that is unique, stable and the same in both languages; a site gives a series its display name
         *       through its translations;</li>
         *   <li>a code with no link is its own id with dots for dashes: {@code POL-02} is the id
         *       {@code POL.02}, written to {@code indicator_POL-02.csv}. Open SDG reads a data file's id from its
         *       name with every dash turned into a dot (sdg-build's {@code InputCsvData}), so the file keeps the
         *       code as it is and the id read back from it is the one mapped; the identity mapping instead reads
         *       {@code indicator_POL-02.csv} back as an indicator {@code POL.02} that does not exist.</li>
         * </ul>
         * Which codes share an SDG indicator is decided among the codes given, so give the whole catalogue,
         * not only the codes of one dataset. For example:
         * <pre>
         * OpenSdgMapping mapping = OpenSdgMapping.builder()
         *     .indicators(GenderIndicators.ALL.stream().map(Indicator::code).toList(), GenderIndicators::sdgIndicator)
         *     .build();
         * </pre>
         *
         * @param codes         the indicators' codes, letters, digits, {@code .}, {@code -} and {@code _}, not null
         * @param sdgIndicator  the global SDG indicator a code is linked to, or empty, not null
         * @return this builder, not null
         * @throws InvalidValueException if a code has another character, or two codes would have one id
         */
        public Builder indicators(Collection<String> codes, Function<String, Optional<String>> sdgIndicator) {
            Objects.requireNonNull(codes, "codes");
            Objects.requireNonNull(sdgIndicator, "sdgIndicator");
            Map<String, List<String>> bySdg = new LinkedHashMap<>();
            List<String> unlinked = new ArrayList<>();
            for (String code : codes) {
                Objects.requireNonNull(code, "code");
                if (!SAFE_CODE.matcher(code).matches()) {
                    throw new InvalidValueException("OpenSdgMapping.indicators", "'" + code + "'",
                            "is not a code Open SDG can name a file by: use letters, digits, '.', '-' and '_'");
                }
                Optional<String> sdg = sdgIndicator.apply(code);
                if (sdg.isPresent()) {
                    bySdg.computeIfAbsent(sdg.get(), k -> new ArrayList<>()).add(code);
                } else {
                    unlinked.add(code);
                }
            }
            Map<String, String> taken = new HashMap<>();
            bySdg.forEach((sdg, linked) -> {
                taken.put(sdg, String.join(", ", linked));
                if (linked.size() == 1) {
                    indicator(sdg, linked.get(0));
                } else {
                    linked.forEach(code -> series(sdg, code, code));
                }
            });
            for (String code : unlinked) {
                String id = code.replace('-', '.');
                String before = taken.putIfAbsent(id, code);
                if (before != null && !before.equals(code)) {
                    throw new InvalidValueException("OpenSdgMapping.indicators", "'" + code + "'",
                            "would have the Open SDG id " + id + " of " + before);
                }
                indicator(id, code);
            }
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, not null
         */
        public OpenSdgMapping build() {
            return new OpenSdgMapping(this);
        }
    }
}
