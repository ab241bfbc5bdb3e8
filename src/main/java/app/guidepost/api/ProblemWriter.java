package app.guidepost.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes {@link Problem} as {@code application/problem+json} with JSON-B, whatever the request accepted. */
@Provider
@Produces(Problem.MEDIA_TYPE)
public class ProblemWriter implements MessageBodyWriter<Problem> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == Problem.class;
  }

  @Override
  public void writeTo(
      Problem problem,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out) {
    JSONB.toJson(problem, out);
  }
}
