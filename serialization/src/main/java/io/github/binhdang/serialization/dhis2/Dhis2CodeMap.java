package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.serialization.csv.CsvRecords;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the identifiers of a DHIS2 instance stand for the model's codes: data elements for indicators,
 * organisation units for areas, category option combos for breakdowns, and the attribute option combos
 * accepted. Each mapping is one to one, both ways. A code with no mapping is never guessed: reading, it
 * is a finding; writing, the observation is not written and a finding says so.
 *
 * <p>Identifiers are DHIS2 UIDs: 11 characters, a letter then 10 letters or digits, such as
 * {@code fbfJHSPpUQD} (DHIS2 Developer Manual, "Identifier schemes"; dhis2-core {@code CodeGenerator}).
 * DHIS2's default category option combo and attribute option combo is {@value #DEFAULT_COMBO}; the total
 * breakdown maps to it and it is the one attribute option combo accepted unless the builder is given
 * others.
 *
 * <p>A map can be read from a small file, CSV with the header {@code type,uid,code}:
 * <pre>
 * type,uid,code
 * dataElement,fbfJHSPpUQD,W_HDND
 * orgUnit,ImspTQPwCqd,14
 * categoryOptionCombo,Prlt0C1RF0s,SEX=F
 * attributeOptionCombo,HllvX50cXC0,
 * </pre>
 * or JSON, {@code {"dataElements": {"fbfJHSPpUQD": "W_HDND"}, "orgUnits": {…}, "categoryOptionCombos":
 * {"Prlt0C1RF0s": "SEX=F"}, "attributeOptionCombos": ["HllvX50cXC0"]}}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Dhis2CodeMap {

    /** DHIS2's default category option combo and attribute option combo: {@value}. */
    public static final String DEFAULT_COMBO = "HllvX50cXC0";

    private final Map<String, String> indicatorByElement;
    private final Map<String, String> elementByIndicator;
    private final Map<String, String> areaByUnit;
    private final Map<String, String> unitByArea;
    private final Map<String, Breakdown> breakdownByCombo;
    private final Map<Breakdown, String> comboByBreakdown;
    private final List<String> attributeCombos;

    private Dhis2CodeMap(Builder b) {
        indicatorByElement = Map.copyOf(b.indicatorByElement);
        elementByIndicator = Map.copyOf(b.elementByIndicator);
        areaByUnit = Map.copyOf(b.areaByUnit);
        unitByArea = Map.copyOf(b.unitByArea);
        Map<String, Breakdown> byCombo = new HashMap<>(b.breakdownByCombo);
        Map<Breakdown, String> byBreakdown = new HashMap<>(b.comboByBreakdown);
        if (!byBreakdown.containsKey(Breakdown.TOTAL) && !byCombo.containsKey(DEFAULT_COMBO)) {
            byCombo.put(DEFAULT_COMBO, Breakdown.TOTAL);
            byBreakdown.put(Breakdown.TOTAL, DEFAULT_COMBO);
        }
        breakdownByCombo = Map.copyOf(byCombo);
        comboByBreakdown = Map.copyOf(byBreakdown);
        attributeCombos = b.attributeCombos.isEmpty() ? List.of(DEFAULT_COMBO) : List.copyOf(b.attributeCombos);
    }

    /**
     * Starts a map.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether a text is a DHIS2 UID: 11 characters, an ASCII letter then 10 ASCII letters or digits.
     *
     * @param text  the text, not null
     * @return true if it is one
     */
    public static boolean isUid(String text) {
        if (text.length() != 11 || !isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < 11; i++) {
            char c = text.charAt(i);
            if (!isLetter(c) && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    // The readers' look-ups, without an Optional per data value; every key is a UID (the builder checks).

    /** Every UID the map knows, the default combo's included: what a reader keeps one string of. */
    List<String> uids() {
        List<String> all = new ArrayList<>(indicatorByElement.keySet());
        all.addAll(areaByUnit.keySet());
        all.addAll(breakdownByCombo.keySet());
        all.addAll(attributeCombos);
        return all;
    }

    @Nullable String indicatorOrNull(String dataElement) {
        return indicatorByElement.get(dataElement);
    }

    @Nullable String areaOrNull(String orgUnit) {
        return areaByUnit.get(orgUnit);
    }

    @Nullable Breakdown breakdownOrNull(String categoryOptionCombo) {
        return breakdownByCombo.get(categoryOptionCombo);
    }

    /**
     * Returns the indicator a data element stands for.
     *
     * @param dataElement  the data element's UID, not null
     * @return the indicator's code, or empty if the map has none
     */
    public Optional<String> indicator(String dataElement) {
        return Optional.ofNullable(indicatorByElement.get(dataElement));
    }

    /**
     * Returns the data element an indicator is filed under.
     *
     * @param indicator  the indicator's code, not null
     * @return the data element's UID, or empty if the map has none
     */
    public Optional<String> dataElement(String indicator) {
        return Optional.ofNullable(elementByIndicator.get(indicator));
    }

    /**
     * Returns the area an organisation unit stands for.
     *
     * @param orgUnit  the organisation unit's UID, not null
     * @return the area's code, or empty if the map has none
     */
    public Optional<String> area(String orgUnit) {
        return Optional.ofNullable(areaByUnit.get(orgUnit));
    }

    /**
     * Returns the organisation unit an area is filed under.
     *
     * @param area  the area's code, not null
     * @return the organisation unit's UID, or empty if the map has none
     */
    public Optional<String> orgUnit(String area) {
        return Optional.ofNullable(unitByArea.get(area));
    }

    /**
     * Returns the breakdown a category option combo stands for; {@value #DEFAULT_COMBO} is the total
     * unless the map says otherwise.
     *
     * @param categoryOptionCombo  the combo's UID, not null
     * @return the breakdown, or empty if the map has none
     */
    public Optional<Breakdown> breakdown(String categoryOptionCombo) {
        return Optional.ofNullable(breakdownByCombo.get(categoryOptionCombo));
    }

    /**
     * Returns the category option combo a breakdown is filed under.
     *
     * @param breakdown  the breakdown, not null
     * @return the combo's UID, or empty if the map has none
     */
    public Optional<String> categoryOptionCombo(Breakdown breakdown) {
        return Optional.ofNullable(comboByBreakdown.get(breakdown));
    }

    /**
     * Tells whether an attribute option combo is accepted.
     *
     * @param attributeOptionCombo  the combo's UID, not null
     * @return true if the map accepts it
     */
    public boolean acceptsAttributeOptionCombo(String attributeOptionCombo) {
        return attributeCombos.contains(attributeOptionCombo);
    }

    /**
     * Returns the attribute option combo the writers file every data value under: the first accepted.
     *
     * @return the combo's UID, {@value #DEFAULT_COMBO} unless the builder was given another, not null
     */
    public String attributeOptionCombo() {
        return attributeCombos.get(0);
    }

    /**
     * Reads a map from CSV with the header {@code type,uid,code}, types {@code dataElement},
     * {@code orgUnit}, {@code categoryOptionCombo} (code: a breakdown such as {@code SEX=F} or
     * {@code _T}) and {@code attributeOptionCombo} (code empty).
     *
     * @param text  the text, not null; not closed
     * @return the map, not null
     * @throws TextParseException if a row cannot be read; the message names the line
     */
    public static Dhis2CodeMap parseCsv(Reader text) {
        Builder b = builder();
        List<TextParseException> errors = new ArrayList<>();
        var syntax = CsvRecords.read(text, ',', "", new CsvRecords.Handler() {
            @Override
            public boolean header(int line, List<String> names) {
                List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
                if (!lower.equals(List.of("type", "uid", "code"))) {
                    errors.add(new TextParseException("Dhis2CodeMap", String.join(",", names), 0,
                            "line " + line + ": the header must be type,uid,code"));
                    return false;
                }
                return true;
            }

            @Override
            public void row(int line, CsvRecords.Fields fields) {
                if (!errors.isEmpty()) {
                    return;
                }
                String type = fields.get(0);
                String uid = fields.size() > 1 ? fields.get(1) : "";
                String code = fields.size() > 2 ? fields.get(2) : "";
                try {
                    b.add(type, uid, code);
                } catch (InvalidValueException e) {
                    errors.add(new TextParseException("Dhis2CodeMap", type + "," + uid + "," + code, 0,
                            "line " + line + ": " + e.getMessage()));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        if (!syntax.isEmpty()) {
            throw new TextParseException("Dhis2CodeMap", "", 0, syntax.findings().get(0).message());
        }
        return b.build();
    }

    /**
     * Reads a map from JSON: an object with the members {@code dataElements}, {@code orgUnits},
     * {@code categoryOptionCombos} (objects from UID to code) and {@code attributeOptionCombos} (an array
     * of UIDs), each optional.
     *
     * @param text  the text, not null; not closed
     * @return the map, not null
     * @throws TextParseException if the text is not such an object or a mapping is refused; the message
     *         names the member
     */
    public static Dhis2CodeMap parseJson(Reader text) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(text);
        } catch (JacksonException e) {
            throw new TextParseException("Dhis2CodeMap", "", 0, "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new TextParseException("Dhis2CodeMap", "", 0, "must be a JSON object");
        }
        Builder b = builder();
        Map<String, String> members = Map.of("dataElements", "dataElement", "orgUnits", "orgUnit",
                "categoryOptionCombos", "categoryOptionCombo");
        for (String name : root.propertyNames()) {
            JsonNode node = root.get(name);
            try {
                if (name.equals("attributeOptionCombos") && node.isArray()) {
                    for (JsonNode uid : node) {
                        b.add("attributeOptionCombo", uid.asString(), "");
                    }
                } else if (members.containsKey(name) && node.isObject()) {
                    for (String uid : node.propertyNames()) {
                        b.add(members.get(name), uid, node.get(uid).asString());
                    }
                } else {
                    throw new InvalidValueException("Dhis2CodeMap." + name, "'" + name + "'",
                            "is not a member: use dataElements, orgUnits, categoryOptionCombos (objects) or"
                                    + " attributeOptionCombos (an array)");
                }
            } catch (InvalidValueException e) {
                throw new TextParseException("Dhis2CodeMap", name, 0, e.getMessage());
            }
        }
        return b.build();
    }

    /**
     * Compares every mapping.
     *
     * @param other  the other object
     * @return true if both map the same identifiers to the same codes
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Dhis2CodeMap m && indicatorByElement.equals(m.indicatorByElement)
                && areaByUnit.equals(m.areaByUnit) && breakdownByCombo.equals(m.breakdownByCombo)
                && attributeCombos.equals(m.attributeCombos);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(indicatorByElement, areaByUnit, breakdownByCombo, attributeCombos);
    }

    /**
     * Returns the sizes of the map, for logs: {@code Dhis2CodeMap[dataElements=2, orgUnits=1, …]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Dhis2CodeMap[dataElements=" + indicatorByElement.size() + ", orgUnits=" + areaByUnit.size()
                + ", categoryOptionCombos=" + breakdownByCombo.size() + ", attributeOptionCombos="
                + attributeCombos + "]";
    }

    /**
     * Builds a {@link Dhis2CodeMap}.
     *
     * @implNote A builder is not thread-safe.
     */
    public static final class Builder {
        private final Map<String, String> indicatorByElement = new HashMap<>();
        private final Map<String, String> elementByIndicator = new HashMap<>();
        private final Map<String, String> areaByUnit = new HashMap<>();
        private final Map<String, String> unitByArea = new HashMap<>();
        private final Map<String, Breakdown> breakdownByCombo = new HashMap<>();
        private final Map<Breakdown, String> comboByBreakdown = new HashMap<>();
        private final Set<String> attributeCombos = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Maps a data element to an indicator, both ways.
         *
         * @param uid        the data element's UID, not null
         * @param indicator  the indicator's code, not null
         * @return this builder
         * @throws InvalidValueException if the UID is malformed, or either side is mapped already
         */
        public Builder dataElement(String uid, String indicator) {
            put("dataElement", uid, indicator, indicatorByElement, elementByIndicator);
            return this;
        }

        /**
         * Maps an organisation unit to an area, both ways.
         *
         * @param uid   the organisation unit's UID, not null
         * @param area  the area's code, not null
         * @return this builder
         * @throws InvalidValueException if the UID is malformed, or either side is mapped already
         */
        public Builder orgUnit(String uid, String area) {
            put("orgUnit", uid, area, areaByUnit, unitByArea);
            return this;
        }

        /**
         * Maps a category option combo to a breakdown, both ways.
         *
         * @param uid        the combo's UID, not null
         * @param breakdown  the breakdown, not null
         * @return this builder
         * @throws InvalidValueException if the UID is malformed, or either side is mapped already
         */
        public Builder categoryOptionCombo(String uid, Breakdown breakdown) {
            put("categoryOptionCombo", uid, Objects.requireNonNull(breakdown, "breakdown"), breakdownByCombo,
                    comboByBreakdown);
            return this;
        }

        /**
         * Accepts an attribute option combo; the first one given is the one the writers use.
         *
         * @param uid  the combo's UID, not null
         * @return this builder
         * @throws InvalidValueException if the UID is malformed
         */
        public Builder attributeOptionCombo(String uid) {
            attributeCombos.add(requireUid("attributeOptionCombo", uid));
            return this;
        }

        /**
         * Adds one mapping by its type's name, as a code map file writes it.
         *
         * @param type  {@code dataElement}, {@code orgUnit}, {@code categoryOptionCombo} or
         *              {@code attributeOptionCombo}, not null
         * @param uid   the UID, not null
         * @param code  the code (a breakdown's text form for a category option combo; ignored for an
         *              attribute option combo), not null
         * @return this builder
         * @throws InvalidValueException if the type is unknown or the mapping refused
         */
        public Builder add(String type, String uid, String code) {
            switch (type) {
                case "dataElement" -> dataElement(uid, code);
                case "orgUnit" -> orgUnit(uid, code);
                case "categoryOptionCombo" -> {
                    Breakdown breakdown;
                    try {
                        breakdown = Breakdown.parse(code);
                    } catch (TextParseException e) {
                        throw new InvalidValueException("Dhis2CodeMap.categoryOptionCombo", "'" + code + "'",
                                e.reason());
                    }
                    categoryOptionCombo(uid, breakdown);
                }
                case "attributeOptionCombo" -> attributeOptionCombo(uid);
                default -> throw new InvalidValueException("Dhis2CodeMap.type", "'" + type + "'",
                        "must be dataElement, orgUnit, categoryOptionCombo or attributeOptionCombo");
            }
            return this;
        }

        private static <K> void put(String type, String uid, K code, Map<String, K> byUid, Map<K, String> byCode) {
            requireUid(type, uid);
            Objects.requireNonNull(code, "code");
            if (code instanceof String s && s.isBlank()) {
                throw new InvalidValueException("Dhis2CodeMap." + type, "'" + uid + "'", "needs a code");
            }
            K before = byUid.get(uid);
            if (before != null && !before.equals(code)) {
                throw new InvalidValueException("Dhis2CodeMap." + type, "'" + uid + "'",
                        "is mapped to " + before + " already, not also to " + code);
            }
            String other = byCode.get(code);
            if (other != null && !other.equals(uid)) {
                throw new InvalidValueException("Dhis2CodeMap." + type, "'" + code + "'",
                        "is mapped to " + other + " already, not also to " + uid);
            }
            byUid.put(uid, code);
            byCode.put(code, uid);
        }

        private static String requireUid(String type, String uid) {
            Objects.requireNonNull(uid, "uid");
            if (!isUid(uid)) {
                throw new InvalidValueException("Dhis2CodeMap." + type, "'" + uid + "'",
                        "is not a DHIS2 UID: 11 characters, a letter then 10 letters or digits");
            }
            return uid;
        }

        /**
         * Builds the map.
         *
         * @return the map, not null
         */
        public Dhis2CodeMap build() {
            return new Dhis2CodeMap(this);
        }
    }
}
