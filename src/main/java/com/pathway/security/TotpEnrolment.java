package com.pathway.security;

/**
 * A secret offered to the user's authenticator app, not yet active: the user confirms it with a code.
 *
 * @param secret the Base32 secret, to be handed back with the confirming code
 * @param manualKey the secret in groups of four, for typing into an app
 * @param otpauthUri the {@code otpauth://} address the QR code carries
 * @param qrCodeDataUri the QR code as a PNG {@code data:} URI
 */
public record TotpEnrolment(String secret, String manualKey, String otpauthUri, String qrCodeDataUri) {

    @Override
    public String toString() {
        return "TotpEnrolment[secret hidden]";
    }
}
