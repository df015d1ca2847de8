package dev.scorecard.generate;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/** A landing file in JSON Lines: one object per row, keys in column order. */
final class JsonLinesFile extends RowFile {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private final List<String> columns;

  JsonLinesFile(Path path, boolean gzip, List<String> columns) throws IOException {
    super(path, gzip);
    this.columns = columns;
  }

  @Override
  void write(Object[] values) throws IOException {
    ObjectNode node = MAPPER.createObjectNode();
    for (int i = 0; i < values.length; i++) {
      put(node, columns.get(i), values[i]);
    }
    writer().write(MAPPER.writeValueAsString(node));
    writer().write('\n');
  }

  private static void put(ObjectNode node, String key, Object value) {
    if (value instanceof Integer i) {
      node.put(key, i);
    } else if (value instanceof Long l) {
      node.put(key, l);
    } else if (value instanceof Boolean b) {
      node.put(key, b);
    } else if (value instanceof Double d) {
      node.put(key, d);
    } else if (value instanceof BigDecimal decimal) {
      node.put(key, decimal);
    } else {
      node.put(key, value == null ? null : value.toString());
    }
  }
}
