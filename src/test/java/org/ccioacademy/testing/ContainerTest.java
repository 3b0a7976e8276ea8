package org.ccioacademy.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test class run against the real WAR on Payara Micro and a real PostgreSQL. The
 * database starts first, so arquillian.xml can hand its address to the server; then the test
 * class's static set-up runs, so files it writes are there when the server starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestDatabase.class)
@ExtendWith(ClassSetUpFirst.class)
@ExtendWith(ArquillianExtension.class)
public @interface ContainerTest {}
