package dev.scorecard.config;

/** The file format of a source's exports; either may be gzipped. */
public enum SourceFormat implements ConfigEnum {
  CSV, JSONL
}
