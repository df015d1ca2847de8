package dev.scorecard.generate;

import dev.scorecard.config.LinkSpec;
import dev.scorecard.config.ObjectiveSpec;
import dev.scorecard.config.PerspectiveSpec;
import java.util.List;

/**
 * The scorecard design of a tenant, in the order the YAML lists it: perspectives, their
 * objectives (grouped by perspective), the KPIs that measure them and the strategy-map links.
 */
record Scorecard(List<PerspectiveSpec> perspectives, List<ObjectiveSpec> objectives, List<KpiRecipe> kpis,
    List<LinkSpec> links) {}
