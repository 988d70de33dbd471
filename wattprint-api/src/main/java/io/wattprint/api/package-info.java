/**
 * The public Java API: {@link io.wattprint.api.Wattprint#track} → {@link io.wattprint.api.Tracker} →
 * {@link io.wattprint.api.TrackedRun}, and nothing else ({@code PublicApiTest} holds it so). The run goes
 * through the same lifecycle as {@code wattprint run} ({@code io.wattprint.run}).
 */
package io.wattprint.api;
