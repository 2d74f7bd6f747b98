package dev.apiclients.activeplatform;

/** An async task's status, as documented; read it through {@link EnumValue}, which keeps any other text. */
public enum AsyncTaskStatus {
  /** Created, not started ({@code pending}). */
  PENDING,
  /** The validation is under way ({@code running}). */
  RUNNING,
  /** Done; see {@link AsyncTask#results()} ({@code completed}). */
  COMPLETED,
  /** A platform-side error; see {@link AsyncTask#failureMessage()} ({@code failed}). */
  FAILED,
  /** Text this client does not know; {@link EnumValue#raw()} keeps it. */
  UNKNOWN
}
