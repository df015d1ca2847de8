package dev.scorecard.config;

import java.util.List;

/** The strategy a scorecard serves: why the business exists, where it goes, its themes. */
public record Strategy(String mission, String vision, List<String> themes) {}
