package io.github.binhdang.core.period;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The term (nhiệm kỳ) of an elected body as a reporting period, such as the People's Councils'
 * term 2016–2021.
 *
 * <p>Text form: the body's {@link TermBody#code() code}, a colon and the years joined by a slash,
 * {@code HDND:2016/2021}.
 *
 * <p>Dates. A term runs from 1 January of its first year to 31 December of its last year. Terms are
 * named by their election years, and the election of the next term falls within the last year of
 * the one before; so consecutive terms share their boundary year. {@code HDND:2011/2016} and
 * {@code HDND:2016/2021} both contain 2016 and {@link #overlaps(ReportingPeriod) overlap}. Data
 * reported "for the term" is the body's composition after its election; the shared year does not
 * make the two terms' figures additive.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class TermPeriod implements ReportingPeriod {

    private final TermBody body;
    private final int firstYear;
    private final int lastYear;

    private TermPeriod(TermBody body, int firstYear, int lastYear) {
        this.body = body;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /**
     * Obtains a term of a body: {@code of(TermBody.PEOPLES_COUNCIL, 2016, 2021)}.
     *
     * @param body       the elected body, not null
     * @param firstYear  the year the term begins (its election year), from 1900 to 9999
     * @param lastYear   the year the term ends (the next election year), after {@code firstYear}
     * @return the term, not null
     * @throws InvalidValueException if a year is out of range or if {@code lastYear} is not after
     *         {@code firstYear} (a term of zero years)
     */
    public static TermPeriod of(TermBody body, int firstYear, int lastYear) {
        Objects.requireNonNull(body, "body");
        Years.check("TermPeriod.firstYear", firstYear);
        Years.check("TermPeriod.lastYear", lastYear);
        if (lastYear < firstYear) {
            throw new InvalidValueException("TermPeriod.lastYear", lastYear, "precedes firstYear " + firstYear);
        }
        if (lastYear == firstYear) {
            throw new InvalidValueException("TermPeriod.lastYear", lastYear,
                    "equals firstYear; a term lasts at least one year");
        }
        return new TermPeriod(body, firstYear, lastYear);
    }

    /**
     * Returns the elected body.
     *
     * @return the body, not null
     */
    public TermBody body() {
        return body;
    }

    /**
     * Returns the first year of the term.
     *
     * @return the first year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the last year of the term, in which the next term is elected.
     *
     * @return the last year, after {@link #firstYear()}
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * Returns the term of the same body a number of terms later (or earlier, for a negative number),
     * each term as long as this one, {@code lastYear − firstYear} years, and beginning in the year the
     * one before ends (its election year): {@code HDND:2016/2021.plus(1)} is {@code HDND:2021/2026},
     * {@code plus(-2)} is {@code HDND:2006/2011}; {@code plus(0)} returns this term.
     *
     * @param periods  the number of terms to move, may be negative
     * @return the term moved to, not null
     * @throws InvalidValueException if it would start before 1900 ({@code TermPeriod.firstYear}) or
     *         end after 9999 ({@code TermPeriod.lastYear})
     */
    @Override
    public TermPeriod plus(long periods) {
        if (periods == 0) {
            return this;
        }
        int length = lastYear - firstYear;
        int first = (int) Years.move(firstYear, periods, length, 1, length, "TermPeriod.firstYear",
                "TermPeriod.lastYear");
        return new TermPeriod(body, first, first + length);
    }

    /**
     * Returns the term of the same body that follows, elected in this term's last year:
     * {@code HDND:2016/2021} gives {@code HDND:2021/2026}.
     *
     * @return the next term, not null
     * @throws InvalidValueException if it would end after 9999
     */
    @Override
    public TermPeriod next() {
        return plus(1);
    }

    /**
     * Returns the term of the same body that comes before, ending in this term's first year:
     * {@code HDND:2016/2021} gives {@code HDND:2011/2016}.
     *
     * @return the previous term, not null
     * @throws InvalidValueException if it would start before 1900
     */
    @Override
    public TermPeriod previous() {
        return plus(-1);
    }

    /**
     * Returns the term as people write it: {@code nhiệm kỳ Hội đồng nhân dân 2016–2021} /
     * {@code the People's Council term 2016–2021}.
     *
     * @return the title, not null
     */
    @Override
    public BilingualText title() {
        return BilingualText.of("nhiệm kỳ " + body.title().vi() + " " + firstYear + "–" + lastYear,
                "the " + body.title().en() + " term " + firstYear + "–" + lastYear);
    }

    /**
     * Returns 1 January of the first year.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate start() {
        return LocalDate.of(firstYear, 1, 1);
    }

    /**
     * Returns 31 December of the last year.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate end() {
        return LocalDate.of(lastYear, 12, 31);
    }

    /**
     * Returns {@link PeriodKind#TERM}.
     *
     * @return the kind, not null
     */
    @Override
    public PeriodKind kind() {
        return PeriodKind.TERM;
    }

    /**
     * Tells whether another object is the same term of the same body.
     *
     * @param other  the object to compare with, may be null
     * @return true if {@code other} is a {@code TermPeriod} with the same body and years
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TermPeriod that
                && that.body == body && that.firstYear == firstYear && that.lastYear == lastYear;
    }

    /**
     * Returns a hash code from the body and the years.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (body.ordinal() * 31 + firstYear) * 31 + lastYear;
    }

    /**
     * Returns the canonical text form, {@code HDND:2016/2021}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return body.code() + ":" + firstYear + "/" + lastYear;
    }
}
