/**
 * A stateful fake of the Libib and ActivePlatform APIs for tests, on a loopback port (WireMock
 * in-process): {@link dev.apiclients.sandbox.LibibSandboxExtension} and {@link
 * dev.apiclients.sandbox.ActivePlatformSandboxExtension} start one per JUnit test class; {@link
 * dev.apiclients.sandbox.Sandbox#start()} starts one anywhere; {@link
 * dev.apiclients.sandbox.SandboxMain} runs one on its own for curl or clients in other languages.
 */
package dev.apiclients.sandbox;
