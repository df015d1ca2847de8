package dev.scorecard.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link ConfigYaml} writes as comments into a tenant YAML, so a generated file can explain
 * itself to the person who edits it next. Text may span lines ({@code \n}); each place takes one.
 * A comment whose place is not in the written YAML fails the write, so a misspelt key is not
 * silently lost.
 *
 * @param header the lines above everything, or empty for none
 * @param sections a comment above a top-level section, by its key ({@code sources})
 * @param sources a comment above one source, by source id
 * @param objectiveGroups a comment above the first objective of a perspective, by perspective id
 * @param targets a comment above one entry of {@code targets}, by its index
 * @param trailing a comment after the value of one key, by its dotted path as in
 *     {@link ConfigProblem} ({@code sources.pos_daily.format}, {@code targets[3]}); such a key is
 *     written even when it holds its default, so the comment has a line to stand on
 */
public record Comments(
    String header,
    Map<String, String> sections,
    Map<String, String> sources,
    Map<String, String> objectiveGroups,
    Map<Integer, String> targets,
    Map<String, String> trailing) {

  public static final Comments NONE = new Comments("", Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  public Comments {
    sections = Map.copyOf(sections);
    sources = Map.copyOf(sources);
    objectiveGroups = Map.copyOf(objectiveGroups);
    targets = Map.copyOf(targets);
    trailing = Map.copyOf(trailing);
  }

  public Comments withHeader(String text) {
    return new Comments(text, sections, sources, objectiveGroups, targets, trailing);
  }

  public Comments withSection(String key, String text) {
    return new Comments(header, plus(sections, key, text), sources, objectiveGroups, targets, trailing);
  }

  public Comments withSource(String id, String text) {
    return new Comments(header, sections, plus(sources, id, text), objectiveGroups, targets, trailing);
  }

  public Comments withObjectiveGroup(String perspective, String text) {
    return new Comments(header, sections, sources, plus(objectiveGroups, perspective, text), targets, trailing);
  }

  public Comments withTarget(int index, String text) {
    return new Comments(header, sections, sources, objectiveGroups, plus(targets, index, text), trailing);
  }

  public Comments withTrailing(String key, String text) {
    return new Comments(header, sections, sources, objectiveGroups, targets, plus(trailing, key, text));
  }

  private static <K> Map<K, String> plus(Map<K, String> map, K key, String text) {
    Map<K, String> copy = new LinkedHashMap<>(map);
    copy.put(key, text);
    return copy;
  }
}
