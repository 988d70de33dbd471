package io.wattprint.server;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The HTTPS connector that replaces Javalin's plain one when {@link ServerConfig#tls()} is set: Jetty 12's
 * {@link SslContextFactory.Server} over the {@link TlsIdentity}'s in-memory key store, HTTP/1.1 inside TLS, on the
 * configured address and port. Protocols and cipher suites are Jetty's and the JDK's defaults (the JDK's
 * {@code jdk.tls.disabledAlgorithms} turns off SSLv3, TLS 1.0 and 1.1; Jetty excludes the SSL protocols and the
 * MD5/SHA-1, {@code TLS_RSA_*}, NULL and anon suites). The SNI host check is off: the server has one certificate, and clients that
 * connect by IP address send no SNI.
 */
final class Tls {
    private Tls() {}

    static Connector connector(Server server, HttpConfiguration http, ServerConfig config) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(config.tls().keyStore());
        ssl.setKeyStorePassword(new String(config.tls().password()));
        ssl.setKeyManagerPassword(new String(config.tls().password()));
        ssl.setCertAlias(TlsIdentity.ALIAS);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        SslConnectionFactory tls = new SslConnectionFactory(ssl, "http/1.1");
        ServerConnector c = new ServerConnector(server, tls, new HttpConnectionFactory(http));
        c.setHost(config.bind());
        c.setPort(config.port());
        return c;
    }
}
