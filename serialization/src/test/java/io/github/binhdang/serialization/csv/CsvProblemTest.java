package io.github.binhdang.serialization.csv;

import io.github.binhdang.serialization.csv.CsvProblem.Kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class CsvProblemTest {

    @Test
    void printsLineColumnValueAndMessage() {
        assertThat(new CsvProblem(Kind.VALUE, 7, "value", 4, "12.3.4", "bad")).hasToString("line 7, column value (4), '12.3.4': bad");
        assertThat(new CsvProblem(Kind.HEADER, 1, "period", 0, "", "missing")).hasToString("line 1, column period: missing");
        assertThat(new CsvProblem(Kind.ROW, 3, "", 0, "", "row")).hasToString("line 3: row");
    }

    @Test
    void refusesALineBelowOne() {
        assertThatThrownBy(() -> new CsvProblem(Kind.ROW, 0, "", 0, "", "m"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("CsvProblem.line");
                    assertThat(e.value()).isEqualTo("0");
                    assertThat(e.getMessage()).isEqualTo("CsvProblem.line: 0 must be 1 or more");
                });
    }

    @Test
    void refusesANegativeColumnAndABlankMessage() {
        assertThatThrownBy(() -> new CsvProblem(Kind.ROW, 1, "", -1, "", "m"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("CsvProblem.columnNumber"));
        assertThatThrownBy(() -> new CsvProblem(Kind.ROW, 1, "", 0, "", " "))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("CsvProblem.message: ' ' must not be blank"));
    }
}
