package dev.personaltokens.server.http;

import java.lang.annotation.Annotation;

/** Payara's own services, looked up in its HK2 service locator by reflection. */
final class PayaraServices {

  private PayaraServices() {}

  /** The service of the contract named {@code contract}, or null when Payara has none. */
  static Object of(String contract, ClassLoader loader) throws ReflectiveOperationException {
    Object locator = locator(loader);
    return locator == null
        ? null
        : serviceLocator(loader)
            .getMethod("getService", Class.class, Annotation[].class)
            .invoke(locator, Class.forName(contract, true, loader), new Annotation[0]);
  }

  /** The service of that contract named {@code name}, or null when Payara has none. */
  static Object of(String contract, String name, ClassLoader loader)
      throws ReflectiveOperationException {
    Object locator = locator(loader);
    return locator == null
        ? null
        : serviceLocator(loader)
            .getMethod("getService", Class.class, String.class, Annotation[].class)
            .invoke(locator, Class.forName(contract, true, loader), name, new Annotation[0]);
  }

  private static Object locator(ClassLoader loader) throws ReflectiveOperationException {
    return Class.forName("org.glassfish.internal.api.Globals", true, loader)
        .getMethod("getDefaultHabitat")
        .invoke(null);
  }

  private static Class<?> serviceLocator(ClassLoader loader) throws ClassNotFoundException {
    return Class.forName("org.glassfish.hk2.api.ServiceLocator", true, loader);
  }
}
