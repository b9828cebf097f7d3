package io.github.binhdang.serialization.json;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.SeriesPoint;
import io.github.binhdang.core.progress.SkippedObservation;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The JSON of progress results: series points, skipped observations, assessments, scorecard rows and
 * scorecards (written only). The format is described in the package documentation.
 */
final class ProgressJson {

    private static final List<Object> POINT = List.of("period", "value", "qualifier", "shown");
    private static final List<Object> SKIPPED = List.of("key", "reason");
    private static final List<Object> ASSESSMENT = List.of("method", "target", "milestone", "latest", "achieved",
            "linearProjection", "compoundProjection", "annualChangeNeeded", "score", "category", "status", "reason",
            "skipped", "progressValue", "currentStatusIndex", "progressGap");
    private static final List<Object> ROW = List.of("target", "assessment");
    private static final List<Object> SCORECARD = List.of("strategy", "area", "breakdown", "method", "counts", "rows");

    private ProgressJson() {
    }

    static void writePoint(SeriesPoint point, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("period", point.period().toString());
        ValueJson.writeDecimal("value", point.value(), g);
        if (point.qualifier() != Qualifier.EXACT) {
            g.writeStringProperty("qualifier", point.qualifier().name());
        }
        if (!point.shown().equals(point.value())) { // a value computed from components: shown rounded
            ValueJson.writeDecimal("shown", point.shown(), g);
        }
        g.writeEndObject();
    }

