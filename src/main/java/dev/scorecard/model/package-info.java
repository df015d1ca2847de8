/**
 * What the stages share, in plain Java without Spark: the ordered {@link dev.scorecard.model.Status},
 * the scoring math ({@link dev.scorecard.model.KpiScore}), target resolution
 * ({@link dev.scorecard.model.TargetResolver}), the node tree ({@link dev.scorecard.model.NodeTree}),
 * roll-up and peer-rank math ({@link dev.scorecard.model.Rollup}, {@link dev.scorecard.model.PeerRanks}).
 * Spark stages call these for many rows at once; tests check them by hand.
 */
package dev.scorecard.model;
