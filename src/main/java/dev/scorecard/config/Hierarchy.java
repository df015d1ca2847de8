package dev.scorecard.config;

import java.util.List;
import java.util.Optional;

/** A tenant's org, its regions and their locations. The org node's id is the tenant id. */
public record Hierarchy(String orgName, List<Region> regions) {

  /** A region and the locations it holds. */
  public record Region(String id, String name, List<Location> locations) {}

  /** One site: a shop, restaurant, branch, or the single site of an online business. */
  public record Location(String id, String name) {}

  public List<Location> locations() {
    return regions.stream().flatMap(r -> r.locations().stream()).toList();
  }

  public Optional<Region> regionOf(String locationId) {
    return regions.stream()
        .filter(r -> r.locations().stream().anyMatch(l -> l.id().equals(locationId)))
        .findFirst();
  }
}
