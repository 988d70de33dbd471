package io.wattprint.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's TLS certificate chain and private key, read from PEM files with the JDK alone (no new dependency):
 * the certificates through {@link CertificateFactory} (X.509, PEM or DER, the server's first, then its chain), the key
 * as an unencrypted PKCS#8 {@code -----BEGIN PRIVATE KEY-----} block (RSA, EC or Ed25519), checked against the
 * certificate by signing and verifying a random challenge, then held in an in-memory PKCS#12 {@link KeyStore} for
 * Jetty's {@code SslContextFactory.Server}.
 *
 * @param keyStore the key store with one entry, {@link #ALIAS}
 * @param password the entry's and the store's password (random, in memory only)
 */
public record TlsIdentity(KeyStore keyStore, char[] password) {
    static final String ALIAS = "wattprint";
    private static final Pattern PKCS8 = Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    /** Why a PEM file cannot be used, naming the file; {@code option} says which of the two files it is about. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String option;

        Invalid(String option, String message) {
            super(message, null, false, false);
            this.option = option;
        }

        /** {@code --tls-cert} or {@code --tls-key}. */
        public String option() { return option; }
    }

    /** Reads the certificate chain and key; {@link Invalid} names the file and what it should hold. */
    public static TlsIdentity fromPem(Path certFile, Path keyFile) throws Invalid {
        X509Certificate[] chain = certificates(certFile);
        PrivateKey key = privateKey(keyFile);
        if (!matches(key, chain[0])) {
            throw new Invalid("--tls-key", keyFile + " is not the private key of the certificate in " + certFile);
        }
        try {
            char[] password = Base64.getEncoder().encodeToString(random()).toCharArray();
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, key, password, chain);
            return new TlsIdentity(ks, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new Invalid("--tls-key", "cannot hold the key of " + keyFile + ": " + e.getMessage());
        }
    }

    private static byte[] random() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static X509Certificate[] certificates(Path file) throws Invalid {
        byte[] bytes = read("--tls-cert", file);
        try {
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            Collection<? extends Certificate> certs = x509.generateCertificates(new ByteArrayInputStream(bytes));
            if (certs.isEmpty()) throw new Invalid("--tls-cert", file + " holds no certificate (expected PEM: -----BEGIN CERTIFICATE-----)");
            return certs.stream().map(c -> (X509Certificate) c).toArray(X509Certificate[]::new);
        } catch (GeneralSecurityException e) {
            throw new Invalid("--tls-cert", file + " is not an X.509 certificate in PEM (-----BEGIN CERTIFICATE-----): " + e.getMessage());
        }
    }

    private static PrivateKey privateKey(Path file) throws Invalid {
        String text = new String(read("--tls-key", file), StandardCharsets.US_ASCII);
        Matcher m = PKCS8.matcher(text);
        if (!m.find()) {
            String hint = text.contains("BEGIN RSA PRIVATE KEY") || text.contains("BEGIN EC PRIVATE KEY")
                    || text.contains("BEGIN ENCRYPTED PRIVATE KEY")
                    ? " (convert it: openssl pkcs8 -topk8 -nocrypt -in KEY -out key.pem)" : "";
            throw new Invalid("--tls-key", file + " holds no unencrypted PKCS#8 private key (expected PEM: -----BEGIN PRIVATE KEY-----)" + hint);
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new Invalid("--tls-key", file + ": the PEM block is not base64");
        }
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519", "EdDSA"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new Invalid("--tls-key", file + " holds a private key that is not RSA, EC or Ed25519 in PKCS#8");
    }

    /** True when the certificate's public key verifies a signature the private key made. */
    private static boolean matches(PrivateKey key, X509Certificate cert) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> key.getAlgorithm();   // Ed25519, EdDSA
        };
        try {
            byte[] challenge = random();
            Signature s = Signature.getInstance(algorithm);
            s.initSign(key);
            s.update(challenge);
            byte[] signature = s.sign();
            Signature v = Signature.getInstance(algorithm);
            v.initVerify(cert.getPublicKey());
            v.update(challenge);
            return v.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] read(String option, Path file) throws Invalid {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw new Invalid(option, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
