package io.github.binhdang.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.area.AreaKind;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.LinkKind;
import io.github.binhdang.core.calc.NoDataReason;
import io.github.binhdang.core.calc.SplitShares;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.index.GapIndicator;
import io.github.binhdang.core.index.GapInputs;
import io.github.binhdang.core.index.GiiInputs;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.PeriodKind;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key core throws has a text of its own in both languages (issue 19): the literal fields found in
 * core's sources, the fields built at run time from a hand list, and a few problems worded in Vietnamese.
 */
class ProblemKeysTest {

    /**
     * A field written as a literal where core throws: the constructors, and the helpers that take the field
     * first (Checks, Codes, Unit.requireValid, Years.check, the index helpers decimal and round, …).
     */
    static final Pattern THROWN = Pattern.compile("(new (?:[\\w.]*\\.)?(InvalidValueException|TextParseException)"
            + "|\\b(?:requireText|requireCode|requireRange|finite|requireBounded|requireBoundedScale|requireValid"
            + "|requireShare|requireAdded|Codes\\.of|Codes\\.unknown|Years\\.check|decimal|round))\\(\\s*\"([^\"]+)\"");

    private static final Pattern COMMENT = Pattern.compile("(?m)^\\s*(?:/\\*.*?\\*/|//[^\n]*)", Pattern.DOTALL);

