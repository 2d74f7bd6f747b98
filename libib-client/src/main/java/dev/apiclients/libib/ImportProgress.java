package dev.apiclients.libib;

import java.time.Duration;

/**
 * How far a {@link PatronImport#apply(ImportPlan, ImportProgress.Listener) patron import} has come,
 * reported after each row.
 *
 * @param done rows handled so far (written, failed, unchanged or rejected)
 * @param left rows still to handle
 * @param writesLeft creates and updates still to send
 * @param estimatedTimeLeft {@code writesLeft} times the client's current write interval ({@link
 *     LibibClient#currentWriteInterval()}), so it follows the write limit pacing finds
 */
public record ImportProgress(int done, int left, int writesLeft, Duration estimatedTimeLeft) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a count is negative or the estimate is null or negative
   */
  public ImportProgress {
    if (done < 0 || left < 0 || writesLeft < 0 || writesLeft > left) {
      throw new IllegalArgumentException(
          "counts must be zero or more and writesLeft at most left: " + done + ", " + left + ", " + writesLeft);
    }
    if (estimatedTimeLeft == null || estimatedTimeLeft.isNegative()) {
      throw new IllegalArgumentException("estimatedTimeLeft must be zero or more, was " + estimatedTimeLeft);
    }
  }

  /** The rows of the import, done and left. */
  public int total() {
    return done + left;
  }

  /** Receives the progress of an import, on the thread that applies it. */
  @FunctionalInterface
  public interface Listener {

    /** A listener that does nothing. */
    Listener NONE = progress -> {};

    /**
     * Called after each row. An unchecked exception thrown here stops the import at once: what was
     * written stays written, and planning the same rows again resumes where it stopped.
     *
     * @param progress the rows done and left and the time the writes left should take
     */
    void onProgress(ImportProgress progress);
  }
}
