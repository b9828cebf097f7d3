package io.github.binhdang.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.StandardRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The cheap rules of the core's validation as Spark column expressions: each is a filter on one row,
 * with no join and no shuffle, and gives findings with the core's rule code
 * ({@link StandardRule#code()}) and severity, so that a national table is checked where it lies.
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>code</th><th>a row is reported when</th></tr>
 *   <tr><td>{@code indicator.unknown}</td><td>its indicator is not among those given</td></tr>
 *   <tr><td>{@code component.negative}</td><td>its numerator or denominator is below 0 (one finding each)</td></tr>
 *   <tr><td>{@code denominator.zero}</td><td>its denominator is 0</td></tr>
 *   <tr><td>{@code numerator.exceeds}</td><td>the numerator of a share (a percentage, or a value in percent)
 *       is above its denominator, which is above 0</td></tr>
 *   <tr><td>{@code percentage.range}</td><td>a value in percent is below 0 or above 100</td></tr>
 * </table>
 * The other rules need more than one row (sums of parts, changes between periods) or the text of the
 * input; the core's {@code DatasetValidator} runs them on data that fits one machine. Areas the hierarchy
 * does not know are reported by {@link SparkAggregation#unknownAreas}.
 *
 * <p>The findings, {@link #FINDINGS}: {@code code}, {@code severity}, the observation's key
 * ({@code indicator}, {@code area}, {@code period} and the breakdown columns), {@code field} (the column
 * at fault), {@code value} (its text) and {@code rule} (what the rule requires, in English).
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class SparkValidation {

    /** The schema of the findings; see the class description. */
    public static final StructType FINDINGS = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("indicator", DataTypes.StringType, false)
            .add("area", DataTypes.StringType, false)
            .add("period", DataTypes.StringType, false)
            .add("sex", DataTypes.StringType, true)
            .add("age_group", DataTypes.StringType, true)
            .add("residence", DataTypes.StringType, true)
            .add("ethnicity", DataTypes.StringType, true)
            .add("field", DataTypes.StringType, false)
            .add("value", DataTypes.StringType, true)
            .add("rule", DataTypes.StringType, false);

    private SparkValidation() {
    }

    /**
     * Checks every row of a table of observations by the rules above.
     *
     * @param observations  a table of {@link SparkObservations#SCHEMA}, not null
     * @param indicators    the definitions of the indicators, not null
     * @return the findings, lazy, in {@link #FINDINGS}, not null
     * @throws InvalidValueException if the table does not match the schema (before any job runs)
     */
    public static org.apache.spark.sql.Dataset<Row> findings(org.apache.spark.sql.Dataset<Row> observations,
            Collection<Indicator> indicators) {
        SparkObservations.requireSchema(observations);
        Objects.requireNonNull(indicators, "indicators");
        List<String> known = new ArrayList<>();
        List<String> percentages = new ArrayList<>();
        List<String> inPercent = new ArrayList<>();
        for (Indicator i : indicators) {
            known.add(i.code());
            if (i.measureKind() == MeasureKind.PERCENTAGE) {
                percentages.add(i.code());
            }
            if (Unit.PERCENT.equals(i.unit())) {
                inPercent.add(i.code());
            }
        }
        org.apache.spark.sql.Dataset<Row> o = observations.select(SparkObservations.columns());
        Column percent = col("unit").equalTo(lit(Unit.PERCENT.code()))
                .or(col("unit").isNull().and(col("indicator").isin(inPercent.toArray())));
        Column share = col("indicator").isin(percentages.toArray()).or(percent);
        org.apache.spark.sql.Dataset<Row> all = rule(o, StandardRule.INDICATOR_UNKNOWN,
                org.apache.spark.sql.functions.not(col("indicator").isin(known.toArray())), "indicator", col("indicator"),
                "is not among the indicators given");
        all = all.unionAll(rule(o, StandardRule.COMPONENT_NEGATIVE, col("numerator").lt(0), "numerator",
                col("numerator"), "is below 0"));
        all = all.unionAll(rule(o, StandardRule.COMPONENT_NEGATIVE, col("denominator").lt(0), "denominator",
                col("denominator"), "is below 0"));
        all = all.unionAll(rule(o, StandardRule.DENOMINATOR_ZERO, col("denominator").equalTo(0), "denominator",
                col("denominator"), "must not be 0"));
        all = all.unionAll(rule(o, StandardRule.NUMERATOR_EXCEEDS,
                share.and(col("denominator").gt(0)).and(col("numerator").gt(col("denominator"))), "numerator",
                col("numerator"), "is above the denominator; a share cannot exceed the whole"));
        all = all.unionAll(rule(o, StandardRule.PERCENTAGE_RANGE,
                percent.and(col("value").lt(0).or(col("value").gt(100))), "value", col("value"),
                "must be from 0 to 100 for a percentage"));
        return all;
    }

    private static org.apache.spark.sql.Dataset<Row> rule(org.apache.spark.sql.Dataset<Row> o, StandardRule rule,
            Column when, String field, Column value, String text) {
        return o.where(when).select(lit(rule.code()).as("code"), lit(rule.defaultSeverity().name()).as("severity"),
                col("indicator"), col("area"), col("period"), col("sex"), col("age_group"), col("residence"),
                col("ethnicity"), lit(field).as("field"), value.cast(DataTypes.StringType).as("value"),
                lit(text).as("rule"));
    }
}
