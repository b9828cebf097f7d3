package io.github.binhdang.core.data.internal;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.internal.Dictionary;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The read view of a dataset's columns that calculation and validation inside the core use: rows by
 * position, each key part as a dense id into a named {@link Dictionary}, each number as an unscaled
 * {@code long} with its scale code, and what is known of each indicator's rows without a pass over them.
 * A reader learns here everything it needs and nothing of how the columns are built or indexed.
 *
 * <p>A number's scale code is its decimal scale (0 to 29), {@link #ABSENT} when it was not reported, or
 * {@link #BIG} when it does not fit an unscaled {@code long} with such a scale; its exact decimal is then
 * read with {@link #value(int)}, {@link #numerator(int)} or {@link #denominator(int)}.
 *
 * <p>Not part of the public API. A view of a built dataset never changes and may be shared.
 */
public interface ObservationColumns {

    /** Scale code of a number that was not reported. */
    int ABSENT = 31;
    /** Scale code of a number kept exactly beside the columns (more than 63 bits, or a scale outside 0 to 29). */
    int BIG = 30;

    /**
     * Returns the number of rows.
     *
     * @return the size
     */
    int size();

    // --- dictionaries ------------------------------------------------------------------------------

    /**
     * Returns the indicator codes, by id.
     *
     * @return the dictionary
     */
    Dictionary<String> indicators();

    /**
     * Returns the area codes, by id.
     *
     * @return the dictionary
     */
    Dictionary<String> areas();

    /**
     * Returns the periods, by id.
     *
     * @return the dictionary
     */
    Dictionary<ReportingPeriod> periods();

    /**
     * Returns the breakdowns, by id.
     *
     * @return the dictionary
     */
    Dictionary<Breakdown> breakdowns();

    // --- keys --------------------------------------------------------------------------------------

    /**
     * Returns the indicator id of a row.
     *
     * @param row  the row
     * @return the id in {@link #indicators()}
     */
    int indicatorId(int row);

    /**
     * Returns the area id of a row.
     *
     * @param row  the row
     * @return the id in {@link #areas()}
     */
    int areaId(int row);

    /**
     * Returns the period id of a row.
     *
     * @param row  the row
     * @return the id in {@link #periods()}
     */
    int periodId(int row);

    /**
     * Returns the breakdown id of a row.
     *
     * @param row  the row
     * @return the id in {@link #breakdowns()}
     */
    int breakdownId(int row);

    /**
     * Finds the row of a key given as ids; an id of -1 (a part the dataset does not hold) finds nothing.
     *
     * @param indicator  indicator id
     * @param area       area id
     * @param period     period id
     * @param breakdown  breakdown id
     * @return the row, or -1
     */
    int find(int indicator, int area, int period, int breakdown);

    /**
     * Finds the row of a key.
     *
     * @param key  the key
     * @return the row, or -1
     */
    default int find(ObservationKey key) {
        return find(indicators().idOf(key.indicator()), areas().idOf(key.area()), periods().idOf(key.period()),
                breakdowns().idOf(key.breakdown()));
    }

    /**
     * Returns the key of a row.
     *
     * @param row  the row
     * @return the key
     */
    default ObservationKey key(int row) {
        return new ObservationKey(indicators().value(indicatorId(row)), areas().value(areaId(row)),
                periods().value(periodId(row)), breakdowns().value(breakdownId(row)));
    }

    // --- numbers -----------------------------------------------------------------------------------

    /**
     * Returns the scale code of the value of a row: 0 to 29, {@link #BIG} or {@link #ABSENT}.
     *
     * @param row  the row
     * @return the scale code
     */
    int valueScale(int row);

    /**
     * Returns the scale code of the numerator of a row.
     *
     * @param row  the row
     * @return the scale code
     */
    int numeratorScale(int row);

    /**
     * Returns the scale code of the denominator of a row.
     *
     * @param row  the row
     * @return the scale code
     */
    int denominatorScale(int row);

    /**
     * Returns the unscaled value of a row, meaningful when its scale code is 0 to 29.
     *
     * @param row  the row
     * @return the unscaled value
     */
    long valueUnscaled(int row);

    /**
     * Returns the unscaled numerator of a row, meaningful when its scale code is 0 to 29.
     *
     * @param row  the row
     * @return the unscaled numerator
     */
    long numeratorUnscaled(int row);

    /**
     * Returns the unscaled denominator of a row, meaningful when its scale code is 0 to 29.
     *
     * @param row  the row
     * @return the unscaled denominator
     */
    long denominatorUnscaled(int row);

    /**
     * Tells whether a row has no value.
     *
     * @param row  the row
     * @return true if its value was not reported
     */
    default boolean isValueAbsent(int row) {
        return valueScale(row) == ABSENT;
    }

    /**
     * Tells whether a row has no numerator.
     *
     * @param row  the row
     * @return true if its numerator was not reported
     */
    default boolean isNumeratorAbsent(int row) {
        return numeratorScale(row) == ABSENT;
    }

    /**
     * Tells whether a row has no denominator.
     *
     * @param row  the row
     * @return true if its denominator was not reported
     */
    default boolean isDenominatorAbsent(int row) {
        return denominatorScale(row) == ABSENT;
    }

    /**
     * Returns the value of a row as a decimal.
     *
     * @param row  the row
     * @return the value, or null when absent
     */
    @Nullable BigDecimal value(int row);

    /**
     * Returns the numerator of a row as a decimal.
     *
     * @param row  the row
     * @return the numerator, or null when absent
     */
    @Nullable BigDecimal numerator(int row);

    /**
     * Returns the denominator of a row as a decimal.
     *
     * @param row  the row
     * @return the denominator, or null when absent
     */
    @Nullable BigDecimal denominator(int row);

    // --- the rest of a row -------------------------------------------------------------------------

    /**
     * Returns the qualifier of a row.
     *
     * @param row  the row
     * @return the qualifier
     */
    Qualifier qualifier(int row);

    /**
     * Returns the status of a row.
     *
     * @param row  the row
     * @return the status
     */
    ObservationStatus status(int row);

    /**
     * Returns the unit stated with the value of a row.
     *
     * @param row  the row
     * @return the unit, or null when none was stated
     */
    @Nullable Unit unit(int row);

    /**
     * Rebuilds the observation of a row.
     *
     * @param row  the row, from 0 to size - 1
     * @return the observation, equal to the one added
     */
    Observation observation(int row);

    // --- per indicator -----------------------------------------------------------------------------

    /**
     * Tells whether every row is exact ({@code Qualifier.EXACT}) and final ({@code ObservationStatus.FINAL}).
     *
     * @return true if so
     */
    boolean isAllExactAndFinal();

    /**
     * Tells whether every row of one indicator is exact and final.
     *
     * @param indicatorId  the indicator id
     * @return true if so, and for an indicator with no rows
     */
    boolean isAllExactAndFinal(int indicatorId);

    /**
     * Returns how many rows an indicator has.
     *
     * @param indicatorId  the indicator id
     * @return the count
     */
    int rows(int indicatorId);

    /**
     * Returns the scale codes seen in an indicator's values, as a mask: bit {@code c} set when some row has
     * scale code {@code c} (0 to 29, {@link #BIG} or {@link #ABSENT}).
     *
     * @param indicatorId  the indicator id
     * @return the mask, 0 when the indicator has no rows
     */
    int valueScaleCodes(int indicatorId);

    /**
     * Returns the scale codes seen in an indicator's numerators, as {@link #valueScaleCodes(int)}.
     *
     * @param indicatorId  the indicator id
     * @return the mask
     */
    int numeratorScaleCodes(int indicatorId);

    /**
     * Returns the scale codes seen in an indicator's denominators, as {@link #valueScaleCodes(int)}.
     *
     * @param indicatorId  the indicator id
     * @return the mask
     */
    int denominatorScaleCodes(int indicatorId);

    /**
     * Returns the scale codes seen in the numerators of an indicator's rows that have no value.
     *
     * @param indicatorId  the indicator id
     * @return the mask, 0 when every row has a value
     */
    int numeratorScaleCodesWithoutValue(int indicatorId);

    /**
     * Returns the largest magnitude of an indicator's unscaled values in the columns (absent and
     * {@link #BIG} ones not counted).
     *
     * @param indicatorId  the indicator id
     * @return the largest absolute unscaled value, 0 when there is none
     */
    long maxValueMagnitude(int indicatorId);

    /**
     * Returns the largest magnitude of an indicator's unscaled numerators, as {@link #maxValueMagnitude(int)}.
     *
     * @param indicatorId  the indicator id
     * @return the largest absolute unscaled numerator
     */
    long maxNumeratorMagnitude(int indicatorId);

    /**
     * Returns the largest magnitude of an indicator's unscaled denominators, as {@link #maxValueMagnitude(int)}.
     *
     * @param indicatorId  the indicator id
     * @return the largest absolute unscaled denominator
     */
    long maxDenominatorMagnitude(int indicatorId);

    // --- whole columns, for calculation loops ------------------------------------------------------

    /**
     * Returns the indicator id column itself; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    char[] indicatorColumn();

    /**
     * Returns the area id column itself; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    int[] areaColumn();

    /**
     * Returns the period id column itself; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    char[] periodColumn();

    /**
     * Returns the breakdown id column itself; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    char[] breakdownColumn();

    /**
     * Returns the unscaled value column itself; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    long[] valueColumn();

    /**
     * Returns the unscaled numerator column itself; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    long[] numeratorColumn();

    /**
     * Returns the unscaled denominator column itself; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    long[] denominatorColumn();

    /**
     * Returns the meta column itself (scale codes in bits 0-4, 5-9, 10-14; qualifier in bits 15-17;
     * status in bits 18-19); never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    int[] metaColumn();

    /**
     * Reads the value's scale code from a row's meta int (bits 0-4).
     *
     * @param meta  an entry of {@link #metaColumn()}
     * @return the scale code, 0 to 29, {@link #BIG} or {@link #ABSENT}
     */
    static int valueScaleOf(int meta) {
        return meta & 31;
    }

    /**
     * Reads the numerator's scale code from a row's meta int (bits 5-9).
     *
     * @param meta  an entry of {@link #metaColumn()}
     * @return the scale code, 0 to 29, {@link #BIG} or {@link #ABSENT}
     */
    static int numeratorScaleOf(int meta) {
        return meta >>> 5 & 31;
    }

    /**
     * Reads the denominator's scale code from a row's meta int (bits 10-14).
     *
     * @param meta  an entry of {@link #metaColumn()}
     * @return the scale code, 0 to 29, {@link #BIG} or {@link #ABSENT}
     */
    static int denominatorScaleOf(int meta) {
        return meta >>> 10 & 31;
    }

    /**
     * Reads the qualifier's and the status's bits together from a row's meta int (bits 15-19), as one
     * number: the qualifier's ordinal in its low 3 bits, the status's above them.
     *
     * @param meta  an entry of {@link #metaColumn()}
     * @return the flags, 0 to 31
     */
    static int flagsOf(int meta) {
        return meta >>> 15 & 31;
    }

    /**
     * Reads the qualifier's ordinal from a row's meta int (bits 15-17).
     *
     * @param meta  an entry of {@link #metaColumn()}
     * @return the ordinal of the row's {@code Qualifier}
     */
    static int qualifierOrdinalOf(int meta) {
        return meta >>> 15 & 7;
    }

    /**
     * Reads the status's ordinal from a row's meta int (bits 18-19).
     *
     * @param meta  an entry of {@link #metaColumn()}
     * @return the ordinal of the row's {@code ObservationStatus}
     */
    static int statusOrdinalOf(int meta) {
        return meta >>> 18 & 3;
    }
}
