package app.guidepost.support;

import app.guidepost.i18n.Language;
import app.guidepost.walkthrough.Refusal;
import app.guidepost.walkthrough.TicketNotes;
import app.guidepost.walkthrough.Walkthrough;
import app.guidepost.walkthrough.WalkthroughRefusedException;
import app.guidepost.walkthrough.Walkthroughs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes support requests from walkthroughs that end in "contact support", and finds them. */
@ApplicationScoped
public class SupportRequests {

  /** The version of the JSON delivered to the webhook; raised on any incompatible change. */
  static final int PAYLOAD_VERSION = 1;
  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject Walkthroughs walkthroughs;
  @Inject TicketNotes notes;
  @Inject Clock clock;
  @Inject Event<SupportDelivery.RequestStored> stored;

  /** The language of the notes written for the help desk, besides the visitor's own. */
  @Inject
  @ConfigProperty(name = "guidepost.support.notes.lang", defaultValue = "en")
  String agentLanguage;

  /**
   * Hands the walkthrough over to support: stores the request with the whole transcript, in the
   * same transaction that closes the walkthrough, so a request exists exactly once per walkthrough.
   */
  @Transactional
  public SupportRequest create(String token, Contact contact, boolean staff) {
    Walkthrough walkthrough = walkthroughs.open(token, staff);
    if (walkthrough.handedOver()) {
      String reference = forWalkthrough(walkthrough.id()).map(SupportRequest::reference).orElse("");
      throw new WalkthroughRefusedException(Refusal.HANDED_OVER,
          "Support was already contacted from this walkthrough (request " + reference + "); it is not sent twice.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    walkthrough.handOver(now);
    String reference = UUID.randomUUID().toString();
    SupportRequest request = new SupportRequest(reference, walkthrough.id(), payload(reference, walkthrough, contact, now), now);
    entityManager.persist(request);
    entityManager.flush();
    stored.fire(new SupportDelivery.RequestStored(reference));
    return request;
  }

  public Optional<SupportRequest> find(String reference) {
    return entityManager.createQuery("select r from SupportRequest r where r.reference = :reference", SupportRequest.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  public Optional<SupportRequest> forWalkthrough(long walkthroughId) {
    return entityManager.createQuery("select r from SupportRequest r where r.walkthroughId = :id", SupportRequest.class)
        .setParameter("id", walkthroughId)
        .getResultStream()
        .findFirst();
  }

  private String payload(String reference, Walkthrough walkthrough, Contact contact, OffsetDateTime now) {
    Language visitor = walkthrough.language();
    Language agents = Language.fromCode(agentLanguage).orElse(Language.EN);
    TicketNotes.Transcript transcript = notes.transcript(walkthrough, visitor);
    JsonObjectBuilder contactJson = Json.createObjectBuilder().add("name", contact.name());
    contact.email().ifPresent(e -> contactJson.add("email", e));
    contact.phone().ifPresent(p -> contactJson.add("phone", p));
    JsonObjectBuilder payload = Json.createObjectBuilder()
        .add("type", "guidepost.support-request")
        .add("version", PAYLOAD_VERSION)
        .add("reference", reference)
        .add("createdAt", now.toString())
        .add("language", visitor.code())
        .add("contact", contactJson)
        .add("problem", contact.problem().orElse(""))
        .add("guide", Json.createObjectBuilder().add("slug", walkthrough.guide()).add("title", transcript.guideTitle()))
        .add("subject", transcript.guideTitle())
        .add("transcript", parse(JSONB.toJson(transcript)))
        .add("notes", transcript.text());
    if (agents != visitor) {
      payload.add("agentNotes", Json.createObjectBuilder().add("lang", agents.code()).add("text", notes.transcript(walkthrough, agents).text()));
    }
    return payload.build().toString();
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
