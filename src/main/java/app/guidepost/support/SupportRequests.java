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

/**
 * Makes support requests from walkthroughs that end in "contact support" and from the help
 * center's contact page, and finds them. Both are delivered by {@link SupportDelivery} alike.
 */
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
    SupportRequest request = new SupportRequest(reference, walkthrough.id(), walkthrough.language(), walkthrough.guide(),
        payload(reference, walkthrough, contact, now), now);
    entityManager.persist(request);
    entityManager.flush();
    stored.fire(new SupportDelivery.RequestStored(reference));
    return request;
  }

  /** Where a reader was when they asked: the article they came from, if any. */
  public record Context(Optional<String> articleSlug, Optional<String> articleTitle) {
    public static final Context NONE = new Context(Optional.empty(), Optional.empty());
  }

  /**
   * A request from the contact page, made once per form: the same form sent again (a double
   * click, a reload) is the request it made the first time.
   *
   * @param submissionKey the key the form was given when shown
   */
  @Transactional
  public SupportRequest fromContactPage(Contact contact, Language language, String submissionKey, Context context) {
    Optional<SupportRequest> sent = bySubmission(submissionKey);
    if (sent.isPresent()) {
      return sent.get();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    String reference = UUID.randomUUID().toString();
    SupportRequest request = new SupportRequest(reference, submissionKey, language, contactPayload(reference, language, contact, context, now), now);
    entityManager.persist(request);
    entityManager.flush();
    stored.fire(new SupportDelivery.RequestStored(reference));
    return request;
  }

  public Optional<SupportRequest> bySubmission(String submissionKey) {
    return entityManager.createQuery("select r from SupportRequest r where r.submissionKey = :key", SupportRequest.class)
        .setParameter("key", submissionKey)
        .getResultStream()
        .findFirst();
  }

  /** The requests made since {@code since}, in {@code language} or any, newest first, at most {@code limit}. */
  public java.util.List<SupportRequest> madeSince(OffsetDateTime since, Optional<Language> language, int limit) {
    jakarta.persistence.TypedQuery<SupportRequest> query = entityManager.createQuery("select r from SupportRequest r where r.createdAt >= :since"
            + (language.isPresent() ? " and r.language = :lang" : "") + " order by r.createdAt desc, r.id desc", SupportRequest.class)
        .setParameter("since", since)
        .setMaxResults(limit);
    language.ifPresent(l -> query.setParameter("lang", l.code()));
    return query.getResultList();
  }

  /** How many requests were made since {@code since}, in {@code language} or any, and how many of them are delivered. */
  public record Counted(long made, long delivered) {}

  public Counted countSince(OffsetDateTime since, Optional<Language> language) {
    jakarta.persistence.TypedQuery<Object[]> query = entityManager.createQuery("select count(r), sum(case when r.state = 'delivered' then 1 else 0 end)"
        + " from SupportRequest r where r.createdAt >= :since" + (language.isPresent() ? " and r.language = :lang" : ""), Object[].class)
        .setParameter("since", since);
    language.ifPresent(l -> query.setParameter("lang", l.code()));
    Object[] row = query.getSingleResult();
    return new Counted(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
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
    JsonObjectBuilder payload = Json.createObjectBuilder()
        .add("type", "guidepost.support-request")
        .add("version", PAYLOAD_VERSION)
        .add("reference", reference)
        .add("source", "guide")
        .add("createdAt", now.toString())
        .add("language", visitor.code())
        .add("contact", contactJson(contact))
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

  private String contactPayload(String reference, Language language, Contact contact, Context context, OffsetDateTime now) {
    String problem = contact.problem().orElse("");
    String subject = subject(problem, context);
    StringBuilder notes = new StringBuilder(subject).append("\n\n").append(problem);
    context.articleSlug().ifPresent(slug -> notes.append("\n\nRead before asking: ").append(context.articleTitle().orElse(slug)).append(" (").append(slug).append(")"));
    JsonObjectBuilder payload = Json.createObjectBuilder()
        .add("type", "guidepost.support-request")
        .add("version", PAYLOAD_VERSION)
        .add("reference", reference)
        .add("source", "contact-page")
        .add("createdAt", now.toString())
        .add("language", language.code())
        .add("contact", contactJson(contact))
        .add("problem", problem)
        .add("subject", subject)
        .add("notes", notes.toString());
    context.articleSlug().ifPresent(slug -> payload.add("article", Json.createObjectBuilder().add("slug", slug).add("title", context.articleTitle().orElse(slug))));
    return payload.build().toString();
  }

  /** The ticket's subject: the first line of the problem, cut at a word near 80 characters. */
  static String subject(String problem, Context context) {
    String first = problem.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
        .or(() -> context.articleTitle()).orElse("Help center request");
    if (first.length() <= 80) {
      return first;
    }
    int cut = first.lastIndexOf(' ', 80);
    return first.substring(0, cut > 40 ? cut : 80) + "…";
  }

  /** How to reach the visitor, as both kinds of request carry it. */
  private static JsonObjectBuilder contactJson(Contact contact) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("name", contact.name());
    contact.email().ifPresent(e -> json.add("email", e));
    contact.phone().ifPresent(p -> json.add("phone", p));
    return json;
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