    static SeriesPoint readPoint(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, SeriesPoint.class, POINT);
        ReportingPeriod period = null;
        BigDecimal value = null;
        Qualifier qualifier = Qualifier.EXACT;
        BigDecimal shown = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "period":
                    period = f.read(ValueJson::readPeriod);
                    break;
                case "value":
                    value = f.readDecimal();
                    break;
                case "shown":
                    shown = f.readDecimal();
                    break;
                case "qualifier":
                    Qualifier read = f.read(ValueJson.enumReader(Qualifier.class));
                    qualifier = read == null ? Qualifier.EXACT : read;
                    break;
                default:
                    f.unknown();
            }
        }
        ReportingPeriod checkedPeriod = f.require(period, "period");
        BigDecimal checkedValue = f.require(value, "value");
        Qualifier checkedQualifier = qualifier;
        BigDecimal checkedShown = shown == null ? checkedValue : shown;
        return f.build(() -> new SeriesPoint(checkedPeriod, checkedValue, checkedQualifier, checkedShown));
    }

    static void writeSkipped(SkippedObservation skipped, JsonGenerator g) {
        g.writeStartObject();
        g.writeName("key");
        ObservationJson.writeKey(skipped.key(), g);
        ValueJson.writeBilingual("reason", skipped.reason(), g);
        g.writeEndObject();
    }

    static SkippedObservation readSkipped(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, SkippedObservation.class, SKIPPED);
        ObservationKey key = null;
        BilingualText reason = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "key":
                    key = f.read(ObservationJson::readKey);
                    break;
                case "reason":
                    reason = f.read(ValueJson::readBilingual);
                    break;
                default:
                    f.unknown();
            }
        }
        ObservationKey checkedKey = f.require(key, "key");
        BilingualText checkedReason = f.require(reason, "reason");
        return f.build(() -> new SkippedObservation(checkedKey, checkedReason));
    }

    static void writeAssessment(Assessment a, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("method", a.method());
        g.writeStringProperty("target", a.target());
        g.writeName("milestone");
        StrategyJson.writeMilestone(a.milestone(), g);
        a.latest().ifPresent(point -> {
            g.writeName("latest");
            writePoint(point, g);
        });
        g.writeBooleanProperty("achieved", a.isAchieved());
        a.linearProjection().ifPresent(value -> ValueJson.writeDecimal("linearProjection", value, g));
        a.compoundProjection().ifPresent(value -> ValueJson.writeDecimal("compoundProjection", value, g));
        a.annualChangeNeeded().ifPresent(value -> ValueJson.writeDecimal("annualChangeNeeded", value, g));
        // A method's own figures, written only when it gives them (binhdang's method gives neither).
        a.score().ifPresent(value -> ValueJson.writeDecimal("score", value, g));
        a.category().ifPresent(name -> ValueJson.writeBilingual("category", name, g));
        a.progressValue().ifPresent(value -> ValueJson.writeDecimal("progressValue", value, g));
        a.currentStatusIndex().ifPresent(value -> ValueJson.writeDecimal("currentStatusIndex", value, g));
        a.progressGap().ifPresent(value -> ValueJson.writeDecimal("progressGap", value, g));
        g.writeStringProperty("status", a.status().name());
        ValueJson.writeBilingual("reason", a.reason(), g);
        if (!a.skipped().isEmpty()) {
            g.writeName("skipped");
            g.writeStartArray();
            for (SkippedObservation skipped : a.skipped()) {
                writeSkipped(skipped, g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static Assessment readAssessment(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Assessment.class, ASSESSMENT);
        String method = null;
        String target = null;
        Milestone milestone = null;
        SeriesPoint latest = null;
        Boolean achieved = null;
        BigDecimal linear = null;
        BigDecimal compound = null;
        BigDecimal annual = null;
        BigDecimal score = null;
        BilingualText category = null;
        BigDecimal progressValue = null;
        BigDecimal currentStatusIndex = null;
        BigDecimal progressGap = null;
        ProgressStatus status = null;
        BilingualText reason = null;
        List<SkippedObservation> skipped = List.of();
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "method":
                    method = f.readText();
                    break;
                case "target":
                    target = f.readText();
                    break;
                case "milestone":
                    milestone = f.read(StrategyJson::readMilestone);
                    break;
                case "latest":
                    latest = f.read(ProgressJson::readPoint);
                    break;
                case "achieved":
                    achieved = f.readBoolean();
                    break;
                case "linearProjection":
                    linear = f.readDecimal();
                    break;
                case "compoundProjection":
                    compound = f.readDecimal();
                    break;
                case "annualChangeNeeded":
                    annual = f.readDecimal();
                    break;
                case "score":
                    score = f.readDecimal();
                    break;
                case "category":
                    category = f.read(ValueJson::readBilingual);
                    break;
                case "progressValue":
                    progressValue = f.readDecimal();
                    break;
                case "currentStatusIndex":
                    currentStatusIndex = f.readDecimal();
                    break;
                case "progressGap":
                    progressGap = f.readDecimal();
                    break;
                case "status":
                    status = f.read(ValueJson.enumReader(ProgressStatus.class));
                    break;
                case "reason":
                    reason = f.read(ValueJson::readBilingual);
                    break;
                case "skipped":
                    skipped = f.list(ProgressJson::readSkipped);
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedMethod = f.require(method, "method");
        String checkedTarget = f.require(target, "target");
        Milestone checkedMilestone = f.require(milestone, "milestone");
        ProgressStatus checkedStatus = f.require(status, "status");
        BilingualText checkedReason = f.require(reason, "reason");
        Assessment.Builder b = f.build(() -> Assessment.builder(checkedMethod, checkedTarget, checkedMilestone));
        if (latest != null) {
            b.latest(latest);
        }
        b.achieved(achieved != null && achieved);
        if (linear != null) {
            b.linearProjection(linear);
        }
        if (compound != null) {
            b.compoundProjection(compound);
        }
        if (annual != null) {
            b.annualChangeNeeded(annual);
        }
        if (score != null) {
            b.score(score);
        }
        if (category != null) {
            b.category(category);
        }
        if (progressValue != null) {
            b.progressValue(progressValue);
        }
        if (currentStatusIndex != null) {
            b.currentStatusIndex(currentStatusIndex);
        }
        if (progressGap != null) {
            b.progressGap(progressGap);
        }
        List<SkippedObservation> checkedSkipped = skipped;
        return f.build(() -> build(b, checkedStatus, checkedReason, checkedSkipped));
    }

    /**
     * Builds the assessment. With skipped observations, the reason written ends with the sentence that
     * {@link Assessment#withSkipped} added; the only public way to rebuild it is to take that sentence
     * off and let {@code withSkipped} add it again, so the sentence is found by asking it for the one it
     * adds after a placeholder reason.
     */
    private static Assessment build(Assessment.Builder b, ProgressStatus status, BilingualText reason,
            List<SkippedObservation> skipped) {
        if (skipped.isEmpty()) {
            return b.build(status, reason);
        }
        BilingualText placeholder = BilingualText.of("x", "x");
        BilingualText added = b.build(status, placeholder).withSkipped(skipped).reason();
        String viTail = added.vi().substring(placeholder.vi().length());
        String enTail = added.en().substring(placeholder.en().length());
        if (reason.vi().endsWith(viTail) && reason.en().endsWith(enTail)
                && reason.vi().length() > viTail.length() && reason.en().length() > enTail.length()) {
            BilingualText base = BilingualText.of(reason.vi().substring(0, reason.vi().length() - viTail.length()),
                    reason.en().substring(0, reason.en().length() - enTail.length()));
            Assessment rebuilt = b.build(status, base).withSkipped(skipped);
            if (rebuilt.reason().equals(reason)) {
                return rebuilt;
            }
        }
        throw new InvalidValueException("Assessment.reason", reason.en(),
                "does not end with the sentence about the " + skipped.size() + " skipped observations");
    }

    static void writeRow(ScorecardRow row, JsonGenerator g) {
        g.writeStartObject();
        g.writeName("target");
        StrategyJson.writeTarget(row.target(), g, Map.of());
        g.writeName("assessment");
        writeAssessment(row.assessment(), g);
        g.writeEndObject();
    }

    static ScorecardRow readRow(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, ScorecardRow.class, ROW);
        Target target = null;
        Assessment assessment = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "target":
                    target = f.read(StrategyJson::readTarget);
                    break;
                case "assessment":
                    assessment = f.read(ProgressJson::readAssessment);
                    break;
                default:
                    f.unknown();
            }
        }
        Target checkedTarget = f.require(target, "target");
        Assessment checkedAssessment = f.require(assessment, "assessment");
        return f.build(() -> new ScorecardRow(checkedTarget, checkedAssessment));
    }

    static void writeScorecard(Scorecard scorecard, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("strategy", scorecard.strategy());
        g.writeStringProperty("area", scorecard.area());
        if (!scorecard.breakdown().isTotal()) {
            g.writeStringProperty("breakdown", scorecard.breakdown().toString());
        }
        g.writeStringProperty("method", scorecard.method());
        g.writeName("counts");
        g.writeStartObject();
        for (ProgressStatus status : ProgressStatus.values()) {
            g.writeNumberProperty(status.name(), scorecard.count(status));
        }
        g.writeEndObject();
        g.writeName("rows");
        g.writeStartArray();
        for (ScorecardRow row : scorecard.rows()) {
            writeRow(row, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // The counts are written for readers and worked out again from the rows when read.
    static Scorecard readScorecard(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Scorecard.class, SCORECARD);
        String strategy = null;
        String area = null;
        Breakdown breakdown = Breakdown.TOTAL;
        String method = null;
        List<ScorecardRow> rows = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "strategy":
                    strategy = f.readText();
                    break;
                case "area":
                    area = f.readText();
                    break;
                case "breakdown":
                    breakdown = f.read(ValueJson::readBreakdown);
                    break;
                case "method":
                    method = f.readText();
                    break;
                case "counts":
                    p.skipChildren();
                    break;
                case "rows":
                    rows = f.list(ProgressJson::readRow);
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedStrategy = f.require(strategy, "strategy");
        String checkedArea = f.require(area, "area");
        String checkedMethod = f.require(method, "method");
        List<ScorecardRow> checkedRows = f.require(rows, "rows");
        Breakdown checkedBreakdown = breakdown;
        return f.build(() -> Scorecard.ofRows(checkedStrategy, checkedArea, checkedBreakdown, checkedMethod,
                checkedRows));
    }
}
