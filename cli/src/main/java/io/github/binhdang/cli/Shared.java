package io.github.binhdang.cli;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.VietNamAreas;
import io.github.binhdang.serialization.json.BinhdangJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the commands share: reading and validating inputs, names of areas, a province's plan. */
final class Shared {

    private Shared() {
    }

    /** One file read and validated: what the reader found and what the validator found, on their lines. */
    record Checked(Formats.Input input, ValidationReport report) {
    }

    /** Reads and validates each file on its own, so that each finding keeps its file, line and column. */
    static List<Checked> readAll(List<Path> files, @Nullable Path dhis2Map, @Nullable Strategy plan, Texts t) {
        List<Checked> checked = new ArrayList<>();
        ValidationContext context = context(plan);
        try (Progress progress = Progress.overFiles(t.t("progress.reading"), files)) {
            for (Path file : files) {
                progress.reading(file);
                Formats.Input input = Formats.read(file, dhis2Map, t);
                ValidationReport report = input.report()
                        .plus(DatasetValidator.defaults().validate(input.dataset(), context));
                checked.add(new Checked(input, report));
                progress.read(file);
            }
        }
        return checked;
    }

    /** The validation context: the built-in indicators and the areas before and after 2025, or a plan's. */
    static ValidationContext context(@Nullable Strategy plan) {
        ValidationContext context = ValidationContext.of(GenderIndicators.ALL, VietNamAreas.hierarchy());
        if (plan != null) {
            List<Indicator> own = new ArrayList<>();
            for (Target target : plan.targets()) {
                own.add(target.indicator());
            }
            context = context.withIndicators(own).withStrategy(plan);
        }
        return context;
    }

    /**
     * The observations of several files as one dataset; a key given again in a later file is left out
     * and told on the error stream.
     */
    static Dataset merge(List<Checked> checked, PrintWriter err, Texts t) {
        if (checked.size() == 1) {
            return checked.get(0).input().dataset();
        }
        Dataset.Builder b = Dataset.builder();
        for (Checked c : checked) {
            for (Observation o : c.input().dataset()) {
                if (b.contains(o.key())) {
                    err.println(t.t("merge.duplicate", c.input().file().getFileName(), o.key().toString()));
                } else {
                    b.add(o);
                }
            }
        }
        return b.build();
    }

    /** All the indicators the commands know: the built-in ones and a plan's own. */
    static List<Indicator> indicators(@Nullable Strategy plan) {
        Map<String, Indicator> all = new LinkedHashMap<>();
        GenderIndicators.ALL.forEach(i -> all.put(i.code(), i));
        if (plan != null) {
            plan.targets().forEach(target -> all.putIfAbsent(target.indicator().code(), target.indicator()));
        }
        return List.copyOf(all.values());
    }

    /** Reads a province's plan, a strategy document as JSON. */
    static @Nullable Strategy plan(@Nullable Path file, Texts t) {
        if (file == null) {
            return null;
        }
        Formats.head(file, t);
        try {
            return BinhdangJson.mapper().readValue(file.toFile(), Strategy.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw new UsageException(t.t("error.plan", file.toString(), e.getOriginalMessage()), e);
        }
    }

    /** An area's name in the language, with its code: {@code Sơn La (14)}; the code alone when unknown. */
    static String area(String code, Texts t) {
        return areaOf(code).map(a -> t.t(a.name()) + " (" + code + ")").orElse(code);
    }

    static Optional<Area> areaOf(String code) {
        Optional<Area> now = VietNamAreas.hierarchy().find(code, VietNamAreas.FIRST_DAY_OF_34_UNITS);
        return now.isPresent() ? now : VietNamAreas.hierarchy().find(code, VietNamAreas.LAST_DAY_OF_63_UNITS);
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
