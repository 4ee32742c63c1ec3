package io.github.winnet4j.testing;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test once per backend: every available one, or only the one named by
 * {@code -Dwinnet4j.backend} (which must then load, or the test fails saying why). The test method
 * takes a {@link io.github.winnet4j.backends.Backend} parameter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BackendInvocations.class)
public @interface AllBackends {
}
