/**
 * Administrative areas (nation, region, province, district, commune), their validity dates and the hierarchy that relates them over time.
 */
@NullMarked
package io.github.binhdang.core.area;

import org.jspecify.annotations.NullMarked;
