package dev.scorecard.model;

import dev.scorecard.config.Level;
import java.io.Serializable;

/**
 * A place in a tenant's hierarchy: a location, a region, or the org (whose id is the tenant id).
 *
 * @param parentLevel the level of the node above, null for the org
 * @param parentId the id of the node above, null for the org
 */
public record Node(Level level, String id, String name, Level parentLevel, String parentId) implements Serializable {}
