package dev.scorecard.deliver;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The JSON a webhook receives for one notice: the alert's columns under their {@code alerts}
 * names, in a fixed order and without timestamps, so the same notice always gives the same bytes
 * (and the same signature) however often it is sent.
 */
final class WebhookBody {
  private static final JsonFactory JSON = new JsonFactory();

  private WebhookBody() {}

  static byte[] of(Notice notice) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      write(json, notice);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the webhook body of alert " + notice.deliveryId(), e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator json, Notice n) throws IOException {
    json.writeStringField("delivery_id", n.deliveryId());
    json.writeStringField("alert_id", n.alertId());
    json.writeStringField("transition", n.transition().id());
    json.writeStringField("tenant_id", n.tenantId());
    json.writeStringField("kind", n.kind());
    json.writeStringField("severity", n.severity());
    json.writeStringField("subject_type", n.subjectType());
    json.writeStringField("subject_id", n.subjectId());
    json.writeStringField("node_level", n.nodeLevel());
    json.writeStringField("node_id", n.nodeId());
    json.writeStringField("period_grain", n.periodGrain());
    date(json, "period_start", n.periodStart());
    number(json, "value", n.value());
    number(json, "target", n.target());
    json.writeArrayFieldStart("children");
    for (String child : n.children()) {
      json.writeString(child);
    }
    json.writeEndArray();
    json.writeStringField("message", n.message());
    json.writeStringField("query", n.query());
    date(json, "opened_on", n.openedOn());
    date(json, "resolved_on", n.resolvedOn());
  }

  private static void date(JsonGenerator json, String field, LocalDate date) throws IOException {
    json.writeStringField(field, date == null ? null : date.toString());
  }

  /** A number, or null when there is none (or it is not finite, which JSON cannot carry). */
  private static void number(JsonGenerator json, String field, Double value) throws IOException {
    if (value == null || !Double.isFinite(value)) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, value);
    }
  }
}
