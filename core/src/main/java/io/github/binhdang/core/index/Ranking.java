package io.github.binhdang.core.index;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A set of index values ranked as their publisher ranks them: ordered by a {@link RankingRule}, ties
 * sharing a rank and the next rank skipping the places they take (standard competition ranking, "1224").
 *
 * <pre>
 *   rank(x) = 1 + the number of entries whose compared value ranks strictly before x's
 * </pre>
 * This is how UNDP prints ties in the HDR 2023/2024 (the 26 groups of countries with equal HDIs in 2022
 * each share a rank: Belgium, Finland and Liechtenstein are all 12th at 0.942, and the next country is
 * 15th) and how WEF prints them in the Global Gender Gap Report (the 26 economies at parity in Educational
 * Attainment in 2021 are all 1st, and the next is 27th). Which values tie depends on the rule: UNDP compares
 * HDIs at 3 decimals, GIIs and WEF's scores in full ({@link RankingRule}).
 *
 * <p>Worked case, {@link RankingRule#UNDP_HDI}: HDIs 0.9463, 0.9460 and 0.9501 give ranks 2, 2 and 1 (the first
 * two are both 0.946 at 3 decimals); with {@link RankingRule#WEF_GENDER_GAP} they would be 2, 3 and 1.
 *
 * <p>Entries of equal rank keep the order of the map given (give a {@code LinkedHashMap} or a
 * {@code TreeMap} for a stable order). The text form, {@link #toString()}, lists the entries as
 * {@code rank key value}.
 *
 * @param <K>  the type of what is ranked, such as an ISO 3166 code or an area code
 * @implSpec This class is immutable and thread-safe if its keys are.
 */
public final class Ranking<K> {

    private final RankingRule rule;
    private final List<Ranked<K>> entries;
    private final Map<K, Ranked<K>> byKey;

    private Ranking(RankingRule rule, List<Ranked<K>> entries) {
        this.rule = rule;
        this.entries = List.copyOf(entries);
        Map<K, Ranked<K>> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.key(), e));
        this.byKey = Collections.unmodifiableMap(map);
    }

    /**
     * Ranks values by a rule.
     *
     * @param <K>     the type of what is ranked
     * @param values  the value of each key, not null, no null key or value
     * @param rule    the publisher's rule, not null
     * @return the ranking, not null; empty if there are no values
     */
    public static <K> Ranking<K> of(Map<K, BigDecimal> values, RankingRule rule) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(rule, "rule");
        List<K> keys = new ArrayList<>(values.size());
        List<BigDecimal> given = new ArrayList<>(values.size());
        List<BigDecimal> compared = new ArrayList<>(values.size());
        values.forEach((key, value) -> {
            Objects.requireNonNull(key, "values: a key");
            if (value == null) {
                throw new InvalidValueException("Ranking.values", key, "has no value");
            }
            keys.add(key);
            given.add(value);
            compared.add(rule.comparedValue(value));
        });
        Comparator<BigDecimal> first = rule.isHigherFirst() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<Integer> order = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            order.add(i);
        }
        // A stable sort: entries of equal rank keep the order of the map.
        order.sort((a, b) -> first.compare(compared.get(a), compared.get(b)));
        List<Ranked<K>> entries = new ArrayList<>(keys.size());
        int start = 0;
        while (start < order.size()) {
            int end = start + 1;
            BigDecimal value = compared.get(order.get(start));
            while (end < order.size() && compared.get(order.get(end)).compareTo(value) == 0) {
                end++;
            }
            boolean shared = end - start > 1;
            for (int j = start; j < end; j++) {
                int i = order.get(j);
                entries.add(new Ranked<>(keys.get(i), given.get(i), compared.get(i), start + 1, shared));
            }
            start = end;
        }
        return new Ranking<>(rule, entries);
    }

    /**
     * Ranks Human Development Indices as UNDP does ({@link RankingRule#UNDP_HDI}).
     *
     * @param <K>      the type of what is ranked
     * @param results  the HDI of each key, not null
     * @return the ranking, not null
     */
    public static <K> Ranking<K> ofHdi(Map<K, HdiResult> results) {
        return of(values(results, HdiResult::value), RankingRule.UNDP_HDI);
    }

    /**
     * Ranks Gender Inequality Indices as UNDP does ({@link RankingRule#UNDP_GII}).
     *
     * @param <K>      the type of what is ranked
     * @param results  the GII of each key, not null
     * @return the ranking, not null
     */
    public static <K> Ranking<K> ofGii(Map<K, GiiResult> results) {
        return of(values(results, GiiResult::value), RankingRule.UNDP_GII);
    }

    /**
     * Ranks Global Gender Gap Index scores as WEF does ({@link RankingRule#WEF_GENDER_GAP}).
     *
     * @param <K>      the type of what is ranked
     * @param results  the index of each key, not null
     * @return the ranking, not null
     */
    public static <K> Ranking<K> ofGenderGap(Map<K, GenderGapIndex> results) {
        return of(values(results, GenderGapIndex::value), RankingRule.WEF_GENDER_GAP);
    }

    private static <K, R> Map<K, BigDecimal> values(Map<K, R> results, Function<R, BigDecimal> value) {
        Objects.requireNonNull(results, "results");
        Map<K, BigDecimal> values = new LinkedHashMap<>();
        results.forEach((k, r) -> values.put(Objects.requireNonNull(k, "results: a key"),
                value.apply(Objects.requireNonNull(r, "results: a result"))));
        return values;
    }

    /**
     * Returns the rule this ranking follows.
     *
     * @return the rule, not null
     */
    public RankingRule rule() {
        return rule;
    }

    /**
     * Returns the entries in rank order.
     *
     * @return the entries, unmodifiable, not null
     */
    public List<Ranked<K>> entries() {
        return entries;
    }

    /**
     * Returns the rank of a key.
     *
     * @param key  the key, not null
     * @return the rank from 1, or empty if the key is not ranked
     */
    public OptionalInt rank(K key) {
        Ranked<K> entry = byKey.get(Objects.requireNonNull(key, "key"));
        return entry == null ? OptionalInt.empty() : OptionalInt.of(entry.rank());
    }

    /**
     * Returns the number of entries.
     *
     * @return the number of entries ranked
     */
    public int size() {
        return entries.size();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Ranking<?> that && rule.equals(that.rule) && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return rule.hashCode() * 31 + entries.hashCode();
    }

    /**
     * Returns the rule and the entries as {@code rank key value}, for logs, such as
     * {@code Ranking[higher first, 3 decimals: 1 CHE 0.967, 2 NOR 0.966]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Ranking[").append(rule).append(':');
        String separator = " ";
        for (Ranked<K> e : entries) {
            sb.append(separator).append(e.rank()).append(' ').append(e.key()).append(' ').append(Checks.plain(e.value()));
            separator = ", ";
        }
        return sb.append(']').toString();
    }
}
