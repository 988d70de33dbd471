/**
 * Grid-intensity importers: Electricity Maps (CSV exports, API v3 JSON), WattTime v3, the GB Carbon
 * Intensity API, Google Cloud region-carbon-info and the Carbon Aware SDK JSON data source. Each file
 * becomes factor series points ({@code FactorSeriesRepository}) through a {@link
 * io.wattprint.ingest.grid.GridWriter}, which writes in chunks, rejects out-of-order or contradicting
 * points with the reason, and counts rows as imported, duplicate or rejected. METHODOLOGY §11.2.
 */
package io.wattprint.ingest.grid;
