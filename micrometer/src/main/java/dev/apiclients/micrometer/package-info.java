/**
 * The clients' calls on Micrometer's Observation API: {@link
 * dev.apiclients.micrometer.ObservationCallListener#create(io.micrometer.observation.ObservationRegistry)}
 * gives the listener to set with {@code callListener(...)} on a client builder.
 */
package dev.apiclients.micrometer;
