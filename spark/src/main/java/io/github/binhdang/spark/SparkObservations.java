package io.github.binhdang.spark;

import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Observations as a Spark table: the schema every input of this module has, and the conversions between
 * a core {@link Dataset} and a Spark DataFrame.
 *
 * <p>The schema, {@link #SCHEMA}:
 * <table>
 *   <caption>The columns of an observation table</caption>
 *   <tr><th>column</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code indicator}</td><td>STRING</td><td>the indicator's code</td></tr>
 *   <tr><td>{@code area}</td><td>STRING</td><td>the area's code, read on the period's last day</td></tr>
 *   <tr><td>{@code period}</td><td>STRING</td><td>the period's canonical text: {@code 2024}, {@code 2025-S1}, {@code 2021/2025}</td></tr>
 *   <tr><td>{@code period_start}</td><td>DATE</td><td>its first day</td></tr>
 *   <tr><td>{@code period_end}</td><td>DATE</td><td>its last day</td></tr>
 *   <tr><td>{@code sex}, {@code age_group}, {@code residence}, {@code ethnicity}</td><td>STRING</td>
 *       <td>the category of each breakdown dimension ({@code SEX}, {@code AGE_GROUP}, {@code RESIDENCE},
 *       {@code ETHNICITY}); null is the total over it</td></tr>
 *   <tr><td>{@code value}</td><td>DECIMAL(18, 6)</td><td>the value as reported, null when none</td></tr>
 *   <tr><td>{@code numerator}</td><td>DECIMAL(18, 6)</td><td>the numerator, null when none</td></tr>
 *   <tr><td>{@code denominator}</td><td>DECIMAL(18, 6)</td><td>the denominator, null when none</td></tr>
 *   <tr><td>{@code unit}</td><td>STRING</td><td>the unit's code when it is not the indicator's, else null</td></tr>
 *   <tr><td>{@code status}</td><td>STRING</td><td>{@code FINAL}, {@code PROVISIONAL}, {@code ESTIMATED} or {@code NOT_GIVEN}</td></tr>
 *   <tr><td>{@code qualifier}</td><td>STRING</td><td>{@code EXACT}, {@code NEARLY}, {@code ABOUT}, … ({@link Qualifier})</td></tr>
 * </table>
 * Numbers have {@value #SCALE} decimals, the scale of the columns: 15.12 is stored as 15.120000, and
 * {@link #fromSpark} gives it back without its trailing zeros (15.12; a published 15.10 comes back as
 * 15.1, since the column does not keep how many decimals were written).
 *
 * <p>Large inputs are read by Spark itself, from Parquet or CSV with this schema
 * ({@code spark.read().schema(SparkObservations.SCHEMA).parquet(path)}), never through the driver;
 * {@link #toSpark} and {@link #fromSpark} are for small data and tests.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class SparkObservations {

    /** The number of decimals of the number columns: {@value}. */
    public static final int SCALE = 6;

    /** The type of the number columns: DECIMAL(18, {@value #SCALE}), whose unscaled values a long holds. */
    public static final DecimalType NUMBER = DataTypes.createDecimalType(18, SCALE);

    /** The breakdown dimensions that have a column, in the order of the columns. */
    public static final List<BreakdownDimension> DIMENSIONS = List.of(BreakdownDimension.SEX,
            BreakdownDimension.AGE_GROUP, BreakdownDimension.RESIDENCE, BreakdownDimension.ETHNICITY);

    /** The names of the breakdown columns, in the order of {@link #DIMENSIONS}. */
    public static final List<String> BREAKDOWN_COLUMNS = List.of("sex", "age_group", "residence", "ethnicity");

    /** The schema of an observation table; see the class description. */
    public static final StructType SCHEMA = new StructType()
            .add("indicator", DataTypes.StringType, false)
            .add("area", DataTypes.StringType, false)
            .add("period", DataTypes.StringType, false)
            .add("period_start", DataTypes.DateType, false)
            .add("period_end", DataTypes.DateType, false)
            .add("sex", DataTypes.StringType, true)
            .add("age_group", DataTypes.StringType, true)
            .add("residence", DataTypes.StringType, true)
            .add("ethnicity", DataTypes.StringType, true)
            .add("value", NUMBER, true)
            .add("numerator", NUMBER, true)
            .add("denominator", NUMBER, true)
            .add("unit", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, false)
            .add("qualifier", DataTypes.StringType, false);

    private SparkObservations() {
    }

    /**
     * Checks that a table has every column of {@link #SCHEMA} with its type, from the table's schema
     * alone: no Spark job runs. Other columns are allowed and ignored; nullability is not checked (a
     * table read from Parquet has every column nullable).
     *
     * @param table  the table, not null
     * @throws InvalidValueException if a column is missing or of another type; the message lists every
     *     such column with the type expected and the type found
     */
    public static void requireSchema(org.apache.spark.sql.Dataset<Row> table) {
        Objects.requireNonNull(table, "table");
        StructType actual = table.schema();
        List<String> bad = new ArrayList<>();
        for (StructField expected : SCHEMA.fields()) {
            DataType found = null;
            for (StructField f : actual.fields()) {
                if (f.name().equals(expected.name())) {
                    found = f.dataType();
                }
            }
            if (found == null) {
                bad.add(expected.name() + " (missing, expected " + expected.dataType().sql() + ")");
            } else if (!found.equals(expected.dataType())) {
                bad.add(expected.name() + " (" + found.sql() + ", expected " + expected.dataType().sql() + ")");
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidValueException("SparkObservations.schema", Excerpt.of(actual.simpleString()),
                    "does not match SparkObservations.SCHEMA: " + String.join(", ", bad));
        }
    }

    /**
     * Turns a dataset into a Spark table of {@link #SCHEMA}, through the driver: for small data and tests.
     *
     * @param spark    the session, not null
     * @param dataset  the observations, not null
     * @return the table, one row per observation, not null
     * @throws InvalidValueException if a number has more than {@value #SCALE} decimals or more than
     *     {@code 18 - SCALE} digits before the point, or a breakdown has a dimension without a column;
     *     the message names the indicator, the area, the period and the breakdown
     */
    public static org.apache.spark.sql.Dataset<Row> toSpark(SparkSession spark, Dataset dataset) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(dataset, "dataset");
        List<Row> rows = new ArrayList<>(dataset.size());
        for (Observation o : dataset) {
            rows.add(toRow(o));
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    /**
     * Turns an observation into a row of {@link #SCHEMA}.
     *
     * @param o  the observation, not null
     * @return the row, not null
     * @throws InvalidValueException as {@link #toSpark} says
     */
    public static Row toRow(Observation o) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = o.indicator();
        values[1] = o.area();
        values[2] = o.period().toString();
        values[3] = Date.valueOf(o.period().start());
        values[4] = Date.valueOf(o.period().end());
        Map<String, String> categories = o.breakdown().categories();
        int known = 0;
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            String category = categories.get(DIMENSIONS.get(d).code());
            values[5 + d] = category;
            known += category == null ? 0 : 1;
        }
        if (known != categories.size()) {
            throw new InvalidValueException("SparkObservations.breakdown", o.breakdown().toString(),
                    "has a dimension without a column (the columns are " + BREAKDOWN_COLUMNS + ") in " + where(o));
        }
        values[9] = number(o, "value", o.value().orElse(null));
        values[10] = number(o, "numerator", o.numerator().orElse(null));
        values[11] = number(o, "denominator", o.denominator().orElse(null));
        values[12] = o.unit().map(Unit::code).orElse(null);
        values[13] = o.status().name();
        values[14] = o.qualifier().name();
        return RowFactory.create(values);
    }

    private static @Nullable BigDecimal number(Observation o, String field, @Nullable BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal scaled;
        try {
            scaled = n.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("SparkObservations." + field, n.toPlainString(),
                    "has more than " + SCALE + " decimals, the scale of the column, in " + where(o));
        }
        if (scaled.precision() > NUMBER.precision()) {
            throw new InvalidValueException("SparkObservations." + field, n.toPlainString(),
                    "has more than " + (NUMBER.precision() - SCALE) + " digits before the point in " + where(o));
        }
        return scaled;
    }

    /** Names an observation in a message: indicator, area, period and breakdown. */
    static String where(Observation o) {
        return where(o.indicator(), o.area(), o.period().toString(), o.breakdown());
    }

    /** Names a row or a total in a message: indicator, area, period and breakdown. */
    static String where(String indicator, String area, String period, Breakdown breakdown) {
        return "indicator " + indicator + ", area " + area + ", period " + period + ", breakdown " + breakdown;
    }

    /**
     * Reads the breakdown of a row from its breakdown columns, at {@code first} and the three after it.
     *
     * @param row    the row, not null
     * @param first  the index of the {@code sex} column
     * @return the breakdown, {@link Breakdown#TOTAL} when all four are null
     */
    static Breakdown breakdownOf(Row row, int first) {
        Breakdown b = Breakdown.TOTAL;
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            if (!row.isNullAt(first + d)) {
                b = b.with(DIMENSIONS.get(d), row.getString(first + d));
            }
        }
        return b;
    }

    /**
     * Collects a Spark table of {@link #SCHEMA} into a dataset on the driver: for small data and tests.
     * Numbers lose their trailing zeros (15.120000 gives 15.12).
     *
     * @param table  the table, not null; its schema is checked before any job runs
     * @return the dataset, not null
     * @throws InvalidValueException if the table does not match the schema, or a row does not make an
     *     observation (a period, status or qualifier that does not parse, a duplicate key)
     */
    public static Dataset fromSpark(org.apache.spark.sql.Dataset<Row> table) {
        requireSchema(table);
        List<Row> rows = table.select(columns()).collectAsList();
        Dataset.Builder builder = Dataset.builder(rows.size());
        for (Row r : rows) {
            Observation.Builder b = Observation.builder(r.getString(0), r.getString(1),
                    ReportingPeriod.parse(r.getString(2))).breakdown(breakdownOf(r, 5));
            if (!r.isNullAt(9)) {
                b.value(plain(r.getDecimal(9)));
            }
            if (!r.isNullAt(10)) {
                b.numerator(plain(r.getDecimal(10)));
            }
            if (!r.isNullAt(11)) {
                b.denominator(plain(r.getDecimal(11)));
            }
            if (!r.isNullAt(12)) {
                b.unit(Unit.of(r.getString(12)));
            }
            b.status(ObservationStatus.of(r.getString(13))).qualifier(Qualifier.of(r.getString(14)));
            builder.add(b.build());
        }
        return builder.build();
    }

    /** The columns of {@link #SCHEMA}, in its order, to select from a wider table. */
    static org.apache.spark.sql.Column[] columns() {
        String[] names = SCHEMA.fieldNames();
        org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[names.length];
        for (int i = 0; i < names.length; i++) {
            cols[i] = org.apache.spark.sql.functions.col(names[i]);
        }
        return cols;
    }

    /** Removes trailing fractional zeros, never leaving a negative scale. */
    static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
