package dev.scorecard.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A YAML mapping with its dotted path, read leniently: a missing or malformed value is recorded
 * in {@link Problems} with its full key and a default is returned, so parsing goes on and every
 * problem of a file is reported at once.
 */
final class YamlNode {
  private final JsonNode node;
  private final String path;
  private final Problems problems;

  YamlNode(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  String path() {
    return path;
  }

  String key(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  boolean has(String name) {
    return node.hasNonNull(name);
  }

  /** Records every key not in {@code allowed}: a typo must not silently fall back to a default. */
  void allowOnly(Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        problems.add(key(name), "unknown key (expected one of %s)", new TreeSet<>(allowed));
      }
    }
  }

  /** Whether this node is a plain value (text, number, boolean) rather than a mapping or list. */
  boolean isScalar() {
    return node.isValueNode();
  }

  /** This plain value as text. */
  String scalar() {
    return node.asText();
  }

  String text(String name) {
    Optional<String> value = optText(name);
    if (value.isEmpty() && !node.has(name)) {
      problems.add(key(name), "is required");
    }
    return value.orElse("");
  }

  String text(String name, String fallback) {
    return optText(name).orElse(fallback);
  }

  Optional<String> optText(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      problems.add(key(name), "must be a single value, not a list or mapping");
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  double number(String name, double fallback) {
    return optNumber(name).orElse(fallback);
  }

  double requiredNumber(String name) {
    if (!has(name)) {
      problems.add(key(name), "is required");
    }
    return optNumber(name).orElse(Double.NaN);
  }

  Optional<Double> optNumber(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      problems.add(key(name), "must be a number, got '%s'", value.asText());
      return Optional.empty();
    }
    return Optional.of(value.asDouble());
  }

  boolean bool(String name, boolean fallback) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      problems.add(key(name), "must be true or false, got '%s'", value.asText());
      return fallback;
    }
    return value.booleanValue();
  }

  /** Whether this is a plain {@code true} or {@code false}. */
  boolean isBoolean() {
    return node.isBoolean();
  }

  int integer(String name, int fallback) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      problems.add(key(name), "must be a whole number, got '%s'", value.asText());
      return fallback;
    }
    return value.asInt();
  }

  Optional<LocalDate> optDate(String name) {
    return optText(name).flatMap(text -> parseDate(name, text));
  }

  /** A first or last day of a window: a date, or relative to the as-of date ({@link DateBound}). */
  Optional<DateBound> optDateBound(String name) {
    return optText(name).flatMap(text -> {
      Optional<DateBound> bound = DateBound.parse(text);
      if (bound.isEmpty()) {
        problems.add(key(name), "must be a date as YYYY-MM-DD or relative to the as-of date (as_of, as_of - 3 years, "
            + "as_of + 7 days), got '%s'", text);
      }
      return bound;
    });
  }

  private Optional<LocalDate> parseDate(String name, String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problems.add(key(name), "must be a date as YYYY-MM-DD, got '%s'", text);
      return Optional.empty();
    }
  }

  <E extends Enum<E> & ConfigEnum> E choice(String name, Class<E> type, E fallback) {
    return optChoice(name, type).orElse(fallback);
  }

  <E extends Enum<E> & ConfigEnum> E requiredChoice(String name, Class<E> type, E fallback) {
    if (!has(name)) {
      problems.add(key(name), "is required (one of %s)", ConfigEnum.choices(type));
    }
    return choice(name, type, fallback);
  }

  <E extends Enum<E> & ConfigEnum> Optional<E> optChoice(String name, Class<E> type) {
    return optText(name).flatMap(text -> choiceOf(key(name), text, type));
  }

  <E extends Enum<E> & ConfigEnum> Optional<E> choiceOf(String key, String text, Class<E> type) {
    Optional<E> value = ConfigEnum.parse(type, text);
    if (value.isEmpty()) {
      problems.add(key, "unknown value '%s' (expected one of %s)", text, ConfigEnum.choices(type));
    }
    return value;
  }

  List<String> texts(String name, List<String> fallback) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isArray()) {
      problems.add(key(name), "must be a list, such as [a, b]");
      return fallback;
    }
    List<String> out = new ArrayList<>();
    value.forEach(item -> out.add(item.asText()));
    return out;
  }

  /** The entries of a mapping of id to mapping, in file order. */
  Map<String, YamlNode> children(String name) {
    Map<String, YamlNode> out = new LinkedHashMap<>();
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isObject()) {
      problems.add(key(name), "must be a mapping of id to settings");
      return out;
    }
    value.fields().forEachRemaining(e -> out.put(e.getKey(), child(e.getValue(), key(name) + "." + e.getKey())));
    return out;
  }

  /** The items of a list of mappings, each with its index in the path. */
  List<YamlNode> items(String name) {
    List<YamlNode> out = new ArrayList<>();
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isArray()) {
      problems.add(key(name), "must be a list");
      return out;
    }
    for (int i = 0; i < value.size(); i++) {
      out.add(child(value.get(i), key(name) + "[" + i + "]"));
    }
    return out;
  }

  /** A nested mapping; an empty one when absent. */
  YamlNode section(String name) {
    JsonNode value = node.get(name);
    return child(value == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : value, key(name));
  }

  /** The raw scalar entries of a mapping (for column declarations: name to type). */
  Map<String, String> scalars(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    children(name).forEach((k, v) -> out.put(k, v.node.isValueNode() ? v.node.asText() : null));
    return out;
  }

  private YamlNode child(JsonNode value, String childPath) {
    if (!value.isObject() && !value.isMissingNode() && !value.isValueNode()) {
      problems.add(childPath, "must be a mapping");
    }
    return new YamlNode(value, childPath, problems);
  }
}
