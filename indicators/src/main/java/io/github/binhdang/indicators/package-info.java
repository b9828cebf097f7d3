/**
 * The catalogues of Viet Nam, as Java constants: the national strategies on gender equality
 * 2011–2020 and 2021–2030 with their objectives, targets and milestones, the indicators that measure
 * those targets with their SDG links, and the provincial-level administrative units before and after
 * 1 July 2025.
 *
 * <p>Every catalogue is built once, when its class is first used, from constants in the code; nothing
 * is read from files. Each class cites the legal document it transcribes and the source of each fact.
 * A fact that no source confirmed is left out rather than guessed, and the class says so.
 */
@NullMarked
package io.github.binhdang.indicators;

import org.jspecify.annotations.NullMarked;
