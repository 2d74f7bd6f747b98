package dev.apiclients.activeplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No Feign, Jackson, jsonapi-converter or internal type in any public signature of the public package. */
class PublicSurfaceTest {

  private static final List<String> FORBIDDEN =
      List.of("feign.", "com.fasterxml.", "com.github.jasminb.", "dev.apiclients.activeplatform.internal.");

  @Test
  void publicSignaturesUseOnlyPublicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(ActivePlatformClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> offenders = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(root.resolve("dev/apiclients/activeplatform"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Class<?> type = Class.forName("dev.apiclients.activeplatform."
            + file.getFileName().toString().replace(".class", "").replace('$', '.').replaceFirst("\\.(\\w+)$", "\\$$1"));
        if (!Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        checked++;
        for (Method method : type.getMethods()) {
          List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
          types.add(method.getGenericReturnType());
          types.addAll(List.of(method.getGenericExceptionTypes()));
          types.forEach(t -> check(type + "." + method.getName(), t, offenders));
        }
        if (type.isRecord()) {
          for (RecordComponent component : type.getRecordComponents()) {
            check(type + "." + component.getName(), component.getGenericType(), offenders);
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(offenders).isEmpty();
  }

  private static void check(String where, Type type, List<String> offenders) {
    String name = type.getTypeName();
    if (FORBIDDEN.stream().anyMatch(name::contains)) {
      offenders.add(where + ": " + name);
    }
  }
}
