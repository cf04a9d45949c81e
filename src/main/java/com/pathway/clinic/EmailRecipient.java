package com.pathway.clinic;

/**
 * A lead who may be e-mailed: the e-mail consent is recorded and an address is on file. First name and key
 * only, the least a message to the lead needs.
 */
public record EmailRecipient(long leadId, String key, String firstName, String email) {
}
