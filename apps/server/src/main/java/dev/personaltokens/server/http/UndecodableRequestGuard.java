package dev.personaltokens.server.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.Processor;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.http.server.FileCacheFilter;

/**
 * Puts the guard against undecodable requests into Payara's HTTP filter chains when the application
 * starts - under {@code ./run}, the tests' Payara Micro and Payara Server alike, since it comes
 * with the WAR - and takes it out when the application stops. Above Grizzly's codec it checks each
 * request's head ({@link UndecodableRequestFilter}); below it, it turns the codec's own bare 400s
 * into the API's ({@link CodecErrors}). Payara's internals are reached by reflection (they are on
 * no public repository); Grizzly's API is Payara's own.
 *
 * <p>Between the listener opening its port and this application starting, nothing is deployed to
 * answer 2xx: those few hundred milliseconds answer 404.
 */
@WebListener
public class UndecodableRequestGuard implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(UndecodableRequestGuard.class.getName());

  /** Payara Server's administration listener needs encoded slashes; it is not ours to guard. */
  private static final Set<String> NOT_OURS = Set.of("admin-listener");

  private final List<Runnable> undo = new ArrayList<>();

  @Override
  public void contextInitialized(ServletContextEvent event) {
    try {
      for (FilterChain chain : httpChains(event.getServletContext().getClassLoader())) {
        install(chain);
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "The guard against undecodable requests is not installed", e);
      return;
    }
    if (undo.isEmpty()) {
      LOG.warning("The guard against undecodable requests found no HTTP listener to guard");
    } else {
      GrizzlyLog.takeOver();
      undo.add(GrizzlyLog::release);
      LOG.info("Requests that can't be decoded are refused on " + undo.size() + " listener(s)");
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    undo.forEach(Runnable::run);
    undo.clear();
  }

  private void install(FilterChain chain) {
    int codec = -1;
    int cache = -1;
    for (int i = 0; i < chain.size(); i++) {
      Filter filter = unwrapLeftBehind(chain, i);
      if (codec < 0 && filter instanceof org.glassfish.grizzly.http.HttpServerFilter) {
        codec = i;
      } else if (codec >= 0 && cache < 0 && filter instanceof FileCacheFilter) {
        cache = i;
      }
    }
    if (codec < 1 || cache < 0) {
      return; // not an HTTP chain of Payara's
    }
    HttpCodecFilter codecFilter = (HttpCodecFilter) chain.get(codec);
    int below = codec - 1;
    int above = cache;
    Filter lower = chain.get(below);
    Filter upper = chain.get(above);
    CodecErrors.Rewriter rewriter = new CodecErrors.Rewriter(lower);
    UndecodableRequestFilter checker = new UndecodableRequestFilter(upper);
    CodecErrors.Probe probe = new CodecErrors.Probe();
    codecFilter.getMonitoringConfig().addProbes(probe);
    // Replaced, never added: a live chain's size must not change (see DelegatingFilter).
    chain.set(below, rewriter);
    chain.set(above, checker);
    undo.add(
        () -> {
          codecFilter.getMonitoringConfig().removeProbes(probe);
          if (chain.get(above) == checker) {
            chain.set(above, upper);
          }
          if (chain.get(below) == rewriter) {
            chain.set(below, lower);
          }
        });
  }

  /**
   * The filter at {@code index}, after taking out any wrapper an earlier deployment of this
   * application left there (its classes came from another class loader).
   */
  private static Filter unwrapLeftBehind(FilterChain chain, int index) {
    Filter filter = chain.get(index);
    while (filter != null
        && filter
            .getClass()
            .getPackageName()
            .equals(UndecodableRequestGuard.class.getPackageName())) {
      try {
        Filter inner = (Filter) filter.getClass().getMethod("delegate").invoke(filter);
        chain.set(index, inner);
        filter = inner;
      } catch (ReflectiveOperationException e) {
        break;
      }
    }
    return filter;
  }

  /**
   * Every enabled network listener's root filter chain: Globals, the instance's network config,
   * GrizzlyService's proxy of each listener, its Grizzly listener, its transport's processor.
   */
  private static Set<FilterChain> httpChains(ClassLoader loader)
      throws ReflectiveOperationException {
    Set<FilterChain> chains = Collections.newSetFromMap(new IdentityHashMap<>());
    Class<?> networkConfig =
        Class.forName("org.glassfish.grizzly.config.dom.NetworkConfig", true, loader);
    Class<?> networkListeners =
        Class.forName("org.glassfish.grizzly.config.dom.NetworkListeners", true, loader);
    Class<?> networkListener =
        Class.forName("org.glassfish.grizzly.config.dom.NetworkListener", true, loader);
    Class<?> grizzlyService =
        Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, loader);
    Class<?> grizzlyProxy =
        Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyProxy", true, loader);
    Class<?> grizzlyListener =
        Class.forName("org.glassfish.grizzly.config.GenericGrizzlyListener", true, loader);

    Object config = PayaraServices.of(networkConfig.getName(), "default-instance-name", loader);
    Object service = PayaraServices.of(grizzlyService.getName(), loader);
    if (config == null || service == null) {
      return chains;
    }
    List<?> listeners =
        (List<?>)
            networkListeners
                .getMethod("getNetworkListener")
                .invoke(networkConfig.getMethod("getNetworkListeners").invoke(config));
    Method lookup = grizzlyService.getMethod("lookupNetworkProxy", networkListener);
    for (Object listener : listeners) {
      if (!Boolean.parseBoolean((String) networkListener.getMethod("getEnabled").invoke(listener))
          || NOT_OURS.contains((String) networkListener.getMethod("getName").invoke(listener))) {
        continue;
      }
      Object proxy = lookup.invoke(service, listener);
      if (!grizzlyProxy.isInstance(proxy)) {
        continue;
      }
      Object grizzly = grizzlyProxy.getMethod("getUnderlyingListener").invoke(proxy);
      if (!grizzlyListener.isInstance(grizzly)) {
        continue;
      }
      Transport transport = (Transport) grizzlyListener.getMethod("getTransport").invoke(grizzly);
      Processor<?> processor = transport.getProcessor();
      if (processor instanceof FilterChain chain) {
        chains.add(chain);
      }
    }
    return chains;
  }
}
