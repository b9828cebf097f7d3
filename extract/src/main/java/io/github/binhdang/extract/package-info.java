/**
 * Figures read from the prose of Vietnamese reports ("mở lớp tập huấn cho 120 cán bộ", "gần 400 lượt
 * người", "34,5%, tăng 2,1% so với nhiệm kỳ trước") as candidates a compiler reviews instead of
 * retyping: {@link io.github.binhdang.extract.ReportExtractor#extract} reads a text into
 * {@link io.github.binhdang.extract.Candidate}s, and
 * {@link io.github.binhdang.extract.ReportExtractor#toDataset} turns the accepted ones into observations.
 *
 * <p>The reading is rule-based and deterministic, with no network and no model: numbers in Vietnamese
 * notation ({@link io.github.binhdang.core.unit.NumberNotation#VIETNAMESE}), qualifiers
 * ({@link io.github.binhdang.core.data.Qualifier#parse}), periods
 * ({@link io.github.binhdang.core.period.ReportingPeriod#parse}), units
 * ({@link io.github.binhdang.core.unit.Unit#findBySymbol}), areas on a date
 * ({@link io.github.binhdang.indicators.VietNamAreas#lookUp}) and indicators
 * ({@link io.github.binhdang.indicators.GenderIndicators}) are read by the SDK's own rules; this package
 * adds the lexicon of counted nouns and the patterns that find what a number stands for.
 */
@NullMarked
package io.github.binhdang.extract;

import org.jspecify.annotations.NullMarked;
