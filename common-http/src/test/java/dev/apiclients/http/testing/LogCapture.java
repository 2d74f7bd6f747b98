package dev.apiclients.http.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what the library logs (through {@link System.Logger}, which defaults to
 * java.util.logging) so tests can assert that no secret is ever logged. Use in try-with-resources.
 * It keeps only the records logged on the thread that started it (the clients log on the calling
 * thread), so test classes running in parallel do not see each other's lines.
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private static final Object LOCK = new Object();
  private static int active;
  private static Level previousLevel;
  private static boolean previousUseParent;

  private final Logger logger;
  private final long threadId = Thread.currentThread().getId();
  private final List<String> lines = new ArrayList<>();
  private final List<LogRecord> records = new ArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();

  private LogCapture(String loggerName) {
    this.logger = Logger.getLogger(loggerName);
    setLevel(Level.ALL);
    synchronized (LOCK) {
      if (active++ == 0) {
        previousLevel = logger.getLevel();
        previousUseParent = logger.getUseParentHandlers();
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(false);
      }
      logger.addHandler(this);
    }
  }

  /** Starts capturing the library's HTTP log ({@code dev.apiclients}) at every level, DEBUG ({@code FINE}) included. */
  public static LogCapture start() {
    return new LogCapture("dev.apiclients");
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (record.getLongThreadID() != threadId) {
      return;
    }
    lines.add(formatter.format(record));
    records.add(record);
  }

  /** Everything captured so far, as records (logger name, level, message). */
  public synchronized List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** Everything captured so far, one formatted record per entry. */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** Everything captured so far as one text. */
  public synchronized String text() {
    return String.join("", lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    synchronized (LOCK) {
      logger.removeHandler(this);
      if (--active == 0) {
        logger.setLevel(previousLevel);
        logger.setUseParentHandlers(previousUseParent);
      }
    }
  }
}
