package dev.scorecard.alert;

import static dev.scorecard.alert.AlertFixtures.red;
import static dev.scorecard.alert.AlertFixtures.stale;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.model.NodeTree;
import dev.scorecard.testing.TenantFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tiny tenant: r1 holds l1 and l2, r2 holds l3; three locations in all. */
class FoldingTest {
  @TempDir
  static Path conf;
  private static NodeTree tree;

  @BeforeAll
  static void load() {
    tree = NodeTree.of(TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml")));
  }

  @Test
  void mostLocationsOfARegionFoldIntoOneAlertAtTheRegion() {
    // r1: 2 of 2 locations > 0.7; the org: 2 of 3 = 0.67, not above 0.7.
    List<Condition> folded = Folding.fold(List.of(red("location", "l1", "2025-02-01", Severity.WARNING),
        red("location", "l2", "2025-01-01", Severity.CRITICAL)), tree, 0.7, Folding.Coverage.ALL);

    assertThat(folded).singleElement().satisfies(c -> {
      assertThat(c.nodeLevel() + ":" + c.nodeId()).isEqualTo("region:r1");
      assertThat(c.children()).containsExactly("l1", "l2");
      assertThat(c.since()).isEqualTo(LocalDate.parse("2025-01-01"));
      assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(c.value()).as("the region raised nothing itself").isNull();
    });
  }

  @Test
  void aRegionsOwnAlertKeepsItsValuesAndListsTheLocations() {
    Condition own = red("region", "r1", "2025-03-01", Severity.WARNING);
    List<Condition> folded = Folding.fold(List.of(own, red("location", "l1", "2025-02-01", Severity.WARNING),
        red("location", "l2", "2025-02-01", Severity.WARNING)), tree, 0.7, Folding.Coverage.ALL);

    assertThat(folded).singleElement().satisfies(c -> {
      assertThat(c.nodeId()).isEqualTo("r1");
      assertThat(c.value()).isEqualTo(80.0);
      assertThat(c.since()).as("the region's own: red since March, though l1 and l2 were since February")
          .isEqualTo(LocalDate.parse("2025-03-01"));
      assertThat(c.children()).containsExactly("l1", "l2");
    });
  }

  @Test
  void mostLocationsOfTheOrgFoldIntoOneAlertAtTheOrgAbsorbingRegions() {
    List<Condition> folded = Folding.fold(List.of(red("region", "r1", "2025-03-01", Severity.WARNING),
        red("location", "l3", "2025-03-01", Severity.WARNING), red("location", "l1", "2025-03-01", Severity.WARNING),
        red("location", "l2", "2025-03-01", Severity.INFO)), tree, 0.7, Folding.Coverage.ALL);

    assertThat(folded).singleElement().satisfies(c -> {
      assertThat(c.nodeLevel() + ":" + c.nodeId()).isEqualTo("org:tiny");
      assertThat(c.children()).as("in config order").containsExactly("l1", "l2", "l3");
    });
  }

  @Test
  void twoOfThreeAreMostAtTheDefaultShare() {
    List<Condition> folded = Folding.fold(List.of(red("location", "l1", "2025-03-01", Severity.WARNING),
        red("location", "l3", "2025-03-01", Severity.WARNING)), tree, 0.5, Folding.Coverage.ALL);

    assertThat(folded).extracting(c -> c.nodeId() + c.children()).containsExactly("tiny[l1, l3]");
  }

  @Test
  void oneLocationAloneNeverFoldsEvenWhenItIsTheWholeRegion() {
    List<Condition> folded = Folding.fold(List.of(red("location", "l3", "2025-03-01", Severity.WARNING),
        red("location", "l1", "2025-03-01", Severity.WARNING)), tree, 0.7, Folding.Coverage.ALL);

    assertThat(folded).extracting(c -> c.nodeId() + c.children()).containsExactlyInAnyOrder("l1[]", "l3[]");
  }

  @Test
  void aLocationAloneFoldsIntoItsParentsWhenTheyRaiseTheSameAndItIsTheOnlyOneScored() {
    // Only l1 was scored: r1 and the org are red because l1 is, which is one alert, at the org.
    List<Condition> folded = Folding.fold(List.of(red("location", "l1", "2024-03-01", Severity.WARNING),
        red("region", "r1", "2024-03-01", Severity.WARNING), red("org", "tiny", "2025-03-01", Severity.CRITICAL)),
        tree, 0.5, only("l1"));

    assertThat(folded).singleElement().satisfies(c -> {
      assertThat(c.nodeLevel() + ":" + c.nodeId() + c.children()).isEqualTo("org:tiny[l1]");
      assertThat(c.since()).isEqualTo(LocalDate.parse("2025-03-01"));
      assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
    });
  }

  @Test
  void aLocationAloneWhoseParentsRaiseNothingStaysAtItsLocation() {
    List<Condition> folded = Folding.fold(List.of(red("location", "l1", "2025-03-01", Severity.WARNING)), tree, 0.5,
        only("l1"));

    assertThat(folded).extracting(c -> c.nodeId() + c.children()).containsExactly("l1[]");
  }

  @Test
  void differentSubjectsAndKindsThatDoNotFoldStayApart() {
    Condition margin = new Condition("tiny", AlertKind.STATUS, "kpi", "margin", "location", "l2", "month",
        LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-01"), 1.0, 2.0, 10.0, "red", null, Severity.WARNING,
        List.of(), null);
    List<Condition> folded = Folding.fold(List.of(red("location", "l1", "2025-03-01", Severity.WARNING), margin,
        stale("sales"), stale("web")), tree, 0.7, Folding.Coverage.ALL);

    assertThat(folded).extracting(c -> c.kind().id() + ":" + c.subjectId() + "@" + c.nodeId())
        .containsExactlyInAnyOrder("status:revenue@l1", "status:margin@l2", "stale_source:sales@tiny",
            "stale_source:web@tiny");
  }

  @Test
  void sharesCountTheLocationsAskedNotAllOfThem() {
    // l1 and l2 red, l3 never scored: r1 2 of 2 folds; the org 2 of 2 asked (not 2 of 3) folds too.
    List<Condition> reds = List.of(red("location", "l1", "2025-03-01", Severity.WARNING),
        red("location", "l2", "2025-03-01", Severity.WARNING));

    assertThat(Folding.fold(reds, tree, 0.7, only("l1", "l2"))).extracting(c -> c.nodeId() + c.children())
        .containsExactly("tiny[l1, l2]");
    assertThat(Folding.fold(reds, tree, 0.7, Folding.Coverage.ALL)).extracting(c -> c.nodeId() + c.children())
        .as("asked of all three, 2 of 3 is not above 0.7 at the org").containsExactly("r1[l1, l2]");
  }

  /** Coverage where only these locations were asked. */
  private static Folding.Coverage only(String... locations) {
    java.util.Set<String> asked = java.util.Set.of(locations);
    return (c, level, node, all) -> (int) (level == dev.scorecard.config.Level.ORG
        ? tree.level(dev.scorecard.config.Level.LOCATION) : tree.children(dev.scorecard.config.Level.REGION, node))
        .stream().filter(n -> asked.contains(n.id())).count();
  }
}
