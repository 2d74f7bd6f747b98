/**
 * What a client reports about its calls, for metrics and traces: a {@link
 * dev.apiclients.http.observation.CallListener} set on a client builder hears of every call (one
 * API operation) and every attempt within it. With no listener set, nothing is reported and
 * nothing is allocated for it.
 */
package dev.apiclients.http.observation;
