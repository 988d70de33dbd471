/**
 * Shipped reference data with provenance: annual grid carbon intensity per zone
 * ({@code grid-intensity.csv}), cloud regions mapped to zones ({@code cloud-regions.csv}),
 * published PUEs ({@code pue.csv}) and hardware TDPs ({@code hardware.csv}), versioned by
 * {@code VERSION}. Start at {@link io.wattprint.data.ReferenceData#load()}.
 */
package io.wattprint.data;
