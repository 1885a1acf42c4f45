package org.plasticitylab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void emptyInputGivesTheStandardDigest() {
        assertThat(Sha256.hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void everyLengthAroundTheBlockBoundariesMatchesTheJdk() throws NoSuchAlgorithmException {
        StringBuilder text = new StringBuilder();
        for (int length = 0; length < 200; length++) {
            byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
            String jdk = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(data));
            assertThat(Sha256.hex(data)).as("length %d", data.length).isEqualTo(jdk);
            text.append((char) ('a' + length % 26));
        }
    }

    @Test
    void bytesAboveSeventyFMatchTheJdk() throws NoSuchAlgorithmException {
        byte[] data = "Störung – ΔP".getBytes(StandardCharsets.UTF_8);
        assertThat(Sha256.hex(data)).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(data)));
    }
}
