package io.github.binhdang.core.calc;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.AreaLink;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Carries series across a reform: each figure onto the unit of a level that holds its area's territory
 * on a later date, as the 2024 figures of old communes onto the communes of 1 July 2025.
 *
 * <p>An old unit that went whole into a new one ({@linkplain io.github.binhdang.core.area.LinkKind#FULL
 * full link}) is added into it, as {@link AreaRollup#onto} does: the new unit's total is the sum of its
 * old units' figures, and is partial when one of them did not report.
 *
 * <p>An old unit split between new ones ({@linkplain io.github.binhdang.core.area.LinkKind#PARTIAL partial
 * links}) is never assigned to one of them:
 * <ul>
 *   <li>with {@linkplain SplitShares shares} for it, each new unit gets its share of the figure: the
 *       value (of a count or amount), the numerator and the denominator are each multiplied by the
 *       share, and the part's status is {@link ObservationStatus#ESTIMATED}, which the total then
 *       carries. Old commune C6 (10 clubs) split 0.6 / 0.4 between C3 and C7 gives 6.0 and 4.0;</li>
 *   <li>without shares, its figure is carried nowhere: it is listed in
 *       {@link AggregationResult#splits()}, each new unit's total that should hold a part of it is
 *       partial (missing the old unit's code), and a total that would hold nothing else is refused with
 *       {@link NoDataReason#SPLIT_WITHOUT_SHARES}.</li>
 * </ul>
 * At province level there is nothing to share: every province went whole into a new one, and a split
 * commune stays within its province.
 *
 * <p>Each figure's area is read on its period's last day ({@link AreaDate#PERIOD_END}).
 */
public final class Carry {

    // Joins an old code and a new code into the area code of a shared part; no area code holds it.
    private static final String PART = ">";

    private Carry() {
    }

    /**
     * Carries figures onto the units of a level in force on a date, with no shares: figures of split
     * units are listed and not carried.
     *
     * @param dataset     the figures, not null
     * @param indicators  the definitions of the indicators in the dataset, not null
     * @param hierarchy   the areas and the links between old and new ones, not null
     * @param level       the level of the figures' areas and of the totals, such as {@code COMMUNE}, not null
     * @param date        the date whose units the totals are for, not null
     * @return the totals, with partial and refused ones and uncarried figures listed, not null
     */
    public static AggregationResult onto(Dataset dataset, Collection<Indicator> indicators, AreaHierarchy hierarchy,
            AreaLevel level, LocalDate date) {
        return onto(dataset, indicators, hierarchy, level, date, SplitShares.none());
    }

    /**
     * Carries figures onto the units of a level in force on a date, the figures of split units by the
     * shares given.
     *
     * @param dataset     the figures, not null
     * @param indicators  the definitions of the indicators in the dataset, not null
     * @param hierarchy   the areas and the links between old and new ones, not null
     * @param level       the level of the figures' areas and of the totals, such as {@code COMMUNE}, not null
     * @param date        the date whose units the totals are for, not null
     * @param shares      the shares of split units, not null; a split unit without shares is not carried
     * @return the totals, with partial and refused ones and uncarried figures listed, not null
     * @throws InvalidValueException if the shares of an old unit name other new units than those its
     *     links go to (the message names the old unit and both lists), or name an old unit that was not
     *     split
     */
    public static AggregationResult onto(Dataset dataset, Collection<Indicator> indicators, AreaHierarchy hierarchy,
            AreaLevel level, LocalDate date, SplitShares shares) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(shares, "shares");
        AreaRollup whole = new HierarchyRollup(hierarchy, level, level, date, AreaDate.PERIOD_END);
        Splits splits = Splits.of(hierarchy, level, date, shares);

        // Figures of split units become their shared parts, or are set aside.
        List<Observation> rows = new ArrayList<>(dataset.size());
        List<Observation> uncarried = new ArrayList<>();
        for (Observation o : dataset) {
            Area split = splits.splitArea(o.area(), o.period());
            if (split == null) {
                rows.add(o);
            } else if (shares.covers(split.code())) {
                for (Map.Entry<String, BigDecimal> share : shares.of(split.code()).entrySet()) {
                    rows.add(part(o, split.code() + PART + share.getKey(), share.getValue()));
                }
            } else {
                uncarried.add(o);
            }
        }
        AreaRollup rollup = new AreaRollup() {
            @Override
            public Optional<String> parentOf(String area, ReportingPeriod period) {
                int at = area.indexOf(PART);
                if (at > 0) {
                    return Optional.ofNullable(splits.targetOf(area.substring(0, at), area.substring(at + 1)));
                }
                return whole.parentOf(area, period);
            }

            @Override
            public List<String> childrenOf(String parent, ReportingPeriod period) {
                List<String> children = new ArrayList<>(whole.childrenOf(parent, period));
                LocalDate day = AreaDate.PERIOD_END.dayIn(period.start(), period.end());
                for (String[] part : splits.partsOf(parent)) {
                    Area old = Objects.requireNonNull(splits.area(part[0]));
                    if (old.isValidOn(day)) {
                        children.add(shares.covers(part[0]) ? part[0] + PART + part[1] : part[0]);
                    }
                }
                return children;
            }
        };
        AggregationResult carried = Aggregation.toParents(Dataset.of(rows), indicators, rollup);

        // Name a shared part by its old unit; list what was not carried.
        List<AggregationResult.Partial> partials = new ArrayList<>(carried.partials().size());
        for (AggregationResult.Partial p : carried.partials()) {
            List<String> missing = new ArrayList<>(p.missing().size());
            for (String code : p.missing()) {
                int at = code.indexOf(PART);
                missing.add(at > 0 ? code.substring(0, at) : code);
            }
            partials.add(new AggregationResult.Partial(p.key(), p.present(), p.expected(), missing));
        }
        List<AggregationResult.Refusal> refused = new ArrayList<>(carried.refused());
        Set<ObservationKey> refusedKeys = new HashSet<>();
        List<AggregationResult.Split> notCarried = new ArrayList<>(uncarried.size());
        for (Observation o : uncarried) {
            Area old = Objects.requireNonNull(splits.splitArea(o.area(), o.period()));
            List<String> targets = splits.targetsOf(old.code());
            notCarried.add(new AggregationResult.Split(o.key(), old.code(), targets));
            for (String target : targets) {
                ObservationKey key = new ObservationKey(o.indicator(), target, o.period(), o.breakdown());
                if (!carried.dataset().contains(key) && refusedKeys.add(key)) {
                    refused.add(new AggregationResult.Refusal(key, NoDataReason.SPLIT_WITHOUT_SHARES,
                            old + " was split between " + String.join(", ", targets) + " and no shares were given"));
                }
            }
        }
        return new AggregationResult(carried.dataset(), partials, refused, notCarried);
    }

    private static Observation part(Observation o, String area, BigDecimal share) {
        Observation.Builder b = Observation.builder(o.indicator(), area, o.period()).breakdown(o.breakdown())
                .qualifier(o.qualifier()).status(ObservationStatus.ESTIMATED);
        o.value().ifPresent(v -> b.value(v.multiply(share)));
        o.numerator().ifPresent(n -> b.numerator(n.multiply(share)));
        o.denominator().ifPresent(d -> b.denominator(d.multiply(share)));
        o.unit().ifPresent(b::unit);
        return b.build();
    }

    /** The units of a level that ended before a date split between several, and where each part goes. */
    private static final class Splits {
        private final AreaHierarchy hierarchy;
        private final Map<String, Area> byCode = new HashMap<>();
        // Old code → new code → the code of the unit of the level that holds the new one on the date.
        private final Map<String, Map<String, String>> targets = new HashMap<>();
        // Target code → (old code, new code) of each part it should hold.
        private final Map<String, List<String[]>> parts = new HashMap<>();

        private Splits(AreaHierarchy hierarchy) {
            this.hierarchy = hierarchy;
        }

        static Splits of(AreaHierarchy hierarchy, AreaLevel level, LocalDate date, SplitShares shares) {
            Splits s = new Splits(hierarchy);
            for (Area area : hierarchy.areas()) {
                if (area.level() != level || area.isValidOn(date)) {
                    continue;
                }
                List<AreaLink> links = hierarchy.successors(area);
                if (links.isEmpty() || links.get(0).isFull()) {
                    continue;
                }
                Map<String, String> to = new LinkedHashMap<>();
                for (AreaLink link : links) {
                    hierarchy.holderOn(link.to(), level, date)
                            .ifPresent(holder -> to.put(link.to().code(), holder.code()));
                }
                if (to.isEmpty()) {
                    continue;
                }
                s.byCode.put(area.code(), area);
                s.targets.put(area.code(), to);
                for (Map.Entry<String, String> e : to.entrySet()) {
                    s.parts.computeIfAbsent(e.getValue(), k -> new ArrayList<>())
                            .add(new String[] {area.code(), e.getKey()});
                }
            }
            for (String old : shares.oldCodes()) {
                Map<String, String> to = s.targets.get(old);
                if (to == null) {
                    throw new InvalidValueException("SplitShares.share", old,
                            "was not split between units in force on " + date + ", so takes no shares");
                }
                if (!to.keySet().equals(shares.of(old).keySet())) {
                    throw new InvalidValueException("SplitShares.share", old, "has shares for "
                            + shares.of(old).keySet() + " but was split between " + to.keySet());
                }
            }
            return s;
        }

        /** The split unit a figure's area code names in its period, or null if it names none. */
        @Nullable Area splitArea(String code, ReportingPeriod period) {
            Area area = byCode.get(code);
            if (area == null) {
                return null;
            }
            // The code may have named another unit in the period's end; only the split one counts.
            Optional<Area> read = AreaDate.PERIOD_END.versionOf(hierarchy, code, period.start(), period.end());
            return read.isPresent() && read.get().equals(area) ? area : null;
        }

        @Nullable Area area(String oldCode) {
            return byCode.get(oldCode);
        }

        @Nullable String targetOf(String oldCode, String newCode) {
            Map<String, String> to = targets.get(oldCode);
            return to == null ? null : to.get(newCode);
        }

        List<String> targetsOf(String oldCode) {
            return List.copyOf(new LinkedHashSet<>(targets.get(oldCode).values()));
        }

        List<String[]> partsOf(String target) {
            return parts.getOrDefault(target, List.of());
        }
    }
}
