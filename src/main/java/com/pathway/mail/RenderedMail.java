package com.pathway.mail;

/** A message as it would be sent: subject and plain-text body. */
public record RenderedMail(String subject, String body) {
}
