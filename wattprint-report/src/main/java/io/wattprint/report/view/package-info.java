/**
 * How a stored run is shown to a machine: the JSON records of {@code wattprint runs list/show --json}, which
 * the HTTP server serves as well. Records are written by a Jackson mapper that names components in snake_case
 * ({@code energyKwh} → {@code energy_kwh}), keeps their declaration order and writes nulls; a component
 * says otherwise with {@code @JsonProperty} (needed where two capitals meet: {@code factorGPerKwh} would be
 * {@code factor_gper_kwh}) or {@code @JsonInclude}.
 */
package io.wattprint.report.view;
