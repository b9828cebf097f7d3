package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.strategy.Milestone;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The judgement of a {@link ProgressMethod} on a target against one of its milestones: the status, the
 * reason in Vietnamese and English with the figures in it, and the figures themselves.
 *
 * <p>For "at least 60 % by 2025" with 40 % in 2021 and 50.0 % in 2023, binhdang's method gives: latest
 * point 2023: 50.0, not achieved, linear projection 60.0, compound projection 62.5, annual change
 * needed 5.0, status {@link ProgressStatus#ON_TRACK}, reason "The linear trend reaches 60.0 % by 2025;
 * the milestone is at least 60 %."
 *
 * <p>Every figure is a finite decimal or absent: an assessment never holds NaN or an infinity.
 * Methods build assessments with {@link #builder(String, String, Milestone)}. A method with figures and
 * categories of its own (the ESCAP anticipated progress index, the Open SDG progress score) also records
 * its {@linkplain #score() score} and its {@linkplain #category() category} in its own words, beside the
 * {@link ProgressStatus} it maps that category to; binhdang's method records neither.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Assessment {

    private final String method;
    private final String target;
    private final Milestone milestone;
    private final @Nullable SeriesPoint latest;
    private final boolean achieved;
    private final @Nullable BigDecimal linearProjection;
    private final @Nullable BigDecimal compoundProjection;
    private final @Nullable BigDecimal annualChangeNeeded;
    private final @Nullable BigDecimal score;
    private final @Nullable BilingualText category;
    private final @Nullable BigDecimal progressValue;
    private final @Nullable BigDecimal currentStatusIndex;
    private final @Nullable BigDecimal progressGap;
    private final ProgressStatus status;
    private final Reason because;
    private final BilingualText reason;
    private final List<SkippedObservation> skipped;

    private Assessment(Builder b, ProgressStatus status, Reason because, List<SkippedObservation> skipped) {
        this.method = b.method;
        this.target = b.target;
        this.milestone = b.milestone;
        this.latest = b.latest;
        this.achieved = b.achieved;
        this.linearProjection = b.linearProjection;
        this.compoundProjection = b.compoundProjection;
        this.annualChangeNeeded = b.annualChangeNeeded;
        this.score = b.score;
        this.category = b.category;
        this.progressValue = b.progressValue;
        this.currentStatusIndex = b.currentStatusIndex;
        this.progressGap = b.progressGap;
        this.status = status;
        this.because = because;
        this.reason = because.text();
        this.skipped = List.copyOf(skipped);
    }

    /**
     * Starts an assessment.
     *
     * @param method     the name of the method that makes it, not blank
     * @param target     the code of the target assessed, such as {@code "2.3"}
     * @param milestone  the milestone assessed against, not null
     * @return a new builder, not null
     * @throws InvalidValueException if the method name is blank or the target code malformed
     */
    public static Builder builder(String method, String target, Milestone milestone) {
        return new Builder(method, target, milestone);
    }

    /**
     * Returns the name of the method that made this assessment, such as {@code binhdang}.
     *
     * @return the name, not null
     */
    public String method() {
        return method;
    }

    /**
     * Returns the code of the target assessed.
     *
     * @return the code, not null
     */
    public String target() {
        return target;
    }

    /**
     * Returns the milestone assessed against.
     *
     * @return the milestone, not null
     */
    public Milestone milestone() {
        return milestone;
    }

    /**
     * Returns the latest value the assessment looked at.
     *
     * @return the latest point, or empty when there was none
     */
    public Optional<SeriesPoint> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * Tells whether the latest value meets the milestone.
     *
     * @return true if it does; false when it does not or there is no value
     */
    public boolean isAchieved() {
        return achieved;
    }

    /**
     * Returns the value projected to the milestone by the linear trend, in the indicator's unit,
     * rounded half up to its decimals.
     *
     * @return the projection, or empty when the method gives none
     */
    public Optional<BigDecimal> linearProjection() {
        return Optional.ofNullable(linearProjection);
    }

    /**
     * Returns the value projected to the milestone by the compound annual rate, in the indicator's unit,
     * rounded half up to its decimals.
     *
     * @return the projection, or empty when the method gives none
     */
    public Optional<BigDecimal> compoundProjection() {
        return Optional.ofNullable(compoundProjection);
    }

    /**
     * Returns the change a year needed from the latest value to reach the milestone's value by its
     * period, in the indicator's unit (percentage points for a percentage), rounded half up to its
     * decimals; negative when the value must fall.
     *
     * @return the change needed a year, or empty when the method gives none
     */
    public Optional<BigDecimal> annualChangeNeeded() {
        return Optional.ofNullable(annualChangeNeeded);
    }

    /**
     * Returns the method's own index or score, such as the ESCAP anticipated progress gap {@code 0.250}
     * or the Open SDG progress score {@code 1.43}; what it measures is for the method to document.
     *
     * @return the score, or empty when the method gives none
     */
    public Optional<BigDecimal> score() {
        return Optional.ofNullable(score);
    }

    /**
     * Returns the method's own category in Vietnamese and English, such as "Cần đẩy nhanh tiến độ" /
     * "Accelerate progress", which the {@linkplain #status() status} maps onto binhdang's statuses.
     *
     * @return the category, or empty when the method has none beside the status
     */
    public Optional<BilingualText> category() {
        return Optional.ofNullable(category);
    }

    /**
     * Returns the Open SDG progress value, unrounded: the ratio {@code R} of the observed growth to the
     * growth the target needs, such as {@code 1.1062…}, or, without a target, the growth {@code d × CAGR}
     * in the desired direction, such as {@code -0.2} for a fall of 20 % a year; round it for display only.
     *
     * @return the progress value, or empty when the method gives none (every method but Open SDG, an
     *         achieved target, too little data)
     */
    public Optional<BigDecimal> progressValue() {
        return Optional.ofNullable(progressValue);
    }

    /**
     * Returns ESCAP's current status index: the progress made from the base value to the latest value
     * relative to the progress required from the base value to the target, {@code (L − B) / (T − B)},
     * such as {@code 0.25}; 1 or more once the target is reached, negative after a move the wrong way.
     *
     * @return the index, or empty when the method gives none
     */
    public Optional<BigDecimal> currentStatusIndex() {
        return Optional.ofNullable(currentStatusIndex);
    }

    /**
     * Returns ESCAP's anticipated progress gap, signed: {@code (T − P) / (T − B)} with {@code P} the value
     * projected to the target year, such as {@code 0.495}; negative when the projection passes the target,
     * as ESCAP reports it (its {@link #score()} stays at 0 then, the gap a category is read from).
     *
     * @return the gap, or empty when the method gives none
     */
    public Optional<BigDecimal> progressGap() {
        return Optional.ofNullable(progressGap);
    }

    /**
     * Returns the status.
     *
     * @return the status, not null
     */
    public ProgressStatus status() {
        return status;
    }

    /**
     * Returns the reason for the status in Vietnamese and English, with its figures: the template of
     * {@link #reasonKey()} in the bundles {@code reasons.properties} and {@code reasons_vi.properties}
     * filled with {@link #reasonArguments()}, followed by its notes (how the latest value was qualified,
     * which observations were skipped).
     *
     * @return the reason, not null
     */
    public BilingualText reason() {
        return reason;
    }

    /**
     * Returns the key of the reason's template, such as {@code binhdang.progress.achieved} ("The latest
     * value, {latest}, meets the milestone {milestone}."); a reason given as text has the key
     * {@code binhdang.progress.text} and the one argument {@code text}.
     *
     * @return the key, not null
     */
    public String reasonKey() {
        return because.key();
    }

    /**
     * Returns the arguments of the reason's template by name, such as {@code latest} and
     * {@code milestone}: a {@link BilingualText} (a value with its unit and period, a milestone), a
     * {@link BigDecimal} or a {@link String}.
     *
     * @return an unmodifiable map, in the order of the template, not null
     */
    public Map<String, Object> reasonArguments() {
        return because.arguments();
    }

    /**
     * Returns the reason in one language with the application's own wording: for each key (the
     * reason's and its notes'), {@code templates} gives a template with the same {@code {name}}
     * placeholders, or null to keep binhdang's; the arguments are written in the locale's notation.
     * For example {@code a.reason(Locale.ENGLISH, key -> key.equals("binhdang.progress.achieved")
     * ? "Done: {latest}." : null)} gives "Done: 50.0 % in 2023."
     *
     * @param locale     the language, Vietnamese for {@code vi} and English for any other, not null
     * @param templates  the application's templates by key, null where it has none, not null
     * @return the reason, not null
     */
    public String reason(Locale locale, Function<String, @Nullable String> templates) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(templates, "templates");
        return because.in(locale, templates);
    }

    /**
     * Returns the observations left out of the series because they gave no value.
     *
     * @return an unmodifiable list, empty when none was left out
     */
    public List<SkippedObservation> skipped() {
        return skipped;
    }

    /**
     * Returns a copy that also lists observations left out of the series, and says so at the end of
     * its reason: "1 observation was skipped (2022: no value and a zero denominator)." /
     * "Đã bỏ qua 1 số liệu (năm 2022: không có giá trị và mẫu số bằng 0)." Called on an assessment that
     * already lists some, the one sentence at the end lists them all: "2 observations were skipped
     * (2022: …; 2024: …)."
     *
     * @param observations  the observations left out, not null
     * @return this assessment when the list is empty, otherwise the copy, not null
     */
    public Assessment withSkipped(List<SkippedObservation> observations) {
        List<SkippedObservation> more = List.copyOf(observations);
        if (more.isEmpty()) {
            return this;
        }
        List<SkippedObservation> all = new ArrayList<>(skipped);
        all.addAll(more);
        // One sentence lists them all and ends the reason, as a reader of the reason rebuilds it: the one
        // that this assessment's reason ends with, if any, gives way to it.
        Reason base = skipped.isEmpty() ? because : because.withoutLastNote();
        return copy(base.then(Wording.skipped(all)), all);
    }

    /** A copy with a note at the end of its reason, such as that the latest value is before the strategy. */
    Assessment withNote(Reason note) {
        return copy(because.then(Objects.requireNonNull(note, "note")), skipped);
    }

    private Assessment copy(Reason reason, List<SkippedObservation> all) {
        Builder b = new Builder(method, target, milestone);
        b.latest = latest;
        b.achieved = achieved;
        b.linearProjection = linearProjection;
        b.compoundProjection = compoundProjection;
        b.annualChangeNeeded = annualChangeNeeded;
        b.score = score;
        b.category = category;
        b.progressValue = progressValue;
        b.currentStatusIndex = currentStatusIndex;
        b.progressGap = progressGap;
        return new Assessment(b, status, reason, all);
    }

    /**
     * Compares every part; decimals compare with their scale, and reasons by their text.
     *
     * @param other  the other object
     * @return true if both are the same assessment
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Assessment a && method.equals(a.method) && target.equals(a.target)
                && milestone.equals(a.milestone) && Objects.equals(latest, a.latest) && achieved == a.achieved
                && Objects.equals(linearProjection, a.linearProjection)
                && Objects.equals(compoundProjection, a.compoundProjection)
                && Objects.equals(annualChangeNeeded, a.annualChangeNeeded) && Objects.equals(score, a.score)
                && Objects.equals(category, a.category) && Objects.equals(progressValue, a.progressValue)
                && Objects.equals(currentStatusIndex, a.currentStatusIndex)
                && Objects.equals(progressGap, a.progressGap) && status == a.status
                && reason.equals(a.reason) && skipped.equals(a.skipped);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(method, target, milestone, latest, status, reason);
    }

    /**
     * Returns a short description, such as {@code binhdang 2.3 [2025: ≥ 60 percent] ON_TRACK (latest 2023: 50.0)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return method + " " + target + " [" + milestone + "] " + status
                + (latest == null ? "" : " (latest " + latest + ")");
    }

    /**
     * Builds an {@link Assessment}; every figure is absent until set.
     *
     * @implNote A builder is not thread-safe.
     */
    public static final class Builder {
        private final String method;
        private final String target;
        private final Milestone milestone;
        private @Nullable SeriesPoint latest;
        private boolean achieved;
        private @Nullable BigDecimal linearProjection;
        private @Nullable BigDecimal compoundProjection;
        private @Nullable BigDecimal annualChangeNeeded;
        private @Nullable BigDecimal score;
        private @Nullable BilingualText category;
        private @Nullable BigDecimal progressValue;
        private @Nullable BigDecimal currentStatusIndex;
        private @Nullable BigDecimal progressGap;

        private Builder(String method, String target, Milestone milestone) {
            this.method = Checks.requireText("Assessment.method", method);
            this.target = Checks.requireCode("Assessment.target", target);
            this.milestone = Objects.requireNonNull(milestone, "milestone");
        }

        /**
         * Sets the latest value looked at.
         *
         * @param point  the latest point, not null
         * @return this builder
         */
        public Builder latest(SeriesPoint point) {
            this.latest = Objects.requireNonNull(point, "point");
            return this;
        }

        /**
         * Sets whether the latest value meets the milestone.
         *
         * @param achieved  true if it does
         * @return this builder
         */
        public Builder achieved(boolean achieved) {
            this.achieved = achieved;
            return this;
        }

        /**
         * Sets the value projected to the milestone by the linear trend.
         *
         * @param value  the projection, not null
         * @return this builder
         */
        public Builder linearProjection(BigDecimal value) {
            this.linearProjection = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the value projected to the milestone by the compound annual rate.
         *
         * @param value  the projection, not null
         * @return this builder
         */
        public Builder compoundProjection(BigDecimal value) {
            this.compoundProjection = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the change a year needed from the latest value to reach the milestone.
         *
         * @param value  the change a year, not null
         * @return this builder
         */
        public Builder annualChangeNeeded(BigDecimal value) {
            this.annualChangeNeeded = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the method's own index or score.
         *
         * @param value  the score, not null
         * @return this builder
         */
        public Builder score(BigDecimal value) {
            this.score = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the method's own category in Vietnamese and English.
         *
         * @param name  the category, not null
         * @return this builder
         */
        public Builder category(BilingualText name) {
            this.category = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the Open SDG progress value (the ratio of growth rates, or the growth without a target).
         *
         * @param value  the value, unrounded, not null
         * @return this builder
         */
        public Builder progressValue(BigDecimal value) {
            this.progressValue = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets ESCAP's current status index.
         *
         * @param value  the index, not null
         * @return this builder
         */
        public Builder currentStatusIndex(BigDecimal value) {
            this.currentStatusIndex = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets ESCAP's anticipated progress gap, signed.
         *
         * @param value  the gap, negative when the projection passes the target, not null
         * @return this builder
         */
        public Builder progressGap(BigDecimal value) {
            this.progressGap = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the assessment with its status and reason.
         *
         * @param status  the status, not null
         * @param reason  the reason in Vietnamese and English, not null; its key is
         *                {@code binhdang.progress.text}
         * @return the assessment, not null
         * @throws InvalidValueException if it is achieved without a latest value
         */
        public Assessment build(ProgressStatus status, BilingualText reason) {
            return build(status, Reason.text(Objects.requireNonNull(reason, "reason")));
        }

        /** Builds the assessment with its status and the key and arguments of its reason. */
        Assessment build(ProgressStatus status, Reason reason) {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            if (achieved && latest == null) {
                throw new InvalidValueException("Assessment.achieved", true, "needs a latest value");
            }
            return new Assessment(this, status, reason, List.of());
        }
    }
}
