package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Type;
import dev.apiclients.activeplatform.AccessLevel;
import java.time.OffsetDateTime;

/** A {@code manager_roles} resource (the type name is assumed). */
@Type("manager_roles")
public final class AccessLevelDto extends ResourceDto<AccessLevel> {
  OffsetDateTime createdAt;
  OffsetDateTime updatedAt;
  String name;
  Long resellerId;

  @Override
  protected AccessLevel toRecord() {
    return new AccessLevel(id(), createdAt, updatedAt, name, resellerId, otherAttributes());
  }
}
