package org.ccioacademy.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class's static set-up (such as the course files it writes into the courses folder)
 * before Arquillian starts the server, which imports that folder. Needed because the deployment
 * method lives in {@link WarTest}: calling it initialises the base class, not the test class.
 */
public final class ClassSetUpFirst implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) throws ClassNotFoundException {
    Class<?> test = context.getRequiredTestClass();
    Class.forName(test.getName(), true, test.getClassLoader());
  }
}
