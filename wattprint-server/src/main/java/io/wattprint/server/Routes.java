package io.wattprint.server;

/**
 * A group of routes a {@link WattprintServer} serves: the server's own, and those another module adds (the
 * CodeCarbon-compatible API registers itself this way). Each route declares what it needs of the caller's token;
 * the server checks that, the body limit and errors before and after the handler.
 */
@FunctionalInterface
public interface Routes {
    void register(RouteRegistry routes);
}
