package io.github.binhdang.serialization.sdmx;

/**
 * The version of SDMX-CSV: 1.0, whose first column is {@code DATAFLOW}, or 2.0, whose first columns are
 * {@code STRUCTURE}, {@code STRUCTURE_ID} and {@code ACTION} (2.1's files read as 2.0).
 */
public enum SdmxVersion {
    /** SDMX-CSV 1.0: {@code DATAFLOW}, then every dimension, {@code OBS_VALUE}, the attributes. */
    V1_0,
    /** SDMX-CSV 2.0: {@code STRUCTURE}, {@code STRUCTURE_ID}, {@code ACTION}, then the components in any order. */
    V2_0
}
