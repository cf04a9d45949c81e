package com.pathway.mail;

/**
 * Which staff e-mails a user wants. {@code address} is the account's address ({@code null}: no e-mail is sent
 * until an administrator adds one).
 */
public record MailSettings(String address, boolean dailyDigest, boolean dueNotices, boolean mentions) {
}
