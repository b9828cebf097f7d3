package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.unit.NumberNotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The words that messages put in their placeholders, in Vietnamese and English. */
final class Words {

    static final BilingualText VALUE = BilingualText.of("giá trị", "value");
    static final BilingualText NUMERATOR = BilingualText.of("tử số", "numerator");
    static final BilingualText DENOMINATOR = BilingualText.of("mẫu số", "denominator");

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Words() {
    }

    /** A day as people write it: "14/12/2025" in Vietnamese, ISO "2025-12-14" in English. */
    static BilingualText date(LocalDate date) {
        return BilingualText.of(date.format(VIETNAMESE_DATE), date.toString());
    }

    /** What an indicator should do, as in "an indicator that should increase" / "chỉ số cần tăng". */
    static BilingualText direction(Direction direction) {
        switch (direction.kind()) {
            case INCREASE:
                return BilingualText.of("tăng", "increase");
            case DECREASE:
                return BilingualText.of("giảm", "decrease");
            default:
                BigDecimal low = direction.low().orElseThrow();
                BigDecimal high = direction.high().orElseThrow();
                return BilingualText.of("tiến về " + range(low, high, NumberNotation.VIETNAMESE),
                        "move towards " + range(low, high, NumberNotation.ENGLISH));
        }
    }

    private static String range(BigDecimal low, BigDecimal high, NumberNotation notation) {
        return low.compareTo(high) == 0 ? notation.format(low) : notation.format(low) + "–" + notation.format(high);
    }

    /** An area as code and name, such as "10 Lào Cai". */
    static BilingualText area(Area area) {
        return BilingualText.of(area.code() + " " + area.name().vi(), area.code() + " " + area.name().en());
    }
}
