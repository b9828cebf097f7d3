/**
 * Validation of reported data and plans: rules, findings and the report that explains every problem.
 *
 * <p>A {@link io.github.binhdang.core.validation.DatasetValidator} checks an observation, a dataset, a
 * raw list of observations (what a CSV or JSON reader produces) or a strategy against a
 * {@link io.github.binhdang.core.validation.ValidationContext} (the indicators, the administrative
 * areas, and optionally the strategy the data is checked against and the day it is judged on) and returns a
 * {@link io.github.binhdang.core.validation.ValidationReport}. Bad data never throws: every problem is
 * a {@link io.github.binhdang.core.validation.Finding} with a stable code, a severity, a location and a
 * message in English and Vietnamese.
 *
 * <h2>Finding codes</h2>
 * A code is the code of the rule that found it: lower-case words joined by dots, subject first and
 * problem second, such as {@code percentage.range}, {@code sex.sum} or {@code change.jump}. Codes are
 * stable: a code is never reused for another problem, and its message key in the bundle
 * {@code io/github/binhdang/core/validation/messages.properties} is {@code binhdang.} followed by the code. The built-in rules
 * are the constants of {@link io.github.binhdang.core.validation.StandardRule}; an application's own
 * rules should use a prefix of their own ({@code acme.budget.total}).
 *
 * <h2>Rules are data</h2>
 * A {@link io.github.binhdang.core.validation.RuleSet} holds the rules that run, each with its
 * severity and parameters; an application copies the defaults with a rule switched off, a severity or
 * a threshold changed, or a rule of its own added.
 *
 * <p>The Bean Validation constraints that applications put on their own fields are in
 * {@link io.github.binhdang.core.constraints}; they call the same checks as the rules.
 */
@NullMarked
package io.github.binhdang.core.validation;

import org.jspecify.annotations.NullMarked;
