package io.github.binhdang.core.index;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Computes the GII, the HDI and the GDI of an area and period from the observations of a {@link Dataset},
 * reading each input from the indicator {@link IndexSources} names for it, and saying which observation each
 * input came from, which inputs were missing and which values look like another unit.
 *
 * <pre>
 *   DatasetIndices indices = DatasetIndices.of(dataset, sources);
 *   SourcedIndex&lt;GiiResult&gt; gii = indices.gii("VN", YearPeriod.of(2022));
 *   gii.result()     // the GII, if every input was found
 *   gii.inputs()     // MATERNAL_MORTALITY_RATIO from HEA-02/VN/2022/_T: 124.2570792, …
 *   gii.missing()    // or: ADOLESCENT_BIRTH_RATE: no indicator given
 * </pre>
 *
 * <p>Reading rules: an input of the whole population is the indicator's value for the total breakdown; an
 * input by sex is its value for {@code SEX=F} and {@code SEX=M}; seats given as the women's share alone
 * ({@link IndexSources.Builder#womenShare}) give the men's as 100 minus it. A share whose observation is in
 * {@link Unit#FRACTION} is read as a fraction, any other as a percent. An observation with only a numerator
 * and a denominator is missing here: compute its value first ({@code core.calc.Values}). A missing input means
 * no index, with the reason; so does an input the index's rules refuse (a share above 100 %), the reason
 * naming the input, the observation and the unit expected.
 *
 * <p>Plausibility warnings ({@link InputWarning}), which never refuse: a maternal mortality ratio below 10 (as
 * if per 1,000 live births), an adolescent birth rate below 1 (as if births per woman), women's and men's seat
 * shares that differ from 100 % by more than 0.5 points (more than rounding each to one decimal explains).
 *
 * <p>Worked case: Viet Nam's 2022 inputs as UNDP publishes them (MMR 124.257, ABR 34.992, seats 30.26/69.74 %,
 * secondary education 61.48/69.49 %, labour force 68.54/77.84 %) give a GII of 0.378, as published.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DatasetIndices {

    /** Seat shares may miss 100 % by this much (rounding) before a warning. */
    private static final BigDecimal SEATS_TOLERANCE = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Dataset dataset;
    private final IndexSources sources;

    private DatasetIndices(Dataset dataset, IndexSources sources) {
        this.dataset = dataset;
        this.sources = sources;
    }

    /**
     * Obtains the calculator of a dataset with a mapping of its indicators.
     *
     * @param dataset  the observations, not null
     * @param sources  which indicator holds each input, not null
     * @return the calculator, not null
     */
    public static DatasetIndices of(Dataset dataset, IndexSources sources) {
        return new DatasetIndices(Objects.requireNonNull(dataset, "dataset"), Objects.requireNonNull(sources, "sources"));
    }

    /**
     * Computes the Gender Inequality Index of an area and period ({@link GenderInequalityIndex}).
     *
     * @param area    the area's code, not null
     * @param period  the period, not null
     * @return the index with its sources, or the reason there is none, not null
     */
    public SourcedIndex<GiiResult> gii(String area, ReportingPeriod period) {
        Reading r = new Reading(area, period);
        BigDecimal mmr = r.read(IndexInput.MATERNAL_MORTALITY_RATIO, Sex.TOTAL);
        BigDecimal abr = r.read(IndexInput.ADOLESCENT_BIRTH_RATE, Sex.TOTAL);
        BigDecimal seatsF = r.read(IndexInput.PARLIAMENT_SEATS, Sex.FEMALE);
        BigDecimal seatsM = r.read(IndexInput.PARLIAMENT_SEATS, Sex.MALE);
        BigDecimal eduF = r.read(IndexInput.SECONDARY_EDUCATION, Sex.FEMALE);
        BigDecimal eduM = r.read(IndexInput.SECONDARY_EDUCATION, Sex.MALE);
        BigDecimal lfF = r.read(IndexInput.LABOUR_FORCE_PARTICIPATION, Sex.FEMALE);
        BigDecimal lfM = r.read(IndexInput.LABOUR_FORCE_PARTICIPATION, Sex.MALE);
        if (mmr != null && mmr.compareTo(BigDecimal.TEN) < 0) {
            r.warn(InputWarning.Kind.MATERNAL_MORTALITY_PER_1000, IndexInput.MATERNAL_MORTALITY_RATIO, Sex.TOTAL,
                    "maternal mortality ratio " + Checks.plain(mmr) + " is below 10: is it per 1,000 live births?"
                            + " The GII expects deaths per 100,000 live births");
        }
        if (abr != null && abr.compareTo(BigDecimal.ONE) < 0) {
            r.warn(InputWarning.Kind.ADOLESCENT_BIRTH_RATE_PER_WOMAN, IndexInput.ADOLESCENT_BIRTH_RATE, Sex.TOTAL,
                    "adolescent birth rate " + Checks.plain(abr) + " is below 1: is it births per woman?"
                            + " The GII expects births per 1,000 women aged 15-19");
        }
        if (seatsF != null && seatsM != null && !sources.isWomenShare(IndexInput.PARLIAMENT_SEATS)) {
            BigDecimal sum = seatsF.add(seatsM);
            if (sum.subtract(HUNDRED).abs().compareTo(SEATS_TOLERANCE) > 0) {
                r.warn(InputWarning.Kind.SEATS_NOT_WHOLE, IndexInput.PARLIAMENT_SEATS, Sex.FEMALE,
                        "women's and men's seat shares " + Checks.plain(seatsF) + " % and " + Checks.plain(seatsM)
                                + " % add up to " + Checks.plain(sum) + " %, not 100 %");
            }
        }
        if (r.hasMissing()) {
            return r.without();
        }
        try {
            GiiInputs inputs = new GiiInputs(Objects.requireNonNull(mmr, "mmr"), Objects.requireNonNull(abr, "abr"),
                    r.share(IndexInput.PARLIAMENT_SEATS, Sex.FEMALE, seatsF),
                    r.share(IndexInput.PARLIAMENT_SEATS, Sex.MALE, seatsM),
                    r.share(IndexInput.SECONDARY_EDUCATION, Sex.FEMALE, eduF),
                    r.share(IndexInput.SECONDARY_EDUCATION, Sex.MALE, eduM),
                    r.share(IndexInput.LABOUR_FORCE_PARTICIPATION, Sex.FEMALE, lfF),
                    r.share(IndexInput.LABOUR_FORCE_PARTICIPATION, Sex.MALE, lfM));
            GiiResult result = GenderInequalityIndex.compute(inputs);
            return r.with(result, result.bounds());
        } catch (InvalidInput e) {
            return r.refused(e.getMessage());
        } catch (InvalidValueException e) {
            // GiiInputs refuses a negative MMR and an ABR of 0 or less.
            IndexInput input = e.field().endsWith("maternalMortalityRatio")
                    ? IndexInput.MATERNAL_MORTALITY_RATIO : IndexInput.ADOLESCENT_BIRTH_RATE;
            return r.refused(r.describe(input, Sex.TOTAL, e));
        }
    }

    /**
     * Computes the Human Development Index of an area and period from its total-population inputs
     * ({@link HumanDevelopmentIndex}).
     *
     * @param area    the area's code, not null
     * @param period  the period, not null
     * @return the index with its sources, or the reason there is none, not null
     */
    public SourcedIndex<HdiResult> hdi(String area, ReportingPeriod period) {
        Reading r = new Reading(area, period);
        HdiInputs inputs = r.hdiInputs(Sex.TOTAL);
        if (inputs == null) {
            return r.hasMissing() ? r.without() : r.refused(r.refusal());
        }
        HdiResult result = HumanDevelopmentIndex.compute(inputs);
        return r.with(result, result.bounds());
    }

    /**
     * Computes the Gender Development Index of an area and period from the HDI inputs by sex
     * ({@link GenderDevelopmentIndex}).
     *
     * @param area    the area's code, not null
     * @param period  the period, not null
     * @return the index with its sources, or the reason there is none, not null
     */
    public SourcedIndex<GdiResult> gdi(String area, ReportingPeriod period) {
        Reading r = new Reading(area, period);
        HdiInputs female = r.hdiInputs(Sex.FEMALE);
        HdiInputs male = r.hdiInputs(Sex.MALE);
        if (female == null || male == null) {
            return r.hasMissing() ? r.without() : r.refused(r.refusal());
        }
        try {
            GdiResult result = GenderDevelopmentIndex.compute(female, male);
            List<AppliedBound> bounds = new ArrayList<>(result.female().bounds());
            bounds.addAll(result.male().bounds());
            return r.with(result, bounds);
        } catch (InvalidValueException e) {
            return r.refused(e.getMessage());
        }
    }

    /** An input the index's rules refuse, with a message naming it. */
    private static final class InvalidInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidInput(String message) {
            super(message, null, false, false);
        }
    }

    /** The inputs read for one area and period; not thread-safe, one per call. */
    private final class Reading {

        private final String area;
        private final ReportingPeriod period;
        private final List<SourcedInput> inputs = new ArrayList<>();
        private final List<MissingInput> missing = new ArrayList<>();
        private final List<InputWarning> warnings = new ArrayList<>();
        private final Map<Sex, Map<IndexInput, ObservationKey>> keys = new EnumMap<>(Sex.class);
        private @Nullable String refusal;

        Reading(String area, ReportingPeriod period) {
            this.area = Objects.requireNonNull(area, "area");
            this.period = Objects.requireNonNull(period, "period");
        }

        @Nullable BigDecimal read(IndexInput input, Sex sex) {
            Optional<String> code = sources.indicator(input);
            if (code.isEmpty()) {
                missing.add(new MissingInput(input, sex, "no indicator given for " + input + " (" + input.unit()
                        + ") in the index sources"));
                return null;
            }
            boolean womenShare = sources.isWomenShare(input);
            ObservationKey key = new ObservationKey(code.get(), area, period,
                    womenShare ? Breakdown.TOTAL : Breakdown.of(sex));
            Optional<Observation> found = dataset.find(key);
            if (found.isEmpty()) {
                missing.add(new MissingInput(input, sex, "no observation " + key + " in the dataset"));
                return null;
            }
            Optional<BigDecimal> value = found.get().value();
            if (value.isEmpty()) {
                missing.add(new MissingInput(input, sex, "observation " + key
                        + " has no value, only components: compute its value first"));
                return null;
            }
            BigDecimal v = value.get();
            if (isShare(input) && found.get().unit().filter(Unit.FRACTION::equals).isPresent()) {
                v = v.movePointRight(2);
            }
            boolean derived = womenShare && sex == Sex.MALE;
            if (derived) {
                v = HUNDRED.subtract(v);
            }
            inputs.add(new SourcedInput(input, sex, key, v, derived));
            keys.computeIfAbsent(sex, s -> new EnumMap<>(IndexInput.class)).put(input, key);
            return v;
        }

        @Nullable HdiInputs hdiInputs(Sex sex) {
            BigDecimal le = read(IndexInput.LIFE_EXPECTANCY, sex);
            BigDecimal eys = read(IndexInput.EXPECTED_YEARS_OF_SCHOOLING, sex);
            BigDecimal mys = read(IndexInput.MEAN_YEARS_OF_SCHOOLING, sex);
            BigDecimal gni = read(IndexInput.GNI_PER_CAPITA, sex);
            if (le == null || eys == null || mys == null || gni == null) {
                return null;
            }
            try {
                return new HdiInputs(le, eys, mys, gni);
            } catch (InvalidValueException e) {
                IndexInput input = switch (e.field()) {
                    case "HdiInputs.lifeExpectancy" -> IndexInput.LIFE_EXPECTANCY;
                    case "HdiInputs.expectedYearsOfSchooling" -> IndexInput.EXPECTED_YEARS_OF_SCHOOLING;
                    case "HdiInputs.meanYearsOfSchooling" -> IndexInput.MEAN_YEARS_OF_SCHOOLING;
                    default -> IndexInput.GNI_PER_CAPITA;
                };
                String described = describe(input, sex, e);
                refusal = refusal == null ? described : refusal + "; " + described;
                return null;
            }
        }

        Share share(IndexInput input, Sex sex, @Nullable BigDecimal percent) {
            try {
                return Share.ofPercent(Objects.requireNonNull(percent, "percent"));
            } catch (InvalidValueException e) {
                throw new InvalidInput(describe(input, sex, e));
            }
        }

        String describe(IndexInput input, Sex sex, InvalidValueException e) {
            ObservationKey key = keys.getOrDefault(sex, Map.of()).get(input);
            return input + (sex == Sex.TOTAL ? "" : " (" + sex.name().toLowerCase(Locale.ROOT) + ")")
                    + " from " + key + ": " + e.getMessage() + "; expected " + input.unit();
        }

        void warn(InputWarning.Kind kind, IndexInput input, Sex sex, String message) {
            ObservationKey key = keys.getOrDefault(sex, Map.of()).get(input);
            warnings.add(new InputWarning(kind, input, Objects.requireNonNull(key, "key"),
                    message + " (" + key + ")"));
        }

        boolean hasMissing() {
            return !missing.isEmpty();
        }

        String refusal() {
            return Objects.requireNonNull(refusal, "refusal");
        }

        <R> SourcedIndex<R> without() {
            StringJoiner names = new StringJoiner(", ", "missing input: ", "");
            missing.forEach(m -> names.add(m.input() + (m.sex() == Sex.TOTAL ? "" : " (" + m.sex().name()
                    .toLowerCase(Locale.ROOT) + ")")));
            // An input refused for one sex is reported beside the inputs missing for the other.
            String reason = refusal == null ? names.toString() : names + "; " + refusal;
            return new SourcedIndex<>(null, reason, inputs, missing, warnings, List.of());
        }

        <R> SourcedIndex<R> refused(@Nullable String reason) {
            return new SourcedIndex<>(null, Objects.requireNonNull(reason, "reason"), inputs, missing, warnings,
                    List.of());
        }

        <R> SourcedIndex<R> with(R result, List<AppliedBound> bounds) {
            return new SourcedIndex<>(result, null, inputs, missing, warnings, bounds);
        }
    }

    private static boolean isShare(IndexInput input) {
        return input == IndexInput.PARLIAMENT_SEATS || input == IndexInput.SECONDARY_EDUCATION
                || input == IndexInput.LABOUR_FORCE_PARTICIPATION;
    }

}
