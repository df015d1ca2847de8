package dev.scorecard.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.Level;
import dev.scorecard.testing.TenantFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tiny tenant's tree: org tiny; r1 holds l1 and l2, r2 holds l3. */
class NodeTreeTest {
  @Test
  void nodesAreListedTopDownWithTheirParents(@TempDir Path conf) {
    NodeTree tree = NodeTree.of(TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml")));
    assertThat(tree.nodes()).extracting(n -> n.level().id() + ":" + n.id() + "<" + n.parentId()).containsExactly(
        "org:tiny<null", "region:r1<tiny", "location:l1<r1", "location:l2<r1", "region:r2<tiny", "location:l3<r2");
    assertThat(tree.children(Level.REGION, "r1")).extracting(Node::id).containsExactly("l1", "l2");
    assertThat(tree.children(Level.ORG, "tiny")).extracting(Node::id).containsExactly("r1", "r2");
    assertThat(tree.children(Level.LOCATION, "l1")).isEmpty();
    assertThat(tree.level(Level.LOCATION)).extracting(Node::name).containsExactly("Loc one", "Loc two", "Loc three");
    assertThat(tree.node(Level.ORG, "tiny")).map(Node::name).contains("Tiny Group");
    assertThat(tree.node(Level.REGION, "l1")).isEmpty();
  }
}
