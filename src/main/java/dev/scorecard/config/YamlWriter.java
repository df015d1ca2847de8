package dev.scorecard.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The YAML text of one tenant being written, with the caller's {@link Comments} put in their
 * places. It remembers which comments found a place, so {@link #finish()} can refuse the ones
 * that did not.
 */
final class YamlWriter {
  private final YamlText text = new YamlText();
  private final Comments comments;
  private final Set<String> placed = new HashSet<>();

  YamlWriter(Comments comments) {
    this.comments = comments;
  }

  /** The header comment and a blank line, when there is a header. */
  void header() {
    if (!comments.header().isEmpty()) {
      text.comment(0, comments.header()).blank();
    }
  }

  /** A blank line, the section's comment, and its {@code key:} line ({@code key: {}} when empty). */
  void section(String key, boolean empty) {
    text.blank();
    above(0, "section " + key, comments.sections().get(key));
    line(0, key, key + (empty ? ": {}" : ":"));
  }

  void aboveSource(String id) {
    above(2, "source " + id, comments.sources().get(id));
  }

  void aboveObjectiveGroup(String perspective) {
    above(2, "objectives of " + perspective, comments.objectiveGroups().get(perspective));
  }

  void aboveTarget(int index) {
    above(2, "above targets[" + index + "]", comments.targets().get(index));
  }

  /** Whether {@code path} has a trailing comment: such a key is written even at its default. */
  boolean commented(String path) {
    return comments.trailing().containsKey(path);
  }

  /** One line at {@code indent}, followed by the trailing comment given for {@code path}, if any. */
  void line(int indent, String path, String content) {
    String comment = comments.trailing().get(path);
    if (comment == null) {
      text.line(indent, content);
    } else {
      placed.add("key " + path);
      text.line(indent, content, comment);
    }
  }

  /** {@code key: value} under {@code parent}, unless the value is the default and has no comment. */
  void entry(int indent, String parent, String key, String value, boolean isDefault) {
    String path = parent.isEmpty() ? key : parent + "." + key;
    if (!isDefault || commented(path)) {
      line(indent, path, key + ": " + value);
    }
  }

  /** The text; fails when a comment found no place in it. */
  String finish() {
    List<String> unplaced = new ArrayList<>();
    comments.sections().keySet().forEach(k -> unplaced.add("section " + k));
    comments.sources().keySet().forEach(k -> unplaced.add("source " + k));
    comments.objectiveGroups().keySet().forEach(k -> unplaced.add("objectives of " + k));
    comments.targets().keySet().forEach(k -> unplaced.add("above targets[" + k + "]"));
    comments.trailing().keySet().forEach(k -> unplaced.add("key " + k));
    unplaced.removeAll(placed);
    if (!unplaced.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot place comments, no such place in the YAML: " + unplaced.stream().sorted().toList());
    }
    return text.toString();
  }

  private void above(int indent, String place, String comment) {
    if (comment != null) {
      placed.add(place);
      text.comment(indent, comment);
    }
  }
}
