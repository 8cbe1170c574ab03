package org.cocrea.climate.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal survey links and the protection of unfinished answers.
 *
 * <ul>
 *   <li>The token in a personal link is HMAC-SHA256(installation secret, invitation nonce),
 *       base64url. Cocrea stores the nonce and the SHA-256 of the token, never the token: a copy of
 *       the database alone cannot produce anyone's link. Signed-in employees get the same token
 *       again, computed from the secret, so the mailed link and the in-app link are one.
 *   <li>Drafts (answers saved to finish later) are sealed with AES-256-GCM under a key derived
 *       from the token (HMAC-SHA256(token, "draft")), so they cannot be read from the database
 *       either.
 * </ul>
 *
 * <p>Every instance of a cluster must be configured with the same secret. Instances are
 * thread-safe.
 */
public final class SurveyLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int GCM_NONCE = 12;
    private static final int GCM_TAG_BITS = 128;
    /** Secrets shorter than this are refused: the links would be guessable. */
    public static final int MINIMUM_SECRET_LENGTH = 16;

    private final byte[] secret;

    public SurveyLinks(String secret) {
        if (secret == null || secret.length() < MINIMUM_SECRET_LENGTH) {
            throw new IllegalStateException("cocrea.survey.link-secret is missing or shorter than "
                    + MINIMUM_SECRET_LENGTH + " characters; set it to a long random value, the same on every instance");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh random nonce for a new invitation. */
    public static String newNonce() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The token of the personal link for an invitation's nonce. */
    public String token(String nonce) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(secret, nonce));
    }

    /** What is stored and looked up: the hex SHA-256 of a token. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encrypts a draft for the holder of {@code token}. */
    public static byte[] seal(String token, byte[] plain) {
        try {
            byte[] iv = new byte[GCM_NONCE];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, draftKey(token), new GCMParameterSpec(GCM_TAG_BITS, iv));
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the draft", e);
        }
    }

    /**
     * Decrypts a draft sealed with {@link #seal}.
     *
     * @throws IllegalArgumentException if the token is not the one it was sealed for, or the data
     *     was changed
     */
    public static byte[] open(String token, byte[] sealed) {
        if (sealed.length < GCM_NONCE + GCM_TAG_BITS / 8) {
            throw new IllegalArgumentException("the draft is damaged");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, draftKey(token), new GCMParameterSpec(GCM_TAG_BITS, sealed, 0, GCM_NONCE));
            return c.doFinal(sealed, GCM_NONCE, sealed.length - GCM_NONCE);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("the draft does not belong to this link or is damaged", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt the draft", e);
        }
    }

    private static SecretKeySpec draftKey(String token) {
        return new SecretKeySpec(hmac(token.getBytes(StandardCharsets.UTF_8), "draft"), "AES");
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
