/**
 * Composite gender indices: the UNDP Gender Inequality Index ({@link GenderInequalityIndex}), the Human
 * Development Index and the Gender Development Index built on it ({@link HumanDevelopmentIndex},
 * {@link GenderDevelopmentIndex}), and the World Economic Forum's Global Gender Gap Index
 * ({@link GenderGapIndex}).
 *
 * <p>{@link Ranking} orders a set of results into ranks as the publisher prints them ({@link RankingRule}):
 * UNDP's HDI ranks at 3 decimals, GII and WEF ranks on the full value, ties sharing a rank.
 *
 * <p>{@link DatasetIndices} computes them from the observations of a dataset, with the indicators
 * {@link IndexSources} names for each {@link IndexInput}; its {@link SourcedIndex} says which observation
 * each input came from, which were missing and which look like another unit.
 *
 * <p>Each calculation follows one named edition of its publisher's methodology, stated in the class
 * Javadoc. Inputs are records or builders with {@link java.math.BigDecimal} values; shares such as seats
 * in parliament are a {@link Share}, made from a percent or a fraction by name, so that the two scales
 * cannot be mixed up. Results expose every intermediate value (dimension indices, subindices) and are
 * never rounded unless a caller asks: each result has a {@code rounded(int)} method that rounds half up.
 *
 * <p>Logarithms, powers and roots are computed in {@code double}; the results are turned into
 * {@code BigDecimal} with {@link java.math.BigDecimal#valueOf(double)}, so they carry about 16 significant
 * digits. They are never NaN or infinite: inputs that would make them so are refused.
 */
@NullMarked
package io.github.binhdang.core.index;

import org.jspecify.annotations.NullMarked;
