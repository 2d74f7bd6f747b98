package dev.apiclients.micrometer;

import dev.apiclients.http.observation.AttemptResult;
import dev.apiclients.http.observation.CallInfo;
import dev.apiclients.http.observation.CallListener;
import dev.apiclients.http.observation.CallObserver;
import dev.apiclients.http.observation.CallResult;
import dev.apiclients.http.observation.RetryReason;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Objects;

/**
 * Maps every API call to a Micrometer {@link Observation}: with a meter handler, a timer {@value
 * DefaultApiCallObservationConvention#NAME} tagged client, operation, method, uri (the URL
 * template), status and outcome; with a tracing bridge, a span per call named after the operation,
 * current while the call runs (so a {@code RequestHook} can send its {@code traceparent}). Each
 * attempt, retry, 429 and pacing wait is an event on the observation ({@link #ATTEMPT}, {@link
 * #RETRY}, {@link #RATE_LIMITED}, {@link #PACING}), which the meter handler counts.
 *
 * <pre>{@code
 * LibibClient libib = LibibClient.builder().apiKey(k).apiUser(u)
 *     .callListener(ObservationCallListener.create(observationRegistry))
 *     .build();
 * }</pre>
 */
public final class ObservationCallListener implements CallListener {

  /** An attempt ended (one per attempt, retries included). */
  public static final Observation.Event ATTEMPT = Observation.Event.of("attempt", "attempt ended");

  /** The call is sent again (after a 429, a 5xx or a connection failure). */
  public static final Observation.Event RETRY = Observation.Event.of("retry", "retry");

  /** The server answered 429 Too Many Requests. */
  public static final Observation.Event RATE_LIMITED = Observation.Event.of("rate_limited", "429 Too Many Requests");

  /** The call waited for its pacing slot. */
  public static final Observation.Event PACING = Observation.Event.of("pacing", "waited for a pacing slot");

  private static final ApiCallObservationConvention DEFAULT = new DefaultApiCallObservationConvention();

  private final ObservationRegistry registry;
  private final ApiCallObservationConvention customConvention;

  private ObservationCallListener(ObservationRegistry registry, ApiCallObservationConvention customConvention) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.customConvention = customConvention;
  }

  /**
   * A listener that observes every call in {@code registry}, with the default names.
   *
   * @param registry the application's observation registry
   * @return the listener, for {@code callListener(...)} on a client builder
   */
  public static ObservationCallListener create(ObservationRegistry registry) {
    return new ObservationCallListener(registry, null);
  }

  /**
   * A listener that observes every call in {@code registry}, named by a convention of your own
   * (or by one registered on the registry).
   *
   * @param registry the application's observation registry
   * @param convention names the observation and its key values; {@code null} for the default
   * @return the listener, for {@code callListener(...)} on a client builder
   */
  public static ObservationCallListener create(ObservationRegistry registry, ApiCallObservationConvention convention) {
    return new ObservationCallListener(registry, convention);
  }

  @Override
  public CallObserver callStarted(CallInfo call) {
    if (registry.isNoop()) {
      return CallObserver.NONE;
    }
    ApiCallContext context = new ApiCallContext(call);
    Observation observation = Observation.createNotStarted(customConvention, DEFAULT, () -> context, registry);
    // Named before it starts, so that a tracing bridge opens the span under the operation's name.
    String contextualName = (customConvention != null ? customConvention : DEFAULT).getContextualName(context);
    if (contextualName != null) {
      observation.contextualName(contextualName);
    }
    observation.start();
    return new Observer(observation, observation.openScope(), context);
  }

  @Override
  public String toString() {
    return "ObservationCallListener[" + registry + "]";
  }

  private static final class Observer implements CallObserver {
    private final Observation observation;
    private final Observation.Scope scope;
    private final ApiCallContext context;

    Observer(Observation observation, Observation.Scope scope, ApiCallContext context) {
      this.observation = observation;
      this.scope = scope;
      this.context = context;
    }

    @Override
    public void pacingWaited(Duration waited) {
      context.pacingWaited(waited);
      observation.event(PACING);
    }

    @Override
    public void attemptEnded(AttemptResult attempt) {
      context.attemptEnded(attempt);
      observation.event(ATTEMPT);
      if (attempt.status() == 429 || attempt.retryReason() == RetryReason.RATE_LIMITED) {
        observation.event(RATE_LIMITED);
      }
      if (attempt.retried()) {
        observation.event(RETRY);
      }
    }

    @Override
    public void callEnded(CallResult result) {
      context.callEnded(result);
      if (result.error() != null) {
        observation.error(result.error());
      }
      scope.close();
      observation.stop();
    }
  }
}
