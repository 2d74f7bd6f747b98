/**
 * An embedded, stateful sandbox of the Libib and ActivePlatform APIs on a loopback port (WireMock
 * in-process): start it with {@link dev.apiclients.sandbox.Sandbox#start()}, or run {@link
 * dev.apiclients.sandbox.Sandbox#main(String[])} to use it from curl or another client.
 */
package dev.apiclients.sandbox;