    /**
     * The keys of the literal fields thrown in the Java sources under a directory, comments left out; a field
     * ending in a dot is completed at run time and left to the hand lists.
     */
    static Set<String> literalKeys(Path sources) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // Without comments: Javadoc quotes fields as examples ({@code requireValid("Target.value", …)}).
                String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
                Matcher m = THROWN.matcher(code);
                while (m.find()) {
                    if (!m.group(3).endsWith(".")) {
                        keys.add(("TextParseException".equals(m.group(2)) ? "parse." : "invalid.") + m.group(3));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    // The fields core builds at run time, read at their throw sites: the period parsers' FIELD,
    // NumberNotation's "NumberNotation." + name(), the fields HdiInputs passes to its check, and those
    // Years.move names as it moves a period (the same as Years.check's).
    private static final List<String> BUILT_AT_RUN_TIME = List.of(
            "parse.ReportingPeriod", "parse.NumberNotation.PLAIN", "parse.NumberNotation.VIETNAMESE",
            "parse.NumberNotation.ENGLISH", "invalid.HdiInputs.lifeExpectancy",
            "invalid.HdiInputs.expectedYearsOfSchooling", "invalid.HdiInputs.meanYearsOfSchooling",
            "invalid.YearPeriod.year", "invalid.HalfYearPeriod.year", "invalid.QuarterPeriod.year",
            "invalid.MonthPeriod.year", "invalid.SpanPeriod.firstYear", "invalid.SpanPeriod.lastYear",
            "invalid.TermPeriod.firstYear", "invalid.TermPeriod.lastYear");

    @Test
    void everyKeyThrownInCoreHasATextOfItsOwn() {
        Set<String> keys = literalKeys(Path.of("src/main/java"));
        // The scan finds what it should: a sample of each kind of throw site.
        assertThat(keys).contains("invalid.Milestone.tolerance", "invalid.Area.code", "parse.Breakdown",
                "invalid.Sex.code", "invalid.Milestone.value", "invalid.BinhdangMethod.tolerance",
                "invalid.GiiResult.harmonicMean", "invalid.AreaHierarchy.predecessor").hasSizeGreaterThan(170);
        keys.addAll(BUILT_AT_RUN_TIME);
        assertThat(keys).allSatisfy(key -> assertThat(Problem.bundle().keys()).as(key).contains(key));
    }

    @Test
    void aFieldWithAPartMadeAtRunTimeTakesTheTextOfItsStart() {
        // GapInputs names the indicator or the subindex; GiiInputs the input not given.
        InvalidValueException ratio = catchThrowableOfType(InvalidValueException.class,
                () -> GapInputs.builder().ratio(GapIndicator.LITERACY_RATE, new BigDecimal("-0.5")));
        assertThat(ratio.key()).isEqualTo("invalid.GapInputs.LITERACY_RATE");
        assertThat(Problem.keyOf(ratio)).isEqualTo("invalid.GapInputs");
        InvalidValueException subindex = catchThrowableOfType(InvalidValueException.class,
                () -> GapInputs.builder().build());
        assertThat(Problem.keyOf(subindex)).isEqualTo("invalid.GapInputs");
        InvalidValueException seats = catchThrowableOfType(InvalidValueException.class,
                () -> GiiInputs.builder().build());
        assertThat(seats.key()).isEqualTo("invalid.GiiInputs.maternalMortalityRatio");
        assertThat(Problem.keyOf(seats)).isEqualTo(seats.key());
        for (String input : List.of("femaleParliamentSeats", "maleParliamentSeats", "femaleSecondaryEducation",
                "maleSecondaryEducation", "femaleLabourForceParticipation", "maleLabourForceParticipation")) {
            assertThat(Problem.keyOf(new InvalidValueException("GiiInputs." + input, "nothing", "was given")))
                    .isEqualTo("invalid.GiiInputs");
        }
    }

    @Test
    void theLongestKeyThatStartsAKeyAtADotIsTaken() {
        Set<String> keys = Set.of("invalid", "parse", "invalid.A", "invalid.A.B");
        assertThat(Problem.keyOf("invalid.A.B", keys)).isEqualTo("invalid.A.B");
        assertThat(Problem.keyOf("invalid.A.B.C.D", keys)).isEqualTo("invalid.A.B");
        assertThat(Problem.keyOf("invalid.A.C", keys)).isEqualTo("invalid.A");
        // Only at a dot: invalid.AB does not start with invalid.A and a dot.
        assertThat(Problem.keyOf("invalid.AB", keys)).isEqualTo("invalid");
        assertThat(Problem.keyOf("parse.A", keys)).isEqualTo("parse");
    }

    @Test
    void bothLanguagesSayItInTheirOwnWords() {
        Properties en = Bundle.read(Problem.class, "problems.properties");
        Properties vi = Bundle.read(Problem.class, "problems_vi.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(vi.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
        }
    }

    private static <E extends Enum<E>> Map.Entry<String, List<String>> codes(String key, E[] values,
            Function<E, String> code) {
        return Map.entry(key, Arrays.stream(values).map(code).toList());
    }

    @Test
    void aTextThatListsTheCodesOfASetListsThemAll() {
        List<Map.Entry<String, List<String>>> sets = List.of(
                codes("invalid.Sex.code", Sex.values(), Sex::code),
                codes("invalid.Qualifier.code", Qualifier.values(), Enum::name),
                codes("invalid.ObservationStatus.code", ObservationStatus.values(), Enum::name),
                codes("invalid.PeriodKind.code", PeriodKind.values(), Enum::name),
                codes("invalid.TermBody.code", TermBody.values(), TermBody::code),
                codes("invalid.MeasureKind.code", MeasureKind.values(), Enum::name),
                codes("invalid.AreaLevel.code", AreaLevel.values(), Enum::name),
                codes("invalid.AreaKind.code", AreaKind.values(), Enum::name),
                codes("invalid.AreaDate.code", AreaDate.values(), Enum::name),
                codes("invalid.LinkKind.code", LinkKind.values(), Enum::name),
                codes("invalid.Domain.code", Domain.values(), Enum::name),
                codes("invalid.Frequency.code", Frequency.values(), Enum::name),
                codes("invalid.Direction.Kind.code", Direction.Kind.values(), Enum::name),
                codes("invalid.Comparison.code", Comparison.values(), Enum::name),
                codes("invalid.ProgressStatus.code", ProgressStatus.values(), Enum::name),
                codes("invalid.NoDataReason.code", NoDataReason.values(), Enum::name),
                codes("invalid.Severity.code", Severity.values(), Enum::name));
        for (Map.Entry<String, List<String>> set : sets) {
            BilingualText text = Problem.bundle().template(set.getKey());
            assertThat(text.en()).as(set.getKey()).contains(set.getValue());
            assertThat(text.vi()).as(set.getKey()).contains(set.getValue());
        }
    }

    private static final Indicator SHARE = Indicator.builder("SHARE", BilingualText.of("Tỷ lệ nữ", "Share of women"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).build();

    @Test
    void problemsOfDefinitionsAreWordedInVietnamese() {
        // Texts of problems_vi.properties, filled with the value by hand.
        InvalidValueException tolerance = catchThrowableOfType(InvalidValueException.class,
                () -> Milestone.of(2030, Comparison.AT_LEAST, new BigDecimal("60"), Unit.PERCENT)
                        .withTolerance(new BigDecimal("2")));
        assertThat(Problem.of(tolerance).vi()).isEqualTo("sai số cho phép 2 không hợp lệ: chỉ dùng cho mốc \"khoảng\""
                + " (ABOUT), không được nhỏ hơn 0 và có tối đa 100 chữ số có nghĩa");
        assertThat(Problem.of(tolerance).en()).isEqualTo("2 applies only to an ABOUT milestone, not AT_LEAST");

        InvalidValueException noMilestone = catchThrowableOfType(InvalidValueException.class,
                () -> Target.builder("1.1", BilingualText.of("Đạt 60%.", "60 %."), SHARE).build());
        assertThat(Problem.of(noMilestone).vi()).isEqualTo("chỉ tiêu cần có ít nhất một mốc, mỗi mốc cùng đơn vị"
                + " tính với chỉ tiêu thống kê và sau mốc trước");

        InvalidValueException validTo = catchThrowableOfType(InvalidValueException.class,
                () -> Area.of("01", BilingualText.of("Hà Nội"), AreaLevel.PROVINCE)
                        .withValidFrom(LocalDate.of(2025, 7, 1)).withValidTo(LocalDate.of(2025, 6, 30)));
        assertThat(Problem.of(validTo).vi())
                .isEqualTo("ngày hết hiệu lực 2025-06-30 của đơn vị trước ngày đơn vị có hiệu lực");

        InvalidValueException share = catchThrowableOfType(InvalidValueException.class,
                () -> SplitShares.builder().share("C6", "C3", new BigDecimal("1.2")));
        assertThat(Problem.of(share).vi()).isEqualTo("tỷ lệ phân bổ 1.2 của đơn vị bị chia tách không hợp lệ: mỗi"
                + " tỷ lệ lớn hơn 0 và không quá 1, chỉ ghi một lần, các tỷ lệ của một đơn vị cộng lại bằng 1, và chỉ"
                + " đơn vị bị chia tách mới có tỷ lệ phân bổ");

        InvalidValueException quarter = catchThrowableOfType(InvalidValueException.class,
                () -> io.github.binhdang.core.period.QuarterPeriod.of(2022, 5));
        assertThat(Problem.of(quarter).vi()).isEqualTo("không có quý 5; quý là từ 1 đến 4");

        InvalidValueException percent = catchThrowableOfType(InvalidValueException.class,
                () -> Milestone.of(2030, Comparison.AT_LEAST, new BigDecimal("140"), Unit.PERCENT));
        assertThat(Problem.of(percent).vi()).startsWith("giá trị 140 của mốc không phù hợp với đơn vị tính: tỷ lệ"
                + " phần trăm từ 0 đến 100");
    }
}
