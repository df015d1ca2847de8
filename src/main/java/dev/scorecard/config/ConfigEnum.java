package dev.scorecard.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose constants are written in config and in curated tables as their lower-case name
 * ({@code HIGHER_IS_BETTER} is {@code higher_is_better}).
 */
public interface ConfigEnum {
  String name();

  /** The name used in config files and curated tables. */
  default String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E> & ConfigEnum> Optional<E> parse(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
  }

  /** The accepted ids, for error messages: {@code "month, quarter, year"}. */
  static <E extends Enum<E> & ConfigEnum> String choices(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(ConfigEnum::id).collect(Collectors.joining(", "));
  }
}
