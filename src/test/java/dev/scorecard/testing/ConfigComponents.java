package dev.scorecard.testing;

import dev.scorecard.config.TenantConfig;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.assertj.core.api.SoftAssertions;

/**
 * Compares two tenant configs component by component, all but {@code file} (where each was read
 * from or written to), and names every component that differs: a round trip failing on
 * {@code targets} says so, rather than printing two whole configs.
 */
public final class ConfigComponents {
  private ConfigComponents() {}

  public static void assertSameExceptFile(TenantConfig actual, TenantConfig expected) {
    SoftAssertions softly = new SoftAssertions();
    for (RecordComponent component : TenantConfig.class.getRecordComponents()) {
      if (!component.getName().equals("file")) {
        softly.assertThat(value(component, actual)).as("%s of %s", component.getName(), expected.tenantId())
            .isEqualTo(value(component, expected));
      }
    }
    softly.assertAll();
  }

  private static Object value(RecordComponent component, TenantConfig config) {
    try {
      return component.getAccessor().invoke(config);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component.getName() + " of a TenantConfig", e);
    }
  }
}
