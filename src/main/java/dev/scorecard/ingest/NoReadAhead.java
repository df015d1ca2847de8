package dev.scorecard.ingest;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * A stream that never claims more bytes are ready. A character decoder reads on while its input
 * says bytes are available; over a truncated gzip that next read fails and takes the characters
 * already decoded with it. Claiming none makes the decoder hand those over first, so every whole
 * row before the break is kept.
 */
final class NoReadAhead extends FilterInputStream {
  NoReadAhead(InputStream in) {
    super(in);
  }

  @Override
  public int available() {
    return 0;
  }
}
