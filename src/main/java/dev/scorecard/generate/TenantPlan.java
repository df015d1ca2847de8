package dev.scorecard.generate;

import dev.scorecard.config.Hierarchy;
import dev.scorecard.config.Hierarchy.Location;
import dev.scorecard.config.Hierarchy.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tenant to generate: its model, the kind of sites that simulate it (coffee stores of a
 * franchise, or one online shop) and the trouble built into its last months.
 */
record TenantPlan(TenantModel model, boolean online, Trouble trouble) {
  static final String SHOP_SITE = "web";

  static TenantPlan brewhaus() {
    return franchise("brewhaus", "Brewhaus Coffee Group", Hierarchies.brewhaus(), Trouble.brewhaus());
  }

  /** Benchmark tenant {@code chain-001}, {@code chain-002}, ...: brewhaus's design, other stores. */
  static TenantPlan chain(int number, int locations) {
    String id = String.format(Locale.ROOT, "chain-%03d", number);
    return franchise(id, "Coffee Chain " + number, Hierarchies.chain("Coffee Chain " + number, locations),
        Trouble.NONE);
  }

  static TenantPlan fjordShop() {
    Hierarchy hierarchy = Hierarchies.singleSite("Fjord Shop", SHOP_SITE, "Web shop");
    return new TenantPlan(new TenantModel("fjord-shop", "Fjord Shop", "EUR", 1, ShopScorecard.strategy(), hierarchy,
        ShopSources.sources(SHOP_SITE), ShopSources.measures(), ShopScorecard.scorecard()), true, Trouble.NONE);
  }

  private static TenantPlan franchise(String id, String name, Hierarchy hierarchy, Trouble trouble) {
    return new TenantPlan(new TenantModel(id, name, "EUR", 4, FranchiseScorecard.strategy(), hierarchy,
        FranchiseSources.sources(), FranchiseSources.measures(), FranchiseScorecard.scorecard()), false, trouble);
  }

  /**
   * The sites to simulate, each on its own split of {@code draw}; {@code causation} scales every
   * cause-and-effect link of the stores (1 as built, 0 cut).
   */
  List<Site> sites(Span span, Draw draw, double causation) {
    List<Site> sites = new ArrayList<>();
    if (online) {
      sites.add(new Shop(model.locationIds().get(0), draw.split()));
      return sites;
    }
    int months = span.months().size();
    for (Region region : model.hierarchy().regions()) {
      double regionFactor = draw.uniform(0.92, 1.08);
      for (Location location : region.locations()) {
        Draw storeDraw = draw.split();
        StoreProfile profile = StoreProfile.draw(location.id(), regionFactor, months, storeDraw);
        sites.add(new Store(profile, region.id(), trouble, storeDraw, causation));
      }
    }
    return sites;
  }
}
