package io.etcdj.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a blocking facet whose call has no deadline unless its options give one
 * (a snapshot): {@link Blocking} then waits without the client's request timeout.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NoDefaultDeadline {
}
