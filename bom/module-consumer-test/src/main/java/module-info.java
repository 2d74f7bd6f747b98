/** A modular application that uses both clients, as a user's would. */
module dev.apiclients.modulecheck {
  requires dev.apiclients.libib;
  requires dev.apiclients.activeplatform;
  requires jdk.httpserver;
}
