import java.nio.file.Files;
import java.nio.file.Path;

/** Build check, run by the JDK's source launcher: {@code java RequireText.java FILE TEXT} fails unless FILE contains TEXT; silent when it does. */
public final class RequireText {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    if (!Files.isRegularFile(file) || !Files.readString(file).contains(args[1])) {
      System.err.println(file + " does not contain " + args[1]);
      System.exit(1);
    }
  }
}
