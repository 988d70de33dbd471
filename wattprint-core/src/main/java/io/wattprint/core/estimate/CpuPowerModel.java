package io.wattprint.core.estimate;

import io.wattprint.core.quantity.Power;

/**
 * How the meter's {@code CpuEstimator} turns the host's CPU utilisation into the host's CPU power: one of the
 * two estimators of DOMAIN.md §1, each naming itself and its constants so that every interval's
 * provenance and every description says which model gave the figure.
 */
public sealed interface CpuPowerModel permits TdpLoadCurve, VcpuLinearModel {

    /** The model's name alone: {@code cpu-tdp-load-curve}, {@code ccf-vcpu-linear}. */
    String name();

    /** The name with the constants used, the provenance method: {@code ccf-vcpu-linear min=0.74W max=3.5W vcpus=2}. */
    String method();

    /** The formula and its constants in words, with where they came from. */
    String describe();

    /** Host CPU power at utilisation {@code u} in 0..1. */
    Power power(double utilisation);
}
