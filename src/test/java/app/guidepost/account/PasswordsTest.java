package app.guidepost.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  @Test
  void theDecoyIsEncodedAsARealHashOfTheSameCostAndMatchesNoPassword() throws Exception {
    String decoy = Passwords.decoyHash(650_000, new SecureRandom());

    String[] parts = decoy.split(":");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(parts[1]).isEqualTo("650000");
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] key = Base64.getDecoder().decode(parts[3]);
    assertThat(salt).hasSize(Passwords.SALT_BYTES);
    assertThat(key).hasSize(Passwords.KEY_BYTES);
    // What verifying derives (here with few iterations: the comparison, not the cost, is checked).
    byte[] derived = SecretKeyFactory.getInstance(parts[0])
        .generateSecret(new PBEKeySpec("decoy password".toCharArray(), salt, 1_000, key.length * 8)).getEncoded();
    assertThat(derived).hasSameSizeAs(key).isNotEqualTo(key);
  }

  @Test
  void everyStartHasADecoyOfItsOwn() {
    assertThat(Passwords.decoyHash(600_000, new SecureRandom())).isNotEqualTo(Passwords.decoyHash(600_000, new SecureRandom()));
  }
}
