/**
 * Administrative areas (nation, province, district, commune) and their types (xã, phường, đặc khu…),
 * their validity dates and the hierarchy that relates them over time, with the links, full or partial,
 * from old units to new ones.
 *
 * <p>Viet Nam had 63 provincial-level units until 30 June 2025 and has 34 from 1 July 2025, when the
 * district level was also abolished (Resolution 60-NQ/TW of 12 April 2025; Resolution 202/2025/QH15
 * of 12 June 2025). Merged provinces kept the code of one of their parts, so a code names different
 * units before and after: {@code 15} was Yên Bái and is now the merged Lào Cai. An
 * {@link io.github.binhdang.core.area.Area} is therefore one version of a unit, with the dates it was
 * in force, and an {@link io.github.binhdang.core.area.AreaHierarchy} resolves codes, parents, names
 * and merges on a given date.
 */
@NullMarked
package io.github.binhdang.core.area;

import org.jspecify.annotations.NullMarked;
