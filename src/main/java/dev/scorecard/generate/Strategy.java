package dev.scorecard.generate;

import java.util.List;

/** The strategy a scorecard serves: informational text plus the themes objectives point to. */
record Strategy(String mission, String vision, List<String> themes) {}
