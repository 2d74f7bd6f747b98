package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Relationship;
import com.github.jasminb.jsonapi.annotations.Type;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;

/**
 * What the pre-step must know of one DTO class, read once from its annotations: its JSON:API type
 * and its relations, each with its name, whether it is to-many, and the type name of its target
 * ({@code null} for an {@link Untyped} relation, whose target type is not modelled).
 *
 * @param typeName the {@code @Type} of the DTO
 * @param relations the {@code @Relationship} and {@link Untyped} fields, in declaration order
 */
record DtoShape(String typeName, List<Relation> relations) {

  private static final ClassValue<DtoShape> SHAPES = new ClassValue<>() {
    @Override
    protected DtoShape computeValue(Class<?> dto) {
      List<Relation> relations = new ArrayList<>();
      for (Field field : dto.getDeclaredFields()) {
        Relationship typed = field.getAnnotation(Relationship.class);
        Untyped untyped = field.getAnnotation(Untyped.class);
        if (typed == null && untyped == null) {
          continue;
        }
        boolean many = field.getType() == List.class;
        Class<?> target = many
            ? (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0] : field.getType();
        field.setAccessible(true);
        relations.add(typed != null
            ? new Relation(typed.value(), many, target.getAnnotation(Type.class).value(), field)
            : new Relation(untyped.value(), many, null, field));
      }
      Type type = dto.getAnnotation(Type.class);
      if (type == null) {
        throw new IllegalArgumentException(dto + " has no @Type");
      }
      return new DtoShape(type.value(), List.copyOf(relations));
    }
  };

  /** The shape of a DTO class. */
  static DtoShape of(Class<?> dto) {
    return SHAPES.get(dto);
  }

  /**
   * One relation of a DTO.
   *
   * @param key the relationship name, such as {@code subscription_period}
   * @param many whether the field is a {@code List}
   * @param targetType the target's registered type name, or {@code null} for an {@link Untyped} relation
   * @param field the DTO field
   */
  record Relation(String key, boolean many, String targetType, Field field) {

    /** Whether jsonapi-converter links this relation (else the pre-step fills it). */
    boolean typed() {
      return targetType != null;
    }

    /**
     * The type name the foreign-key fallback looks for: the registered one, or for an untyped
     * relation the plural of its name ({@code payment} to {@code payments}, {@code plan_category}
     * to {@code plan_categories}).
     */
    String lookupType() {
      if (targetType != null) {
        return targetType;
      }
      if (many || key.endsWith("s")) {
        return key;
      }
      return key.endsWith("y") ? key.substring(0, key.length() - 1) + "ies" : key + "s";
    }
  }
}
