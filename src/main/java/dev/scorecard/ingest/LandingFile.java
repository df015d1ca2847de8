package dev.scorecard.ingest;

import java.io.Serializable;

/**
 * One raw export found under a tenant's landing folder.
 *
 * @param relativePath the path below {@code <landing>/<tenant_id>/}, as shown in audit and quarantine
 * @param uri the fully qualified, escaped URI Spark reads it from
 * @param checksum SHA-256 of the file's bytes, in hex
 */
public record LandingFile(String relativePath, String uri, String checksum) implements Serializable {}
