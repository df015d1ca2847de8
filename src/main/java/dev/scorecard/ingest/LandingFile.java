package dev.scorecard.ingest;

import java.io.Serializable;

/**
 * One raw export found under a tenant's landing folder.
 *
 * @param relativePath the path below {@code <landing>/<tenant_id>/}, as shown in audit and quarantine
 * @param uri the fully qualified, escaped URI Spark reads it from
 * @param checksum SHA-256 of the file's bytes, in hex
 * @param deliveredAt when the file arrived: its modification time, in epoch milliseconds. Of two
 *     deliveries of a business key the later one wins (ties: the later path)
 * @param size its length in bytes, to share the parsing work out evenly
 */
public record LandingFile(String relativePath, String uri, String checksum, long deliveredAt, long size)
    implements Serializable {}
