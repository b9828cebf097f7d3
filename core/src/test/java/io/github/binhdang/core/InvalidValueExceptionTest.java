package io.github.binhdang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.binhdang.core.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void keyAndArgumentsLetAnApplicationWordTheProblem() {
        InvalidValueException e = new InvalidValueException("Milestone.value", -5, "is below 0 for a percentage");
        assertThat(e.key()).isEqualTo("invalid.Milestone.value");
        assertThat(e.arguments()).containsExactly(
                java.util.Map.entry("field", "Milestone.value"),
                java.util.Map.entry("value", "-5"),
                java.util.Map.entry("rule", "is below 0 for a percentage"));
        assertThat(e.getMessage()).isEqualTo("Milestone.value: -5 is below 0 for a percentage");
        assertThat(e.reason()).isEqualTo("-5 is below 0 for a percentage");
    }

    @Test
    void aParseProblemCountsCharactersFromOne() {
        TextParseException e = new TextParseException("ReportingPeriod", "2022-Q5", 6, "quarter must be 1 to 4");
        assertThat(e.key()).isEqualTo("parse.ReportingPeriod");
        // The 5 of "2022-Q5" is its 7th character.
        assertThat(e.arguments()).containsEntry("character", "7").containsEntry("text", "2022-Q5");
        assertThat(e.reason()).isEqualTo("'2022-Q5' cannot be read: quarter must be 1 to 4, at character 7");
        assertThat(new TextParseException("x", "abc", 0, "expected a number").reason())
                .isEqualTo("'abc' cannot be read: expected a number");
        TextParseException thrown = catchThrowableOfType(TextParseException.class,
                () -> ReportingPeriod.parse("2022-Q5"));
        assertThat(thrown.key()).startsWith("parse.");
    }
}
