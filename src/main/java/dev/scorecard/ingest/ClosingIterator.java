package dev.scorecard.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.function.Function;

/** Maps an iterator lazily and closes the stream behind it once the last element is read. */
final class ClosingIterator<A, B> implements Iterator<B> {
  private final Iterator<A> source;
  private final Closeable resource;
  private final Function<A, B> mapper;

  ClosingIterator(Iterator<A> source, Closeable resource, Function<A, B> mapper) {
    this.source = source;
    this.resource = resource;
    this.mapper = mapper;
  }

  @Override
  public boolean hasNext() {
    boolean more = source.hasNext();
    if (!more) {
      try {
        resource.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return more;
  }

  @Override
  public B next() {
    return mapper.apply(source.next());
  }
}
