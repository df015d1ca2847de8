package dev.scorecard.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * A test class that runs commands in the test JVM, which print to {@code System.out} and
 * {@code System.err}. Test classes run side by side ({@code junit-platform.properties}); such
 * classes may run beside each other, never beside one that {@link CapturesConsole captures} the
 * console, whose captured text would then hold their lines too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ)
public @interface PrintsToConsole {}
