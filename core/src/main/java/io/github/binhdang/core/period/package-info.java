/**
 * Reporting periods (year, half-year, quarter, month, span of years, term) and the reporting calendar that gives their data cut-off windows.
 */
@NullMarked
package io.github.binhdang.core.period;

import org.jspecify.annotations.NullMarked;
