package dev.scorecard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class YamlTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hamburg Altona|Hamburg Altona",
      "net_sales - cogs|net_sales - cogs",
      "Great coffee, served fast|\"Great coffee, served fast\"",
      "nps >= 9|\"nps >= 9\"",
      "event_type = 'visit'|\"event_type = 'visit'\"",
      "% p.a.|\"% p.a.\"",
      "1-5|\"1-5\"",
      "yes|\"yes\"",
      "Off|\"Off\"",
      "say \"hi\"|\"say \\\"hi\\\"\""})
  void quotesOnlyWhatYamlWouldMisread(String value, String expected) {
    assertThat(YamlText.scalar(value)).isEqualTo(expected);
  }

  @Test
  void writesNumbersFlowsAndAlignedComments() {
    String text = new YamlText()
        .comment(0, "Head\n\nbody")
        .line(0, "tenant_id: brewhaus", "must equal the file name")
        .line(2, "- " + YamlText.flow(List.of("from", "a", "to", "b")))
        .toString();

    assertThat(text).isEqualTo("# Head\n#\n# body\n"
        + "tenant_id: brewhaus                 # must equal the file name\n"
        + "  - { from: a, to: b }\n");
    assertThat(YamlText.number(30.0)).isEqualTo("30");
    assertThat(YamlText.number(0.5)).isEqualTo("0.5");
    assertThat(YamlText.number(36500)).isEqualTo("36500");
    assertThat(YamlText.list(List.of("a", "b"))).isEqualTo("[a, b]");
  }

  @Test
  void escapesControlCharactersAndQuotesListItemsAndKeepsAnEmptyFlowShort() {
    assertThat(YamlText.scalar("two\nlines\tand\u0001")).isEqualTo("\"two\\nlines\\tand\\x01\"");
    assertThat(YamlText.scalar("")).isEqualTo("\"\"");
    assertThat(YamlText.list(List.of("store", "off", "a, b"))).isEqualTo("[store, \"off\", \"a, b\"]");
    assertThat(YamlText.flow(List.of())).isEqualTo("{}");
  }
}
