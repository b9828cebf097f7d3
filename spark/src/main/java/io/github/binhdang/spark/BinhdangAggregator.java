package io.github.binhdang.spark;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.calc.Computed;
import io.github.binhdang.core.calc.NoDataReason;
import io.github.binhdang.core.calc.Values;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The core's aggregation of one total as a Spark {@link Aggregator}: numerators and denominators summed
 * (never percentages averaged), counts and amounts summed, the children seen marked so that the missing
 * ones are named, and the value computed once, at the end, by the core's own method
 * ({@link Values#fromComponents}), never in SQL.
 *
 * <p>It takes rows of {@link #INPUT} (what {@link SparkAggregation#contributions} gives) and gives a row
 * of {@link #OUTPUT}. Two ways to use it, with the same results:
 * <pre>
 *   // groupBy: the udaf's arguments in the order of INPUT
 *   contributions.groupBy(keys).agg(functions.udaf(agg, Encoders.row(BinhdangAggregator.INPUT))
 *           .apply(BinhdangAggregator.inputColumns()).as("total"));
 *   // groupByKey: the rows themselves
 *   contributions.groupByKey(keyFunction, Encoders.STRING()).agg(agg.toColumn());
 * </pre>
 *
 * <p>How a total is formed, as the core's {@code Aggregation} forms it:
 * <ul>
 *   <li>numbers are summed as unscaled longs at scale {@value SparkObservations#SCALE} with
 *       {@link Math#addExact}: a sum past a long stops the job with an {@link InvalidValueException}
 *       naming the indicator, the area, the period and the breakdown;</li>
 *   <li>the parts of a split unit carried by a share are multiplied by the share exactly
 *       ({@code BigDecimal}) and summed apart; their status is {@code ESTIMATED};</li>
 *   <li>a percentage, ratio, times or mean with a part lacking its numerator or denominator is refused
 *       ({@code no_data} = {@code MISSING_COMPONENT}): a percentage is never averaged; a count or amount
 *       with a part lacking both value and numerator is refused with {@code MISSING_VALUE}; a total of an
 *       indicator not given is refused with {@code UNDEFINED};</li>
 *   <li>a zero denominator gives no value ({@code no_data} = {@code ZERO_DENOMINATOR});</li>
 *   <li>the qualifier is that of the parts when they all have the same one, else {@code ABOUT}; the
 *       status is the least final of the parts' ({@code ESTIMATED}, then {@code PROVISIONAL}, then
 *       {@code NOT_GIVEN}, then {@code FINAL}).</li>
 * </ul>
 * Three of 10.00/40.00, 5.50/20.50 and a third commune missing give 15.50/60.50 = 25.6198 % (at 4
 * decimals), naming the third among {@code missing_children}.
 *
 * @implSpec This class is immutable and thread-safe; Spark serializes it to its executors.
 */
public final class BinhdangAggregator extends Aggregator<Row, BinhdangAggregator.Buffer, Row> {

    private static final long serialVersionUID = 1L;

    /** The type of the output's numerator and denominator: DECIMAL(38, 18), to hold shared parts exactly. */
    public static final DecimalType SUM = DataTypes.createDecimalType(38, 18);

    /** The type of the output's value: DECIMAL(38, {@value SparkObservations#SCALE}). */
    public static final DecimalType VALUE = DataTypes.createDecimalType(38, SparkObservations.SCALE);

    /** The schema of the rows the aggregator takes, in the order of a udaf's arguments. */
    public static final StructType INPUT = new StructType()
            .add("indicator", DataTypes.StringType, false)
            .add("area", DataTypes.StringType, true)
            .add("period", DataTypes.StringType, false)
            .add("source_area", DataTypes.StringType, false)
            .add("child_index", DataTypes.IntegerType, false)
            .add("share", AreaTable.SHARE, true)
            .add("value", SparkObservations.NUMBER, true)
            .add("numerator", SparkObservations.NUMBER, true)
            .add("denominator", SparkObservations.NUMBER, true)
            .add("status", DataTypes.StringType, false)
            .add("qualifier", DataTypes.StringType, false)
            .add("sex", DataTypes.StringType, true)
            .add("age_group", DataTypes.StringType, true)
            .add("residence", DataTypes.StringType, true)
            .add("ethnicity", DataTypes.StringType, true);

    /**
     * The schema of a total: {@code value} (null when there is none), {@code numerator} and
     * {@code denominator} (null for counts and amounts), {@code rows} (the parts summed),
     * {@code missing_children} (the codes of the children with no part, empty when complete),
     * {@code qualifier}, {@code status}, {@code no_data} (why there is no value, a
     * {@link NoDataReason} code, null when there is one) and {@code decimals} (the indicator's: the
     * value is rounded half up there).
     */
    public static final StructType OUTPUT = new StructType()
            .add("value", VALUE, true)
            .add("numerator", SUM, true)
            .add("denominator", SUM, true)
            .add("rows", DataTypes.LongType, false)
            .add("missing_children", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("qualifier", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("no_data", DataTypes.StringType, true)
            .add("decimals", DataTypes.IntegerType, true);

    private static final int INDICATOR = 0;
    private static final int AREA = 1;
    private static final int PERIOD = 2;
    private static final int CHILD = 4;
    private static final int SHARE = 5;
    private static final int VALUE_AT = 6;
    private static final int NUMERATOR = 7;
    private static final int DENOMINATOR = 8;
    private static final int STATUS = 9;
    private static final int QUALIFIER = 10;
    private static final int SEX = 11;
    private static final Qualifier[] QUALIFIERS = Qualifier.values();

    /** @serial The indicators' definitions, by code. */
    private final HashMap<String, Definition> definitions;
    /** @serial The children each total should hold, keyed by {@link AreaTable#key}. */
    private final HashMap<String, String[]> children;
    private transient @Nullable Map<String, Indicator> rebuilt;

    /**
     * Obtains an aggregator for the indicators given and the children an area table expects.
     *
     * @param indicators  the definitions of the indicators, not null; totals of any other are refused
     * @param areas       the area table the rows were joined with, not null
     * @throws InvalidValueException if an indicator's unit is not a built-in unit (the aggregator
     *     rebuilds each indicator on the executors from its code, measure kind, unit code and decimals),
     *     or its decimals are more than {@value SparkObservations#SCALE}
     */
    public BinhdangAggregator(Collection<Indicator> indicators, AreaTable areas) {
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(areas, "areas");
        definitions = new HashMap<>();
        for (Indicator i : indicators) {
            Definition d = Definition.of(i);
            definitions.put(i.code(), d);
        }
        children = areas.children();
    }

    /**
     * Returns the columns of {@link #INPUT}, in its order: the arguments of the udaf.
     *
     * @return the columns, a new array, not null
     */
    public static Column[] inputColumns() {
        String[] names = INPUT.fieldNames();
        Column[] cols = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            cols[i] = org.apache.spark.sql.functions.col(names[i]);
        }
        return cols;
    }

    /**
     * Returns an empty buffer.
     *
     * @return a new buffer, not null
     */
    @Override
    public Buffer zero() {
        return new Buffer();
    }

    /**
     * Adds a row of {@link #INPUT} into a buffer.
     *
     * @param b    the buffer, not null
     * @param row  the row, not null
     * @return the buffer
     * @throws InvalidValueException if a sum passes a long; the message names the total
     */
    @Override
    public Buffer reduce(Buffer b, Row row) {
        if (b.indicator == null) {
            b.indicator = row.getString(INDICATOR);
            b.area = row.getString(AREA);
            b.period = row.getString(PERIOD);
            b.breakdown = SparkObservations.breakdownOf(row, SEX).toString();
        }
        b.rows++;
        b.qualifiers |= 1 << Qualifier.of(row.getString(QUALIFIER)).ordinal();
        BigDecimal share = row.isNullAt(SHARE) ? null : row.getDecimal(SHARE);
        ObservationStatus status = share != null ? ObservationStatus.ESTIMATED : ObservationStatus.of(row.getString(STATUS));
        b.statuses |= 1 << status.ordinal();
        int child = row.getInt(CHILD);
        if (child >= 0) {
            b.mark(child);
        }
        Definition d = definitions.get(b.indicator);
        if (d == null) {
            return b;
        }
        if (d.additive) {
            int at = !row.isNullAt(VALUE_AT) ? VALUE_AT : !row.isNullAt(NUMERATOR) ? NUMERATOR : -1;
            if (at < 0) {
                b.lacking++;
            } else if (share == null) {
                b.value = add(b, b.value, row.getDecimal(at), "value");
            } else {
                b.sharedValue = plus(b.sharedValue, row.getDecimal(at).multiply(share));
            }
        } else if (row.isNullAt(NUMERATOR) || row.isNullAt(DENOMINATOR)) {
            b.lacking++;
        } else if (share == null) {
            b.numerator = add(b, b.numerator, row.getDecimal(NUMERATOR), "numerator");
            b.denominator = add(b, b.denominator, row.getDecimal(DENOMINATOR), "denominator");
        } else {
            b.sharedNumerator = plus(b.sharedNumerator, row.getDecimal(NUMERATOR).multiply(share));
            b.sharedDenominator = plus(b.sharedDenominator, row.getDecimal(DENOMINATOR).multiply(share));
        }
        return b;
    }

    private static long add(Buffer b, long sum, BigDecimal n, String field) {
        return add(b, sum, unscaled(b, n, field), field);
    }

    private static long unscaled(Buffer b, BigDecimal n, String field) {
        if (n.scale() != SparkObservations.SCALE) {
            throw new InvalidValueException("BinhdangAggregator." + field, n.toPlainString(),
                    "is not at the scale " + SparkObservations.SCALE + " of SparkObservations.NUMBER in " + b.where());
        }
        return n.unscaledValue().longValueExact();
    }

    private static long add(Buffer b, long sum, long n, String field) {
        try {
            return Math.addExact(sum, n);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("BinhdangAggregator." + field, BigDecimal.valueOf(sum, SparkObservations.SCALE)
                    .add(BigDecimal.valueOf(n, SparkObservations.SCALE)).toPlainString(),
                    "passes the largest sum a long holds at scale " + SparkObservations.SCALE + " in " + b.where());
        }
    }

    private static BigDecimal plus(@Nullable BigDecimal sum, BigDecimal n) {
        return sum == null ? n : sum.add(n);
    }

    /**
     * Adds one buffer into another.
     *
     * @param a  the buffer added into, not null
     * @param b  the buffer added, not null
     * @return the first buffer
     * @throws InvalidValueException if a sum passes a long; the message names the total
     */
    @Override
    public Buffer merge(Buffer a, Buffer b) {
        if (b.indicator == null) {
            return a;
        }
        if (a.indicator == null) {
            a.indicator = b.indicator;
            a.area = b.area;
            a.period = b.period;
            a.breakdown = b.breakdown;
        }
        a.rows += b.rows;
        a.lacking += b.lacking;
        a.qualifiers |= b.qualifiers;
        a.statuses |= b.statuses;
        a.value = add(a, a.value, b.value, "value");
        a.numerator = add(a, a.numerator, b.numerator, "numerator");
        a.denominator = add(a, a.denominator, b.denominator, "denominator");
        if (b.sharedValue != null) {
            a.sharedValue = plus(a.sharedValue, b.sharedValue);
        }
        if (b.sharedNumerator != null) {
            a.sharedNumerator = plus(a.sharedNumerator, b.sharedNumerator);
        }
        if (b.sharedDenominator != null) {
            a.sharedDenominator = plus(a.sharedDenominator, b.sharedDenominator);
        }
        if (a.seen.length < b.seen.length) {
            a.seen = Arrays.copyOf(a.seen, b.seen.length);
        }
        for (int i = 0; i < b.seen.length; i++) {
            a.seen[i] |= b.seen[i];
        }
        return a;
    }

    /**
     * Forms the total of a buffer: a row of {@link #OUTPUT}.
     *
     * @param b  the buffer, not null
     * @return the total, not null
     */
    @Override
    public Row finish(Buffer b) {
        List<String> missing = new ArrayList<>();
        String[] kids = b.area == null || b.period == null ? null : children.get(AreaTable.key(b.area, b.period));
        if (kids != null) {
            for (int i = 0; i < kids.length; i++) {
                if (!b.isMarked(i)) {
                    missing.add(kids[i]);
                }
            }
        }
        String qualifier = qualifier(b.qualifiers).name();
        String status = status(b.statuses).name();
        Definition d = b.indicator == null ? null : definitions.get(b.indicator);
        if (d == null) {
            return total(null, null, null, b, missing, qualifier, status, NoDataReason.UNDEFINED.name(), null);
        }
        if (b.lacking > 0) {
            NoDataReason reason = d.additive ? NoDataReason.MISSING_VALUE : NoDataReason.MISSING_COMPONENT;
            return total(null, null, null, b, missing, qualifier, status, reason.name(), d.decimals);
        }
        if (d.additive) {
            BigDecimal v = BigDecimal.valueOf(b.value, SparkObservations.SCALE);
            if (b.sharedValue != null) {
                v = v.add(b.sharedValue);
            }
            return total(v, null, null, b, missing, qualifier, status, null, d.decimals);
        }
        BigDecimal n = BigDecimal.valueOf(b.numerator, SparkObservations.SCALE);
        BigDecimal den = BigDecimal.valueOf(b.denominator, SparkObservations.SCALE);
        if (b.sharedNumerator != null) {
            n = n.add(b.sharedNumerator);
        }
        if (b.sharedDenominator != null) {
            den = den.add(b.sharedDenominator);
        }
        Computed c = Values.fromComponents(indicator(d), n, den);
        return total(c.toOptional().orElse(null), n, den, b, missing, qualifier, status,
                c.reason().map(Enum::name).orElse(null), d.decimals);
    }

    private static Row total(@Nullable BigDecimal value, @Nullable BigDecimal numerator,
            @Nullable BigDecimal denominator, Buffer b, List<String> missing, String qualifier, String status,
            @Nullable String noData, @Nullable Integer decimals) {
        // A Row's array is a Scala sequence.
        return RowFactory.create(value, numerator, denominator, b.rows,
                scala.jdk.javaapi.CollectionConverters.asScala(missing).toList(), qualifier,
                status, noData, decimals);
    }

    private Indicator indicator(Definition d) {
        Map<String, Indicator> map = rebuilt;
        if (map == null) {
            map = new HashMap<>();
            for (Definition def : definitions.values()) {
                map.put(def.code, def.toIndicator());
            }
            rebuilt = map;
        }
        return Objects.requireNonNull(map.get(d.code));
    }

    // The qualifier of a total from the qualifiers of its parts, as the core's Aggregation gives it: the
    // parts' own when they all have one, else ABOUT. Held equal to the core's by SparkAggregationTest.
    private static Qualifier qualifier(int mask) {
        return Integer.bitCount(mask) == 1 ? QUALIFIERS[Integer.numberOfTrailingZeros(mask)] : Qualifier.ABOUT;
    }

    // The status of a total: the least final of its parts', as the core's Aggregation gives it.
    private static ObservationStatus status(int mask) {
        for (ObservationStatus s : new ObservationStatus[] {ObservationStatus.ESTIMATED,
                ObservationStatus.PROVISIONAL, ObservationStatus.NOT_GIVEN}) {
            if ((mask & 1 << s.ordinal()) != 0) {
                return s;
            }
        }
        return ObservationStatus.FINAL;
    }

    /**
     * Returns the encoder of the buffer: Java serialization, used only when Spark moves a buffer between
     * executors.
     *
     * @return the encoder, not null
     */
    @Override
    public Encoder<Buffer> bufferEncoder() {
        return Encoders.javaSerialization(Buffer.class);
    }

    /**
     * Returns the encoder of a total, a row of {@link #OUTPUT}.
     *
     * @return the encoder, not null
     */
    @Override
    public Encoder<Row> outputEncoder() {
        return Encoders.row(OUTPUT);
    }

    /**
     * What an indicator's total needs on an executor: its code, measure kind, unit and decimals, from
     * which the indicator is rebuilt there for {@link Values#fromComponents}.
     */
    private static final class Definition implements Serializable {
        private static final long serialVersionUID = 1L;
        final String code;
        final String kind;
        final String unit;
        final int decimals;
        final boolean additive;

        private Definition(String code, String kind, String unit, int decimals, boolean additive) {
            this.code = code;
            this.kind = kind;
            this.unit = unit;
            this.decimals = decimals;
            this.additive = additive;
        }

        static Definition of(Indicator i) {
            if (!Unit.find(i.unit().code()).filter(i.unit()::equals).isPresent()) {
                throw new InvalidValueException("BinhdangAggregator.unit", i.unit().code(), "of indicator "
                        + i.code() + " is not a built-in unit, which the aggregator can rebuild on the executors");
            }
            if (i.decimals() > SparkObservations.SCALE) {
                throw new InvalidValueException("BinhdangAggregator.decimals", i.decimals(), "of indicator "
                        + i.code() + " is more than " + SparkObservations.SCALE + ", the scale of the value column");
            }
            return new Definition(i.code(), i.measureKind().name(), i.unit().code(), i.decimals(),
                    i.measureKind().isAdditive());
        }

        Indicator toIndicator() {
            return Indicator.builder(code, BilingualText.of(code, code), MeasureKind.valueOf(kind), Unit.of(unit))
                    .decimals(decimals).build();
        }
    }

    /**
     * The running sums of one total. Spark makes and moves buffers; an application has no use for one.
     *
     * @implSpec This class is mutable and not thread-safe.
     */
    public static final class Buffer implements Serializable {
        private static final long serialVersionUID = 1L;
        /** @serial The total's indicator, from its first row. */
        @Nullable String indicator;
        /** @serial The total's area. */
        @Nullable String area;
        /** @serial The total's period, in canonical text. */
        @Nullable String period;
        /** @serial The total's breakdown, in canonical text. */
        @Nullable String breakdown;
        /** @serial The rows added. */
        long rows;
        /** @serial The rows that lacked what the indicator sums. */
        int lacking;
        /** @serial The qualifiers seen, a bit per ordinal. */
        int qualifiers;
        /** @serial The statuses seen, a bit per ordinal. */
        int statuses;
        /** @serial The sum of the values of whole units, unscaled at scale 6. */
        long value;
        /** @serial The sum of the numerators of whole units, unscaled at scale 6. */
        long numerator;
        /** @serial The sum of the denominators of whole units, unscaled at scale 6. */
        long denominator;
        /** @serial The sum of the shared parts' values, or null. */
        @Nullable BigDecimal sharedValue;
        /** @serial The sum of the shared parts' numerators, or null. */
        @Nullable BigDecimal sharedNumerator;
        /** @serial The sum of the shared parts' denominators, or null. */
        @Nullable BigDecimal sharedDenominator;
        /** @serial The children seen, a bit per child index. */
        long[] seen = new long[0];

        /** Makes an empty buffer; Spark calls {@link BinhdangAggregator#zero()}. */
        Buffer() {
        }

        void mark(int child) {
            int word = child >>> 6;
            if (word >= seen.length) {
                seen = Arrays.copyOf(seen, Math.max(word + 1, seen.length * 2));
            }
            seen[word] |= 1L << child;
        }

        boolean isMarked(int child) {
            int word = child >>> 6;
            return word < seen.length && (seen[word] & 1L << child) != 0;
        }

        String where() {
            return SparkObservations.where(String.valueOf(indicator), String.valueOf(area), String.valueOf(period),
                    breakdown == null ? Breakdown.TOTAL : Breakdown.parse(breakdown));
        }
    }
}
