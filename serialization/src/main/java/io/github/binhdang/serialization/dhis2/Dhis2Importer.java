package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Checks a DHIS2 data value set against the catalogue (a {@link ValidationContext}) and a target
 * dataset, and answers as DHIS2's import does, with an {@link ImportSummary}. Nothing is written
 * anywhere: the summary says what an import would do.
 *
 * <p>Each data value, by its index in the set, is:
 * <ul>
 *   <li><b>ignored</b>, with a conflict, when it cannot be read or mapped (see the
 *       {@linkplain io.github.binhdang.serialization.dhis2 package documentation} for the codes and
 *       DHIS2 error codes), when an earlier data value has its key ({@code dhis2.duplicate}; DHIS2 itself
 *       would overwrite the first, which this importer reports instead), or when a rule of the
 *       {@link DatasetValidator} finds an error in its observation (error code E7610 for its indicator,
 *       E7612 its area, E7611 its period, E7619 otherwise);</li>
 *   <li><b>updated</b> when the target dataset has its key already;</li>
 *   <li><b>imported</b> otherwise.</li>
 * </ul>
 * None is deleted. The counts add up to the number of data values in the set.
 *
 * <p>A worked case: six data values, the first new, the second with a key the target has, the third
 * for an unknown organisation unit, the fourth for period {@code 2022Q5}, the fifth with the value
 * {@code abc}, the sixth repeating the first's key, give status {@code WARNING}, imported 1, updated 1,
 * ignored 4, deleted 0, conflicts E7612 (index 2), E7611 (index 3), E7619 (index 4) and a duplicate
 * (index 5), and rejected indexes 2, 3, 4, 5.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Dhis2Importer {

    private final Dhis2Reader reader;
    private final ValidationContext context;
    private final DatasetValidator validator;
    private final Dataset target;

    private Dhis2Importer(Dhis2Reader reader, ValidationContext context, DatasetValidator validator, Dataset target) {
        this.reader = reader;
        this.context = context;
        this.validator = validator;
        this.target = target;
    }

    /**
     * Obtains an importer that reads through a reader, checks with the default rules against a context,
     * and counts against an empty target.
     *
     * @param reader   the reader, with its code map, not null
     * @param context  the catalogue and areas to check against, not null
     * @return the importer, not null
     */
    public static Dhis2Importer of(Dhis2Reader reader, ValidationContext context) {
        return new Dhis2Importer(Objects.requireNonNull(reader, "reader"), Objects.requireNonNull(context, "context"),
                DatasetValidator.defaults(), Dataset.empty());
    }

    /**
     * Returns a copy that counts a data value whose key this dataset has as updated.
     *
     * @param target  the dataset already held, not null
     * @return the importer, not null
     */
    public Dhis2Importer withTarget(Dataset target) {
        return new Dhis2Importer(reader, context, validator, Objects.requireNonNull(target, "target"));
    }

    /**
     * Returns a copy that checks with other rules.
     *
     * @param validator  the validator, not null
     * @return the importer, not null
     */
    public Dhis2Importer withValidator(DatasetValidator validator) {
        return new Dhis2Importer(reader, context, Objects.requireNonNull(validator, "validator"), target);
    }

    /**
     * Imports the JSON form.
     *
     * @param text  the text, not null; not closed
     * @return the summary, not null
     * @throws UncheckedIOException if the text cannot be read
     */
    public ImportSummary importJson(Reader text) {
        return summarise(reader.read(Objects.requireNonNull(text, "text"), true));
    }

    /**
     * Imports the CSV form.
     *
     * @param text  the text, not null; not closed
     * @return the summary, not null
     * @throws UncheckedIOException if the text cannot be read
     */
    public ImportSummary importCsv(Reader text) {
        return summarise(reader.read(Objects.requireNonNull(text, "text"), false));
    }

    private record Key(String object, String value, String errorCode, String property) {
    }

    private ImportSummary summarise(Dhis2ReadResult read) {
        Map<Key, TreeSet<Integer>> conflicts = new LinkedHashMap<>();
        TreeSet<Integer> rejected = new TreeSet<>();
        List<Finding> all = new ArrayList<>(read.report().findings());
        boolean unreadable = false;
        for (Finding f : read.report().findings()) {
            if (!f.isError()) {
                continue;
            }
            String property = f.location().path();
            String errorCode = problem(f.code()).flatMap(k -> k.errorCode(property)).orElse("");
            if (f.location().index().isPresent()) {
                int index = f.location().index().getAsInt();
                rejected.add(index);
                conflicts.computeIfAbsent(new Key(f.value(), f.rule(), errorCode, property), k -> new TreeSet<>())
                        .add(index);
            } else {
                unreadable = true;
                conflicts.computeIfAbsent(new Key(f.value(), f.location().subject() + ": " + f.rule(), errorCode,
                        property), k -> new TreeSet<>());
            }
        }
        Dataset dataset = read.dataset();
        int imported = 0;
        int updated = 0;
        for (int row = 0; row < dataset.size(); row++) {
            Observation o = dataset.get(row);
            // The reader gives each row its data value's number as its record.
            int index = dataset.position(row).orElseThrow().record();
            ValidationReport checked = validator.validate(o, context);
            all.addAll(checked.findings());
            if (!checked.errors().isEmpty()) {
                rejected.add(index);
                for (Finding f : checked.errors()) {
                    String path = f.location().path();
                    String property = path.equals("indicator") ? "dataElement" : path.equals("area") ? "orgUnit"
                            : path.equals("period") ? "period" : path.startsWith("breakdown") ? "categoryOptionCombo"
                            : "value";
                    String errorCode = switch (property) {
                        case "dataElement" -> "E7610";
                        case "orgUnit" -> "E7612";
                        case "period" -> "E7611";
                        default -> "E7619";
                    };
                    conflicts.computeIfAbsent(new Key(f.value().isEmpty() ? o.key().toString() : f.value(), f.rule(),
                            errorCode, property), k -> new TreeSet<>()).add(index);
                }
            } else if (target.contains(o.key())) {
                updated++;
            } else {
                imported++;
            }
        }
        List<ImportConflict> list = new ArrayList<>(conflicts.size());
        conflicts.forEach((k, indexes) -> list.add(new ImportConflict(k.object(), k.value(), k.errorCode(),
                k.property(), List.copyOf(indexes))));
        ImportSummary.Count count = new ImportSummary.Count(imported, updated, rejected.size(), 0);
        ImportSummary.Status status = unreadable || imported + updated == 0 && count.total() > 0
                ? ImportSummary.Status.ERROR
                : list.isEmpty() ? ImportSummary.Status.SUCCESS : ImportSummary.Status.WARNING;
        return new ImportSummary(status, count, list, List.copyOf(rejected), ValidationReport.of(all));
    }

    private static java.util.Optional<Dhis2Problem> problem(String code) {
        for (Dhis2Problem p : Dhis2Problem.values()) {
            if (p.code().equals(code)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
