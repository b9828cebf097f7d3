/**
 * Charts of scorecards and series, drawn with XChart and written as SVG and PNG with a font that has
 * every Vietnamese letter.
 */
@NullMarked
package io.github.binhdang.cli.chart;

import org.jspecify.annotations.NullMarked;
