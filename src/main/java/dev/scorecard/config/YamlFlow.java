package dev.scorecard.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A one-line flow mapping built key by key; values come formatted, absent ones are left out. */
final class YamlFlow {
  private final List<String> pairs = new ArrayList<>();

  YamlFlow put(String key, String value) {
    pairs.add(key);
    pairs.add(value);
    return this;
  }

  YamlFlow put(String key, Optional<String> value) {
    value.ifPresent(v -> put(key, v));
    return this;
  }

  /** Puts the value unless it is the default the parser would supply. */
  YamlFlow putUnless(boolean isDefault, String key, String value) {
    return isDefault ? this : put(key, value);
  }

  @Override
  public String toString() {
    return YamlText.flow(pairs);
  }
}
