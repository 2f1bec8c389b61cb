package org.njalla4j.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyTypeTest {

    @ParameterizedTest
    @CsvSource({"ec-p256, EC_P256", "EC-P384, EC_P384", "rsa-2048, RSA_2048",
        " rsa-3072 , RSA_3072", "rsa-4096, RSA_4096"})
    void parse_acceptsCommandLineNames(String name, KeyType expected) {
        assertEquals(expected, KeyType.parse(name));
    }

    @Test
    void parse_rejectsUnknownNameWithChoices() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> KeyType.parse("dsa"));
        assertTrue(e.getMessage().contains("'dsa'"), e.getMessage());
        assertTrue(e.getMessage().contains("ec-p256, ec-p384, rsa-2048"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"EC_P256, EC P-256", "EC_P384, EC P-384", "RSA_2048, RSA 2048"})
    void generate_producesDescribedKey(KeyType type, String description) {
        KeyPair pair = type.generate();
        assertEquals(description, KeyType.describe(pair.getPublic()));
    }

    @Test
    void default_isEcP256() {
        assertEquals(KeyType.EC_P256, KeyType.DEFAULT);
    }
}
