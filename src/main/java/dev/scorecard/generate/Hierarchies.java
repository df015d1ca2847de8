package dev.scorecard.generate;

import dev.scorecard.config.Hierarchy;
import dev.scorecard.config.Hierarchy.Location;
import dev.scorecard.config.Hierarchy.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The hierarchies of the generated tenants. */
final class Hierarchies {
  private static final String[][] BREWHAUS = {
      {"north", "North", "ham-01:Hamburg Altona", "ham-02:Hamburg Eppendorf", "ham-03:Hamburg Winterhude",
          "bre-01:Bremen Viertel", "bre-02:Bremen Schwachhausen", "han-01:Hannover List", "han-02:Hannover Linden",
          "kie-01:Kiel Holtenau"},
      {"south", "South", "muc-01:Munich Schwabing", "muc-02:Munich Haidhausen", "muc-03:Munich Sendling",
          "stu-01:Stuttgart West", "stu-02:Stuttgart Mitte", "nue-01:Nuremberg Gostenhof",
          "aug-01:Augsburg Innenstadt", "fre-01:Freiburg Wiehre"},
      {"west", "West", "cgn-01:Cologne Ehrenfeld", "cgn-02:Cologne Suedstadt", "cgn-03:Cologne Deutz",
          "dus-01:Duesseldorf Flingern", "dus-02:Duesseldorf Bilk", "dor-01:Dortmund Kreuzviertel",
          "ess-01:Essen Ruettenscheid", "bon-01:Bonn Poppelsdorf"}};

  private Hierarchies() {}

  /** 24 coffee houses in three regions of eight. */
  static Hierarchy brewhaus() {
    List<Region> regions = new ArrayList<>();
    for (String[] region : BREWHAUS) {
      List<Location> locations = new ArrayList<>();
      for (int i = 2; i < region.length; i++) {
        String[] idAndName = region[i].split(":");
        locations.add(new Location(idAndName[0], idAndName[1]));
      }
      regions.add(new Region(region[0], region[1], locations));
    }
    return new Hierarchy("Brewhaus Group", regions);
  }

  /** {@code locations} locations {@code loc-001}... in consecutive regions of about eight. */
  static Hierarchy chain(String orgName, int locations) {
    int regionCount = Math.max(1, Math.round(locations / 8.0f));
    List<Region> regions = new ArrayList<>();
    int next = 1;
    for (int r = 0; r < regionCount; r++) {
      int size = locations / regionCount + (r < locations % regionCount ? 1 : 0);
      List<Location> members = new ArrayList<>();
      for (int i = 0; i < size; i++, next++) {
        members.add(new Location(format("loc-%03d", next), format("Location %03d", next)));
      }
      regions.add(new Region(format("region-%02d", r + 1), format("Region %d", r + 1), members));
    }
    return new Hierarchy(orgName, regions);
  }

  private static String format(String pattern, int number) {
    return String.format(Locale.ROOT, pattern, number);
  }

  /** One region {@code online} with one location, as a single-site business has. */
  static Hierarchy singleSite(String orgName, String site, String siteName) {
    return new Hierarchy(orgName, List.of(new Region("online", "Online", List.of(new Location(site, siteName)))));
  }
}
