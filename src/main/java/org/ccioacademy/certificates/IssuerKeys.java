package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.ccioacademy.platform.security.AppSecrets;

/**
 * The issuer's Ed25519 key pair, which signs the Open Badges credentials: made on first use and
 * kept in the database ({@code app_secret}), shared by every instance, never in the repository or
 * configuration. The public key is published (JWKS) so anyone can check a credential offline.
 */
@ApplicationScoped
public class IssuerKeys {

  static final String NAME = "badge-signing-key-ed25519";

  @Inject AppSecrets secrets;

  private volatile KeyPair pair;

  public KeyPair pair() {
    KeyPair p = pair;
    if (p == null) {
      p = decode(secrets.secret(NAME, IssuerKeys::fresh));
      pair = p;
    }
    return p;
  }

  /** The raw 32-byte public key (the JWK's {@code x}). */
  public byte[] publicKeyBytes() {
    return raw(pair().getPublic());
  }

  /** The last 32 bytes of the X.509 encoding of an Ed25519 public key are the key itself. */
  static byte[] raw(PublicKey key) {
    byte[] der = key.getEncoded();
    return Arrays.copyOfRange(der, der.length - 32, der.length);
  }

  /** A new key pair, stored as: length of the public key's X.509 form, that form, then PKCS #8. */
  static byte[] fresh() {
    try {
      KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      byte[] pub = kp.getPublic().getEncoded();
      byte[] priv = kp.getPrivate().getEncoded();
      return ByteBuffer.allocate(4 + pub.length + priv.length)
          .putInt(pub.length)
          .put(pub)
          .put(priv)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is not available", e);
    }
  }

  static KeyPair decode(byte[] stored) {
    try {
      ByteBuffer b = ByteBuffer.wrap(stored);
      byte[] pub = new byte[b.getInt()];
      b.get(pub);
      byte[] priv = new byte[b.remaining()];
      b.get(priv);
      KeyFactory kf = KeyFactory.getInstance("Ed25519");
      PublicKey publicKey = kf.generatePublic(new X509EncodedKeySpec(pub));
      PrivateKey privateKey = kf.generatePrivate(new PKCS8EncodedKeySpec(priv));
      return new KeyPair(publicKey, privateKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The stored issuer key cannot be read", e);
    }
  }
}
