package dev.scorecard.generate;

import java.util.List;

/** The org, its regions and their locations, in the order the YAML lists them. */
record Hierarchy(String orgName, List<Region> regions) {

  /** A region and its locations. */
  record Region(String id, String name, List<Location> locations) {
    List<String> locationIds() {
      return locations.stream().map(Location::id).toList();
    }
  }

  /** A location: the leaf node data rows belong to. */
  record Location(String id, String name) {}

  List<Location> locations() {
    return regions.stream().flatMap(r -> r.locations().stream()).toList();
  }

  List<String> locationIds() {
    return locations().stream().map(Location::id).toList();
  }
}
