package io.github.binhdang.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Quantity;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.BilingualText;
import java.math.BigDecimal;
import java.util.List;

/**
 * Fuzzes the reading of numbers in the three notations ("1.234,5", "1,234.5", "1234.5"), of amounts
 * ("50 triệu đồng", "38,89%", "75 lớp") and of qualifier words ("gần", "hơn", "không quá"). The first
 * byte of an input picks the notation (its value modulo 3: 0 Vietnamese, 1 English, 2 plain); the rest
 * is the text. Corpus in {@code NumberFuzzTestInputs/}; see CONTRIBUTING.md, "Fuzzing".
 */
class NumberFuzzTest {

    private static final Unit CLASSES = Unit.ofCount("classes", BilingualText.of("lớp", "classes"), "lớp");

    /** A number reads, formats in the same notation and reads back equal, scale included; or a TextParseException. */
    @FuzzTest(maxDuration = "2m")
    void notation(byte[] data) {
        NumberNotation notation = NumberNotation.values()[Outcomes.choice(data, 3)];
        String text = Outcomes.text(data, 1);
        Outcomes.parse(text, () -> notation.parse(text)).ifPresent(value -> {
            BigDecimal back = notation.parse(notation.format(value));
            Outcomes.requireEqual(value, back, notation + ".parse(format(x))");
        });
    }

    /**
     * An amount with a unit reads (among built-in units and one of the caller's) or fails as documented;
     * what reads, reads back equal from its text form, and equivalent from its display form when its unit
     * has a symbol (a unit without one, such as {@code COUNT}, displays the number only, as documented).
     */
    @FuzzTest(maxDuration = "2m")
    void quantity(byte[] data) {
        NumberNotation notation = NumberNotation.values()[Outcomes.choice(data, 3)];
        String text = Outcomes.text(data, 1);
        Outcomes.parse(text, () -> Quantity.parse(text, notation, List.of(CLASSES))).ifPresent(quantity -> {
            Outcomes.requireEqual(quantity, Quantity.parse(quantity.toString(), NumberNotation.PLAIN, List.of(CLASSES)),
                    "Quantity.parse(toString())");
            if (!quantity.unit().symbol().isEmpty()) {
                Quantity back = Quantity.parse(quantity.format(notation), notation, List.of(CLASSES));
                if (!back.isEquivalentTo(quantity)) {
                    throw new AssertionError(quantity + " formatted in " + notation + " reads back as " + back);
                }
            }
        });
    }

    /** A qualifier word reads, or fails with an InvalidValueException; its word reads back to it. */
    @FuzzTest(maxDuration = "2m")
    void qualifier(byte[] data) {
        String text = Outcomes.text(data, 0);
        Outcomes.parse(text, () -> Qualifier.parse(text))
                .ifPresent(q -> Outcomes.requireEqual(q, Qualifier.parse(q.word()), "Qualifier.parse(word())"));
    }
}
