package app.guidepost.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Drives walkthroughs over HTTP the way a client would, and finds the paths through a guide's graph. */
final class Walks {

  /** One move: answer {@code step} with {@code choice} (or with none). */
  record Move(String step, Optional<String> choice) {
    String json() {
      return choice.map(c -> "{\"step\":\"" + step + "\",\"choice\":\"" + c + "\"}").orElse("{\"step\":\"" + step + "\"}");
    }
  }

  private final Http http;
  private final String[] headers;

  Walks(Http http, String... headers) {
    this.http = http;
    this.headers = headers;
  }

  /** Starts a walkthrough and returns it; fails unless the server answered 201 with its address. */
  JsonObject start(String guide, String lang) {
    Http.Answer answer = http.post("api/walkthroughs", "{\"guide\":\"" + guide + "\",\"lang\":\"" + lang + "\"}", headers);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    JsonObject walkthrough = answer.json();
    assertThat(answer.headers().firstValue("Location")).get().asString().endsWith(walkthrough.getString("url"));
    assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    return walkthrough;
  }

  Http.Answer answer(String id, Move move) {
    return http.post("api/walkthroughs/" + id + "/answers", move.json(), headers);
  }

  /** Answers and expects to move on. */
  JsonObject move(String id, Move move) {
    Http.Answer answer = answer(id, move);
    assertThat(answer.status()).as(move + ": " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** POSTs to one of the walkthrough's actions, such as {@code support-request}. */
  Http.Answer post(String id, String action, String json) {
    return http.post("api/walkthroughs/" + id + "/" + action, json, headers);
  }

  Http.Answer back(String id) {
    return http.post("api/walkthroughs/" + id + "/back", "", headers);
  }

  Http.Answer get(String path) {
    return http.get(path, headers);
  }

  /** For each step that ends the guide, the moves that lead there from the start, found breadth first. */
  static Map<String, List<Move>> pathsToEveryOutcome(JsonObject guide) {
    Map<String, JsonObject> steps = new LinkedHashMap<>();
    for (JsonValue value : guide.getJsonArray("steps")) {
      steps.put(value.asJsonObject().getString("id"), value.asJsonObject());
    }
    Map<String, Move> arrivedBy = new HashMap<>();
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> todo = new ArrayDeque<>(List.of(guide.getString("start")));
    cameFrom.put(guide.getString("start"), null);
    Map<String, List<Move>> paths = new LinkedHashMap<>();
    while (!todo.isEmpty()) {
      String id = todo.poll();
      JsonObject step = steps.get(id);
      if (has(step, "outcome")) {
        List<Move> moves = new ArrayList<>();
        for (String at = id; cameFrom.get(at) != null; at = cameFrom.get(at)) {
          moves.add(arrivedBy.get(at));
        }
        Collections.reverse(moves);
        paths.put(id, moves);
        continue;
      }
      Map<String, Optional<String>> next = new LinkedHashMap<>();
      if (has(step, "next")) {
        next.put(step.getString("next"), Optional.empty());
      }
      step.getJsonArray("choices").forEach(c -> next.putIfAbsent(c.asJsonObject().getString("next"), Optional.of(c.asJsonObject().getString("id"))));
      next.forEach((to, choice) -> {
        if (!cameFrom.containsKey(to)) {
          cameFrom.put(to, id);
          arrivedBy.put(to, new Move(id, choice));
          todo.add(to);
        }
      });
    }
    return paths;
  }

  static boolean has(JsonObject object, String key) {
    return object.containsKey(key) && !object.isNull(key);
  }
}
