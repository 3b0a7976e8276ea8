package org.ccioacademy.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class's static set-up (such as the course files it writes into the courses folder)
 * before the server starts (which imports that folder) or, when the server is shared, before it is
 * told to reload it ({@link SharedServer}). Needed because nothing else touches the test class
 * before then: the deployment method of a {@link ContainerTest} initialises only its declaring
 * class.
 */
public final class ClassSetUpFirst implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) throws ClassNotFoundException {
    Class<?> test = context.getRequiredTestClass();
    Class.forName(test.getName(), true, test.getClassLoader());
  }
}
