package io.wattprint.ledger;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a connection and counts the statements prepared or created on it: the round trips a read costs. */
final class StatementCounter {
    private final AtomicInteger count = new AtomicInteger();
    private final Connection connection;

    StatementCounter(Connection target) {
        connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("createStatement")) count.incrementAndGet();
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    Connection connection() { return connection; }

    int statements() { return count.get(); }

    void reset() { count.set(0); }
}
