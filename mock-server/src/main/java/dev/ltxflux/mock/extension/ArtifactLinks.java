package dev.ltxflux.mock.extension;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signed, expiring artifact URLs, like the real API's signed storage URLs: {@code /artifacts/<name>?expires=&sig=}. */
public final class ArtifactLinks {

    private final byte[] key = new byte[32];

    public ArtifactLinks() {
        new SecureRandom().nextBytes(key);
    }

    public String url(String origin, String name, Instant expires) {
        long millis = expires.toEpochMilli();
        return origin + "/artifacts/" + name + "?expires=" + millis + "&sig=" + sign(name, millis);
    }

    /** Whether {@code sig} is this server's signature of {@code name} and {@code expires}. */
    public boolean verify(String name, long expires, String sig) {
        return sig != null && MessageDigest.isEqual(sign(name, expires).getBytes(StandardCharsets.US_ASCII),
                sig.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String name, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((name + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }
}
