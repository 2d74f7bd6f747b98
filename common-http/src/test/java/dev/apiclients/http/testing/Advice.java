package dev.apiclients.http.testing;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that what an error message advises calling exists. */
public final class Advice {

  private static final Pattern OPTION = Pattern.compile("(\\w+)\\(true\\)");

  private Advice() {}

  /**
   * Asserts that the message names an option such as {@code allowInsecureHttp(true)} and that the
   * builder type has it.
   *
   * @param refused the exception whose message gives the advice
   * @param builder the builder the user holds
   */
  public static void namesAnOptionOf(Throwable refused, Class<?> builder) {
    if (refused == null) {
      throw new AssertionError("nothing was refused");
    }
    Matcher advice = OPTION.matcher(String.valueOf(refused.getMessage()));
    if (!advice.find()) {
      throw new AssertionError("the message advises no option: " + refused.getMessage());
    }
    String option = advice.group(1);
    if (Arrays.stream(builder.getMethods()).noneMatch(method -> method.getName().equals(option)
        && Arrays.equals(method.getParameterTypes(), new Class<?>[] {boolean.class}))) {
      throw new AssertionError(builder.getSimpleName() + " has no " + option + "(boolean), which the message"
          + " advises: " + refused.getMessage());
    }
  }
}
