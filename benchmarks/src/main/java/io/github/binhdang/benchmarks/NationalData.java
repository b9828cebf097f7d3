package io.github.binhdang.benchmarks;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A realistic national dataset, generated from a fixed seed: every commune's figures by indicator,
 * sex and age group and year, held both as a binhdang {@link Dataset} and as plain primitive arrays
 * (the baseline contenders read the arrays; every contender sees the same numbers).
 *
 * <p>Shape at full size: 34 provinces, 3,300 communes (about 97 a province), 10 indicators of every
 * measure kind (4 percentages, a ratio per 100, a ratio in times, a mean, 2 counts and an amount of
 * money in million dong with one decimal), 2 sexes × 15 age groups, 10 years (2015–2024): 9,900,000
 * observations. Smaller sizes keep the shape and use fewer communes.
 *
 * <p>Each commune's series moves as real figures do: counts, amounts and denominators follow a level
 * growing or shrinking by up to 3 % a year, with 4 % noise on values and 2 % on denominators; numerators
 * follow a share (5 % to 95 %) drifting by up to 1 point a year, with 1 point of noise. One value in
 * {@link #SLIPS} is keyed in ten times too large, the slip that validation's {@code change.jump} is there
 * to catch.
 *
 * <p>The {@linkplain #mixOfSize realistic mix} has the same rows and numbers, and besides: 5 % of rows
 * approximate (half "gần", nearly, half "hơn", more than), 3 % provisional, the mean (MEAN_AGE) with
 * numerators of 0, 1 or 2 decimals, and 1 % of its rows reported as a value without components.
 */
public final class NationalData {

    /** Provinces after 1 July 2025. */
    public static final int PROVINCES = 34;
    /** Age groups in the breakdown. */
    public static final int AGE_GROUPS = 15;
    /** Breakdowns: sex × age group. */
    public static final int BREAKDOWNS = 2 * AGE_GROUPS;
    /** Years 2015 to 2024. */
    public static final int YEARS = 10;
    /** The first year. */
    public static final int FIRST_YEAR = 2015;
    /** Indicators. */
    public static final List<Indicator> INDICATORS = indicators();
    /** Measure of each indicator: 0 summed components, 1 summed values. */
    static final int[] SUMS_VALUES = {0, 0, 0, 0, 0, 0, 0, 1, 1, 1};
    /** One value in this many is keyed in ten times too large. */
    static final int SLIPS = 2_000;

    /** Number of communes. */
    public final int communes;
    /** Number of observations. */
    public final int size;
    /** The observations as binhdang holds them. */
    public final Dataset dataset;
    /** Commune codes to province codes. */
    public final AreaRollup rollup;
    /** Per observation: indicator index. */
    public final int[] indicator;
    /** Per observation: commune index. */
    public final int[] commune;
    /** Per observation: year index. */
    public final int[] year;
    /** Per observation: breakdown index. */
    public final int[] breakdown;
    /** Per observation: numerator (0 for value indicators). */
    public final long[] numerator;
    /** Per observation: denominator (0 for value indicators). */
    public final long[] denominator;
    /** Per observation: value in tenths for money, units for counts (0 for component indicators). */
    public final long[] value;
    /** Province index of each commune. */
    public final int[] provinceOfCommune;
    /**
     * Per observation in the realistic mix: bit {@code q} for its qualifier's ordinal, bit {@code 8 + s}
     * for its status's ordinal; empty otherwise.
     */
    public final int[] flags;
    /** Per observation in the realistic mix: 1 when its components are absent; empty otherwise. */
    public final byte[] absent;
    /** The indicator whose numerators have mixed scales in the realistic mix, summed at scale 2 in {@link #numerator}. */
    public static final int MIXED_SCALES = 6;

    private NationalData(int communes, boolean mix) {
        this.communes = communes;
        this.size = communes * YEARS * INDICATORS.size() * BREAKDOWNS;
        indicator = new int[size];
        commune = new int[size];
        year = new int[size];
        breakdown = new int[size];
        numerator = new long[size];
        denominator = new long[size];
        value = new long[size];
        provinceOfCommune = new int[communes];
        flags = new int[mix ? size : 0];
        absent = new byte[mix ? size : 0];
        SplittableRandom mixRandom = new SplittableRandom(20251205L);
        Map<String, String> parent = new HashMap<>();
        String[] communeCodes = new String[communes];
        for (int c = 0; c < communes; c++) {
            provinceOfCommune[c] = c % PROVINCES;
            communeCodes[c] = String.format("C%05d", c);
            parent.put(communeCodes[c], provinceCode(c % PROVINCES));
        }
        rollup = AreaRollup.of(parent);
        Breakdown[] breakdowns = new Breakdown[BREAKDOWNS];
        for (int b = 0; b < BREAKDOWNS; b++) {
            breakdowns[b] = breakdown(b);
        }
        ReportingPeriod[] years = new ReportingPeriod[YEARS];
        for (int y = 0; y < YEARS; y++) {
            years[y] = YearPeriod.of(FIRST_YEAR + y);
        }
        SplittableRandom random = new SplittableRandom(20251123L);
        Dataset.Builder builder = Dataset.builder(size);
        // Each commune's series (indicator × breakdown) follows a trend with noise, as real figures do: a
        // level and a yearly growth for counts, amounts and denominators, a share and a yearly drift for
        // numerators. A value is now and then keyed in ten times too large, as a slip of the hand.
        int series = INDICATORS.size() * BREAKDOWNS;
        double[] level = new double[series];
        double[] growth = new double[series];
        double[] share = new double[series];
        double[] drift = new double[series];
        int row = 0;
        for (int c = 0; c < communes; c++) {
            for (int k = 0; k < series; k++) {
                boolean components = SUMS_VALUES[k / BREAKDOWNS] == 0;
                level[k] = components ? 50 + random.nextInt(5_000) : 20 + random.nextInt(2_000);
                growth[k] = -0.03 + 0.06 * random.nextDouble();
                share[k] = 0.05 + 0.9 * random.nextDouble();
                drift[k] = -0.01 + 0.02 * random.nextDouble();
            }
            for (int y = 0; y < YEARS; y++) {
                for (int i = 0; i < INDICATORS.size(); i++) {
                    Indicator def = INDICATORS.get(i);
                    for (int b = 0; b < BREAKDOWNS; b++) {
                        int k = i * BREAKDOWNS + b;
                        double trend = level[k] * Math.pow(1 + growth[k], y);
                        indicator[row] = i;
                        commune[row] = c;
                        year[row] = y;
                        breakdown[row] = b;
                        Observation.Builder o = Observation.builder(def.code(), communeCodes[c], years[y])
                                .breakdown(breakdowns[b]);
                        if (SUMS_VALUES[i] == 0) {
                            long den = Math.max(1, Math.round(trend * (1 + 0.02 * random.nextGaussian())));
                            double p = share[k] + drift[k] * y + 0.01 * random.nextGaussian();
                            long num = Math.min(den, Math.max(0, Math.round(p * den)));
                            if (mix && i == MIXED_SCALES && mixRandom.nextInt(100) == 0) {
                                // A mean reported without its components: its totals are refused.
                                absent[row] = 1;
                                o.value(BigDecimal.valueOf(num * 100 / den, 2));
                            } else if (mix && i == MIXED_SCALES) {
                                // The numerator with 0, 1 or 2 decimals: 1234, 1234.5, 1234.56.
                                int scale = mixRandom.nextInt(3);
                                long unscaled = num * pow10(scale) + (scale == 0 ? 0 : mixRandom.nextInt((int) pow10(scale)));
                                numerator[row] = unscaled * pow10(2 - scale);
                                denominator[row] = den;
                                o.components(BigDecimal.valueOf(unscaled, scale), BigDecimal.valueOf(den));
                            } else {
                                numerator[row] = num;
                                denominator[row] = den;
                                o.components(num, den);
                            }
                        } else {
                            long v = Math.max(0, Math.round(trend * (1 + 0.04 * random.nextGaussian())));
                            if (random.nextInt(SLIPS) == 0) {
                                v *= 10;
                            }
                            value[row] = v;
                            o.value(i == 9 ? BigDecimal.valueOf(v, 1) : BigDecimal.valueOf(v));
                        }
                        if (mix) {
                            int draw = mixRandom.nextInt(100);
                            Qualifier q = draw < 5 ? (draw % 2 == 0 ? Qualifier.NEARLY : Qualifier.MORE_THAN)
                                    : Qualifier.EXACT;
                            ObservationStatus st = mixRandom.nextInt(100) < 3 ? ObservationStatus.PROVISIONAL
                                    : ObservationStatus.FINAL;
                            o.qualifier(q).status(st);
                            flags[row] = 1 << q.ordinal() | 1 << 8 + st.ordinal();
                        }
                        builder.add(o.build());
                        row++;
                    }
                }
            }
        }
        dataset = builder.build();
    }

    /**
     * Generates the dataset.
     *
     * @param communes  how many communes, 3,300 for the full national size
     * @return the data
     */
    public static NationalData generate(int communes) {
        return new NationalData(communes, false);
    }

    /**
     * Generates the realistic mix of about the given number of observations: the same rows and numbers
     * as {@link #ofSize}, with qualifiers, statuses, mixed scales and absent components as the class
     * description says.
     *
     * @param observations  how many observations, such as 10,000,000
     * @return the data
     */
    public static NationalData mixOfSize(int observations) {
        return new NationalData(communesFor(observations), true);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /**
     * Generates a dataset of about the given number of observations.
     *
     * @param observations  how many observations, such as 10,000,000
     * @return the data
     */
    public static NationalData ofSize(int observations) {
        return generate(communesFor(observations));
    }

    private static int communesFor(int observations) {
        int perCommune = YEARS * 10 * BREAKDOWNS;
        return Math.max(PROVINCES, observations / perCommune);
    }

    /**
     * Returns a breakdown by its index: women in age groups 15, 20, ..., 85, then men.
     *
     * @param b  the index, 0 to {@link #BREAKDOWNS} - 1
     * @return the breakdown
     */
    public static Breakdown breakdown(int b) {
        return Breakdown.of(b < AGE_GROUPS ? Sex.FEMALE : Sex.MALE)
                .with(BreakdownDimension.AGE_GROUP, String.valueOf(15 + 5 * (b % AGE_GROUPS)));
    }

    /**
     * Returns the code of a province.
     *
     * @param p  the province index
     * @return the code
     */
    public static String provinceCode(int p) {
        return String.format("P%02d", p + 1);
    }

    private static List<Indicator> indicators() {
        return List.of(
                share("SHARE_LEADERS"), share("SHARE_WAGE"), share("SHARE_AGRI"), share("SHARE_OWNERS"),
                Indicator.builder("SRB", BilingualText.of("Tỷ số giới tính khi sinh", "Sex ratio at birth"),
                        MeasureKind.RATIO, Unit.PER_100).build(),
                Indicator.builder("CARE", BilingualText.of("Giờ chăm sóc", "Unpaid care, women over men"),
                        MeasureKind.TIMES, Unit.TIMES).build(),
                Indicator.builder("MEAN_AGE", BilingualText.of("Tuổi kết hôn trung bình", "Mean age at marriage"),
                        MeasureKind.MEAN, Unit.YEARS).build(),
                Indicator.builder("CLASSES", BilingualText.of("Lớp tập huấn", "Training classes"),
                        MeasureKind.COUNT, Unit.COUNT).build(),
                Indicator.builder("TRAINEES", BilingualText.of("Người được tập huấn", "Trainees"),
                        MeasureKind.COUNT, Unit.PERSONS).build(),
                Indicator.builder("BUDGET", BilingualText.of("Kinh phí", "Budget"),
                        MeasureKind.AMOUNT, Unit.MILLION_VND).build());
    }

    private static Indicator share(String code) {
        return Indicator.builder(code, BilingualText.of(code), MeasureKind.PERCENTAGE, Unit.PERCENT).build();
    }
}
