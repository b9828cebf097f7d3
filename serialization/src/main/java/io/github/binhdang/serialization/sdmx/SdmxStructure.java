package io.github.binhdang.serialization.sdmx;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.unit.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the columns of an SDMX data structure meet the model: which dimension holds the indicator, which
 * the area, which the time period, which are breakdowns (each with its code list), which are fixed
 * (one code, such as {@code FREQ} = {@code A}), and the code lists of indicators, areas and units.
 *
 * <p>An empty code list of indicators or areas reads and writes each code as it is; a breakdown with no
 * code list reads each code as the category of the same code. In every breakdown {@code _T} (SDMX's
 * "total", no breakdown) and an empty cell are the total. A fixed dimension reads only its code,
 * {@code _T} or an empty cell; any other code is an unknown code, since the model could not tell the
 * observations apart.
 *
 * <p>{@link #sdg()} is the UN global SDG data structure, with its dimensions in its order, from the
 * <i>Guidelines for the Global Data Structure Definition for Sustainable Development Goals
 * Indicators</i> (IAEG-SDGs Working Group on SDMX for SDG Indicators, DSD version 1.6, October 2021,
 * section 2.1 "Dimensions") and the dimension list of open-sdg/sdg-build ({@code sdg/helpers/sdmx.py},
 * {@code sdg/outputs/OutputSdmxMl.py}, 2.3.0, commit {@code b59aef56}, March 2024): {@code FREQ}
 * (fixed {@code A}: "by convention, the SDG DSD currently only supports annual frequency"),
 * {@code REPORTING_TYPE} (fixed {@code N}, national reporting), {@code SERIES} (the indicator),
 * {@code REF_AREA} (the area), {@code SEX} (breakdown {@code SEX}, codes {@code F}, {@code M}),
 * {@code AGE} (breakdown {@code AGE_GROUP}: {@code Y15T24} is the category {@code 15-24}, other codes as
 * they are, such as {@code Y_GE15}), {@code URBANISATION} (breakdown {@code RESIDENCE}: {@code U} is
 * {@code URBAN}, {@code R} is {@code RURAL}; the codes from sdg-build's
 * {@code sdg/outputs/sdmx_global_content_constraints.csv}), then {@code INCOME_WEALTH_QUANTILE},
 * {@code EDUCATION_LEV}, {@code OCCUPATION}, {@code CUST_BREAKDOWN}, {@code COMPOSITE_BREAKDOWN},
 * {@code DISABILITY_STATUS}, {@code ACTIVITY}, {@code PRODUCT} (fixed {@code _T}, "used when a dimension is
 * not applicable"), and {@code TIME_PERIOD}. Units: {@code PT} (percent) is {@link Unit#PERCENT},
 * {@code NUMBER} is {@link Unit#COUNT} (sdg-build's defaults {@code UNIT_MEASURE}, {@code UNIT_MULT}
 * {@code 0}, {@code OBS_STATUS} {@code A}). {@link #sdgBuilder()} starts from it to add code lists.
 *
 * @implSpec This class is immutable and thread-safe; its builder is not thread-safe.
 */
public final class SdmxStructure {

    /** SDMX's code for "no breakdown", the total: {@value}. */
    public static final String TOTAL = "_T";

    /** The role of a dimension. */
    enum Role { INDICATOR, AREA, TIME, BREAKDOWN, FIXED }

    /** One dimension: its id, its role, and for a breakdown its dimension and code list. */
    record Dimension(String id, Role role, @Nullable BreakdownDimension breakdown, Map<String, String> codes,
            Map<String, String> categories, boolean ageRanges, String fixed) {

        /** The category of an SDMX code, or null when the code list has none. */
        @Nullable String category(String code) {
            if (!codes.isEmpty()) {
                String c = codes.get(code);
                if (c != null || !ageRanges) {
                    return c;
                }
            }
            if (ageRanges) {
                int t = code.indexOf('T');
                if (code.length() > 3 && code.charAt(0) == 'Y' && t > 1 && digits(code, 1, t)
                        && digits(code, t + 1, code.length())) {
                    return code.substring(1, t) + "-" + code.substring(t + 1);
                }
            }
            return code;
        }

        /** The SDMX code of a category. */
        String code(String category) {
            String c = categories.get(category);
            if (c != null) {
                return c;
            }
            int dash = category.indexOf('-');
            if (ageRanges && dash > 0 && digits(category, 0, dash) && digits(category, dash + 1, category.length())) {
                return "Y" + category.substring(0, dash) + "T" + category.substring(dash + 1);
            }
            return category;
        }

        private static boolean digits(String s, int from, int to) {
            if (from >= to) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Dimension> dimensions;
    private final Map<String, Dimension> byId;
    private final Map<String, String> indicators;
    private final Map<String, String> series;
    private final Map<String, String> areas;
    private final Map<String, String> refAreas;
    private final Map<String, Unit> units;
    private final Map<String, String> unitCodes;

    private SdmxStructure(Builder b) {
        List<Dimension> dims = new ArrayList<>(b.dimensions.values());
        this.dimensions = List.copyOf(dims);
        this.byId = Map.copyOf(b.dimensions);
        this.indicators = Map.copyOf(b.indicators);
        this.series = reverse(b.indicators);
        this.areas = Map.copyOf(b.areas);
        this.refAreas = reverse(b.areas);
        this.units = Map.copyOf(b.units);
        Map<String, String> codes = new HashMap<>();
        b.units.forEach((code, unit) -> codes.putIfAbsent(unit.code(), code));
        this.unitCodes = Map.copyOf(codes);
    }

    private static Map<String, String> reverse(Map<String, String> map) {
        Map<String, String> r = new HashMap<>();
        map.forEach((k, v) -> r.putIfAbsent(v, k));
        return Map.copyOf(r);
    }

    /**
     * Returns the UN global SDG data structure, described in the class documentation.
     *
     * @return the structure, not null
     */
    public static SdmxStructure sdg() {
        return sdgBuilder().build();
    }

    /**
     * Starts a structure from the UN global SDG data structure, to add code lists of indicators, areas,
     * breakdowns and units.
     *
     * @return a new builder, not null
     */
    public static Builder sdgBuilder() {
        Builder b = new Builder()
                .fixed("FREQ", "A")
                .fixed("REPORTING_TYPE", "N")
                .indicatorDimension("SERIES")
                .areaDimension("REF_AREA")
                .breakdown("SEX", BreakdownDimension.SEX)
                .breakdown("AGE", BreakdownDimension.AGE_GROUP)
                .breakdown("URBANISATION", BreakdownDimension.RESIDENCE, Map.of("U", "URBAN", "R", "RURAL"));
        Dimension age = b.dimensions.get("AGE");
        b.dimensions.put("AGE", new Dimension("AGE", Role.BREAKDOWN, age.breakdown(), Map.of(), Map.of(), true, ""));
        for (String id : List.of("INCOME_WEALTH_QUANTILE", "EDUCATION_LEV", "OCCUPATION", "CUST_BREAKDOWN",
                "COMPOSITE_BREAKDOWN", "DISABILITY_STATUS", "ACTIVITY", "PRODUCT")) {
            b.fixed(id, TOTAL);
        }
        return b.timeDimension("TIME_PERIOD").unit("PT", Unit.PERCENT).unit("NUMBER", Unit.COUNT);
    }

    /**
     * Starts an empty structure: a time dimension {@code TIME_PERIOD} and nothing else.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder().timeDimension("TIME_PERIOD");
    }

    /**
     * Returns the ids of the dimensions in the structure's order, the time dimension last.
     *
     * @return the ids, not null
     */
    public List<String> dimensionIds() {
        List<String> ids = new ArrayList<>();
        for (Dimension d : dimensions) {
            if (d.role() != Role.TIME) {
                ids.add(d.id());
            }
        }
        dimensions.stream().filter(d -> d.role() == Role.TIME).forEach(d -> ids.add(d.id()));
        return List.copyOf(ids);
    }

    List<Dimension> dimensions() {
        return dimensions;
    }

    @Nullable Dimension dimension(String id) {
        return byId.get(id);
    }

    /** The indicator of an SDMX code, or null. */
    @Nullable String indicator(String code) {
        return indicators.isEmpty() ? code : indicators.get(code);
    }

    /** The SDMX code of an indicator, or empty. */
    Optional<String> seriesCode(String indicator) {
        return Optional.ofNullable(indicators.isEmpty() ? indicator : series.get(indicator));
    }

    /** The area of an SDMX code, or null. */
    @Nullable String area(String code) {
        return areas.isEmpty() ? code : areas.get(code);
    }

    /** The SDMX code of an area, or empty. */
    Optional<String> areaCode(String area) {
        return Optional.ofNullable(areas.isEmpty() ? area : refAreas.get(area));
    }

    /** The unit of an SDMX code, or null. */
    @Nullable Unit unit(String code) {
        return units.get(code);
    }

    /** The SDMX code of a unit, or empty. */
    Optional<String> unitCode(Unit unit) {
        return Optional.ofNullable(unitCodes.get(unit.code()));
    }

    @Override
    public String toString() {
        return "SdmxStructure" + dimensionIds();
    }

    /**
     * Builds a structure. Dimensions keep the order they are added in; the time dimension is written last.
     *
     * @implNote Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, Dimension> dimensions = new LinkedHashMap<>();
        private final Map<String, String> indicators = new HashMap<>();
        private final Map<String, String> areas = new HashMap<>();
        private final Map<String, Unit> units = new HashMap<>();

        private Builder() {
        }

        private Builder put(Dimension d) {
            if (!d.id().matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new InvalidValueException("SdmxStructure.dimension", "'" + d.id() + "'",
                        "is not an SDMX id: a letter, then letters, digits or '_'");
            }
            if (d.role() != Role.BREAKDOWN && d.role() != Role.FIXED) {
                dimensions.values().removeIf(o -> o.role() == d.role());
            }
            dimensions.remove(d.id());
            dimensions.put(d.id(), d);
            return this;
        }

        /**
         * Names the dimension that holds the indicator, such as {@code SERIES}.
         *
         * @param id  the dimension's id, not null
         * @return this builder, not null
         * @throws InvalidValueException if the id is not an SDMX id
         */
        public Builder indicatorDimension(String id) {
            return put(new Dimension(Objects.requireNonNull(id, "id"), Role.INDICATOR, null, Map.of(), Map.of(),
                    false, ""));
        }

        /**
         * Names the dimension that holds the area, such as {@code REF_AREA}.
         *
         * @param id  the dimension's id, not null
         * @return this builder, not null
         * @throws InvalidValueException if the id is not an SDMX id
         */
        public Builder areaDimension(String id) {
            return put(new Dimension(Objects.requireNonNull(id, "id"), Role.AREA, null, Map.of(), Map.of(), false, ""));
        }

        /**
         * Names the time dimension, {@code TIME_PERIOD} unless changed.
         *
         * @param id  the dimension's id, not null
         * @return this builder, not null
         * @throws InvalidValueException if the id is not an SDMX id
         */
        public Builder timeDimension(String id) {
            return put(new Dimension(Objects.requireNonNull(id, "id"), Role.TIME, null, Map.of(), Map.of(), false, ""));
        }

        /**
         * Adds a dimension with one code, written in every row and the only one read besides {@code _T}.
         *
         * @param id    the dimension's id, not null
         * @param code  its code, such as {@code A}, not blank
         * @return this builder, not null
         * @throws InvalidValueException if the id is not an SDMX id or the code blank
         */
        public Builder fixed(String id, String code) {
            if (code.isBlank()) {
                throw new InvalidValueException("SdmxStructure.fixed", "'" + code + "'", "must not be blank");
            }
            return put(new Dimension(Objects.requireNonNull(id, "id"), Role.FIXED, null, Map.of(), Map.of(), false,
                    code));
        }

        /**
         * Adds a breakdown dimension whose codes are the categories.
         *
         * @param id         the dimension's id, such as {@code SEX}, not null
         * @param dimension  the model's dimension, not null
         * @return this builder, not null
         * @throws InvalidValueException if the id is not an SDMX id
         */
        public Builder breakdown(String id, BreakdownDimension dimension) {
            return breakdown(id, dimension, Map.of());
        }

        /**
         * Adds a breakdown dimension with its code list: SDMX code to the model's category. A code not in
         * the list is an unknown code; {@code _T} is the total.
         *
         * @param id         the dimension's id, such as {@code URBANISATION}, not null
         * @param dimension  the model's dimension, not null
         * @param codes      SDMX code to category, such as {@code U} to {@code URBAN}, not null
         * @return this builder, not null
         * @throws InvalidValueException if the id is not an SDMX id
         */
        public Builder breakdown(String id, BreakdownDimension dimension, Map<String, String> codes) {
            Objects.requireNonNull(dimension, "dimension");
            Map<String, String> categories = new HashMap<>();
            codes.forEach((k, v) -> categories.putIfAbsent(v, k));
            return put(new Dimension(Objects.requireNonNull(id, "id"), Role.BREAKDOWN, dimension, Map.copyOf(codes),
                    Map.copyOf(categories), false, ""));
        }

        /**
         * Maps an indicator: once one is mapped, codes not mapped are unknown.
         *
         * @param code       the SDMX code, such as {@code SG_GEN_LOCG}, not null
         * @param indicator  the indicator's code, not null
         * @return this builder, not null
         */
        public Builder indicator(String code, String indicator) {
            indicators.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(indicator, "indicator"));
            return this;
        }

        /**
         * Maps an area: once one is mapped, codes not mapped are unknown.
         *
         * @param code  the SDMX code, such as {@code VN-14}, not null
         * @param area  the area's code, not null
         * @return this builder, not null
         */
        public Builder area(String code, String area) {
            areas.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(area, "area"));
            return this;
        }

        /**
         * Maps a unit of {@code UNIT_MEASURE}. An observation's unit with no code here is written in
         * {@code COMMENT_OBS}.
         *
         * @param code  the SDMX code, such as {@code PT}, not null
         * @param unit  the unit, not null
         * @return this builder, not null
         */
        public Builder unit(String code, Unit unit) {
            units.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(unit, "unit"));
            return this;
        }

        /**
         * Builds the structure.
         *
         * @return the structure, not null
         * @throws InvalidValueException if it has no indicator or no area dimension
         */
        public SdmxStructure build() {
            for (Role role : List.of(Role.INDICATOR, Role.AREA)) {
                if (dimensions.values().stream().noneMatch(d -> d.role() == role)) {
                    throw new InvalidValueException("SdmxStructure." + role.name().toLowerCase(java.util.Locale.ROOT)
                            + "Dimension", "none", "must be named");
                }
            }
            return new SdmxStructure(this);
        }
    }
}
