package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Relationship;
import com.github.jasminb.jsonapi.annotations.Type;
import dev.apiclients.activeplatform.EnumValue;
import dev.apiclients.activeplatform.IncludedResource;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.OrderStatus;
import dev.apiclients.activeplatform.OrderType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** An {@code orders} resource (the type name is assumed). */
@Type("orders")
public final class OrderDto extends ResourceDto<Order> {
  OffsetDateTime createdAt;
  OffsetDateTime updatedAt;
  String documentId;
  EnumValue<OrderStatus> status;
  Long accountId;
  EnumValue<OrderType> type;
  OffsetDateTime closedAt;
  LocalDate expirationDate;
  LocalDate provisioningDate;
  BigDecimal total;

  @Untyped("charges")
  List<IncludedResource> charges;

  @Relationship("account")
  AccountDto account;

  @Untyped("payment")
  IncludedResource payment;

  @Relationship("subscription")
  SubscriptionDto subscription;

  @Override
  protected Order toRecord() {
    return new Order(id(), createdAt, updatedAt, documentId, status, accountId, type, closedAt, expirationDate,
        provisioningDate, total, otherAttributes(), mapped(charges, charge -> charge), one(account),
        Optional.ofNullable(payment), one(subscription));
  }
}
