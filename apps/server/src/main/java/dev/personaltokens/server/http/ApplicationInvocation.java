package dev.personaltokens.server.http;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * Work on one of Payara's HTTP threads run as the servlet container runs a request of this
 * application: inside a component invocation of its web module, so that what needs one finds it -
 * the container's EntityManager keeps those it opens outside a transaction in the invocation's
 * registry, and closes them when the invocation ends. Each run gets an invocation of its own,
 * cloned from the one in effect when the application started, as Payara's contextual tasks clone
 * theirs (ContextSetupProviderImpl): no resource table key, the instance kept, and a registry of
 * its own - a clone shares its original's registry, so the original here is one never begun, whose
 * registry stays empty (null), and each clone's is made by its own first use. Payara's invocation
 * API is reached by reflection, as its other internals are here.
 */
final class ApplicationInvocation {

  /** Work that may fail as a request's handling fails. */
  interface Work {
    void run() throws IOException;
  }

  private final Object manager;
  private final Object original;
  private final Object instance;
  private final MethodHandle cloned;
  private final MethodHandle setInstance;
  private final MethodHandle begin;
  private final MethodHandle end;

  private ApplicationInvocation(ClassLoader loader, Object manager, Object current)
      throws ReflectiveOperationException {
    Class<?> invocation =
        Class.forName("org.glassfish.api.invocation.ComponentInvocation", true, loader);
    Class<?> managerType =
        Class.forName("org.glassfish.api.invocation.InvocationManager", true, loader);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    MethodType ofInvocation = MethodType.methodType(void.class, Object.class, Object.class);
    this.manager = manager;
    this.cloned =
        lookup
            .findVirtual(invocation, "clone", MethodType.methodType(invocation))
            .asType(MethodType.methodType(Object.class, Object.class));
    this.setInstance =
        lookup
            .findVirtual(invocation, "setInstance", MethodType.methodType(void.class, Object.class))
            .asType(ofInvocation);
    this.begin =
        lookup
            .findVirtual(managerType, "preInvoke", MethodType.methodType(void.class, invocation))
            .asType(ofInvocation);
    this.end =
        lookup
            .findVirtual(managerType, "postInvoke", MethodType.methodType(void.class, invocation))
            .asType(ofInvocation);
    this.instance = invocation.getMethod("getInstance").invoke(current);
    Object original = invocation.getMethod("clone").invoke(current);
    invocation.getMethod("setResourceTableKey", Object.class).invoke(original, (Object) null);
    invocation.getMethod("setRegistry", Map.class).invoke(original, (Object) null);
    this.original = original;
  }

  /**
   * The invocation in effect on this thread (the application starting) to run work in, or null when
   * Payara has none to give.
   */
  static ApplicationInvocation ofCurrent(ClassLoader loader) throws ReflectiveOperationException {
    String contract = "org.glassfish.api.invocation.InvocationManager";
    Object manager = PayaraServices.of(contract, loader);
    if (manager == null) {
      return null;
    }
    Object current =
        Class.forName(contract, true, loader).getMethod("getCurrentInvocation").invoke(manager);
    return current == null ? null : new ApplicationInvocation(loader, manager, current);
  }

  /** Runs {@code work} in an invocation of its own, ended however the work ends. */
  void run(Work work) throws IOException {
    Object invocation;
    try {
      invocation = cloned.invokeExact(original);
      setInstance.invokeExact(invocation, instance);
      begin.invokeExact(manager, invocation);
    } catch (Throwable e) {
      throw new IllegalStateException("no invocation of the application could begin", e);
    }
    try {
      work.run();
    } finally {
      try {
        end.invokeExact(manager, invocation);
      } catch (Throwable e) {
        throw new IllegalStateException("the invocation of the application could not end", e);
      }
    }
  }
}
