package io.wattprint.ingest.codecarbon.api;

import io.wattprint.ledger.RunRecord;
import java.math.BigDecimal;

/**
 * A CodeCarbon API run: the stored run with wattprint's latest footprint ({@code record.footprint()}, computed from
 * the run's intervals), and the exact sums of the deltas CodeCarbon sent (kWh, kg CO2e, seconds), its own figures.
 */
public record RunTotals(RunRecord record, int deltas, long durationSeconds, BigDecimal cpuEnergyKwh, BigDecimal gpuEnergyKwh,
                        BigDecimal ramEnergyKwh, BigDecimal energyConsumedKwh, BigDecimal emissionsKg) {}
