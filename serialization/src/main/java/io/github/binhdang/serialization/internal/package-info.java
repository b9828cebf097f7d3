/**
 * What the module's exchange formats share and do not publish: the machine-readable comment in which
 * DHIS2, SDMX-CSV and Open SDG keep what they have no slot for. Not exported.
 */
@NullMarked
package io.github.binhdang.serialization.internal;

import org.jspecify.annotations.NullMarked;
