package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A top-up payment to create for an account ({@code POST .../payments}; 201 with the payment). The
 * total is sent as a JSON number, as the argument table types it (responses carry money as
 * strings).
 *
 * @param accountId the account (required)
 * @param total the amount, greater than zero (required)
 * @param comment a comment (required)
 * @param purpose the purpose shown on the receipt
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record NewPayment(
    Long accountId, BigDecimal total, String comment, String purpose, Map<String, Object> otherAttributes) {

  /** A builder; {@link Builder#build()} checks the documented rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the attributes that are set. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }

  /** Builds a {@link NewPayment}. */
  public static final class Builder extends RequestBuilder<Builder, NewPayment> {
    private Builder() {
      super(NewPayment.class);
    }

    /** {@code account_id}. Required. */
    public Builder accountId(long accountId) {
      return set("accountId", accountId);
    }

    /** {@code total}: the amount, greater than zero. Required. */
    public Builder total(BigDecimal total) {
      return set("total", total);
    }

    /** {@code comment}. Required. */
    public Builder comment(String comment) {
      return set("comment", comment);
    }

    /** {@code purpose}: shown on the receipt. */
    public Builder purpose(String purpose) {
      return set("purpose", purpose);
    }

    @Override
    void check(Checks checks) {
      checks.required("accountId", "total", "comment").positiveAmount("total");
    }
  }
}
