/**
 * How the client reads ActivePlatform's JSON:API documents: jsonapi-converter, behind a pre-step.
 *
 * <p>{@link dev.apiclients.activeplatform.internal.jsonapi.JsonApiDocuments} parses a body once
 * into a Jackson tree, {@link dev.apiclients.activeplatform.internal.jsonapi.PreStep} rewrites the
 * tree (primary type set to the registered one, relations found by linkage or foreign key, links
 * to missing includes dropped, unknown included types set aside), one shared jsonapi-converter
 * {@code ResourceConverter} reads the tree into the DTOs of this package, and each DTO maps itself
 * to its public record. Jackson and jsonapi-converter bind these DTOs by reflection, so this
 * package, and only this one, is opened to them.
 *
 * <h2>Adding a resource type</h2>
 *
 * <ol>
 *   <li><b>One DTO</b> here: {@code @Type("payments") public final class PaymentDto extends
 *       ResourceDto<Payment>}. Each attribute is a package-private field named in camelCase
 *       ({@code createdAt} reads {@code created_at}; use {@code String}, {@code Long}, {@code
 *       Integer}, {@code Boolean}, {@code BigDecimal}, {@code OffsetDateTime}, {@code LocalDate},
 *       {@code EnumValue<E>}, {@code Map<String, Object>}, or a nested class extending {@link
 *       dev.apiclients.activeplatform.internal.jsonapi.OpenObject} for an object). A related
 *       resource the client models is a {@code @Relationship("account") AccountDto account} (or a
 *       {@code List<...>}); one it does not model is {@code @Untyped("charges")
 *       List<IncludedResource> charges} (or a single {@code IncludedResource}). Attributes without
 *       a field are kept for {@code otherAttributes()}.
 *   <li><b>One mapping</b>: the DTO's {@code toRecord()}, building the public record with the
 *       helpers of {@link dev.apiclients.activeplatform.internal.jsonapi.OpenObject} ({@code
 *       one}, {@code many}, {@code nested}, {@code orEmpty}, {@code otherAttributes()}).
 *   <li><b>One registration</b>: a {@code ResourceType} constant in {@code ResourceTypes}, added to
 *       {@code ResourceTypes.ALL} (that registers the DTO with the converter), with the {@code
 *       ListDocument<R>}/{@code ItemDocument<R>} methods of {@code ResourcesApi} it reads through.
 * </ol>
 */
package dev.apiclients.activeplatform.internal.jsonapi;
