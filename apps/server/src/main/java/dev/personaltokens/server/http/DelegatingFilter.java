package dev.personaltokens.server.http;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;

/**
 * Takes the place of one of Payara's filters in its chain and passes everything on to it: a live
 * chain can't grow (each open connection keeps state sized to it), so the guard wraps filters that
 * are there instead of adding its own.
 */
abstract class DelegatingFilter implements Filter {

  final Filter delegate;

  DelegatingFilter(Filter delegate) {
    this.delegate = delegate;
  }

  /** The filter it stands for; public, so that a later deployment can unwrap one left behind. */
  public Filter delegate() {
    return delegate;
  }

  @Override
  public void onAdded(FilterChain chain) {
    // the wrapped filter is in the chain already
  }

  @Override
  public void onRemoved(FilterChain chain) {
    // the wrapped filter stays
  }

  @Override
  public void onFilterChainChanged(FilterChain chain) {
    delegate.onFilterChainChanged(chain);
  }

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    return delegate.handleRead(ctx);
  }

  @Override
  public NextAction handleWrite(FilterChainContext ctx) throws IOException {
    return delegate.handleWrite(ctx);
  }

  @Override
  public NextAction handleConnect(FilterChainContext ctx) throws IOException {
    return delegate.handleConnect(ctx);
  }

  @Override
  public NextAction handleAccept(FilterChainContext ctx) throws IOException {
    return delegate.handleAccept(ctx);
  }

  @Override
  public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
    return delegate.handleEvent(ctx, event);
  }

  @Override
  public NextAction handleClose(FilterChainContext ctx) throws IOException {
    return delegate.handleClose(ctx);
  }

  @Override
  public void exceptionOccurred(FilterChainContext ctx, Throwable error) {
    delegate.exceptionOccurred(ctx, error);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + delegate + ")";
  }
}
