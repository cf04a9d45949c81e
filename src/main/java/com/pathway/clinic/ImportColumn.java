package com.pathway.clinic;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * What a column of an imported CSV file holds. A header is matched to a column by its name without
 * case, accents, spaces or punctuation ("E-mail address" is {@code emailaddress}).
 */
public enum ImportColumn {
    IGNORE("Do not import", null),
    FIRST_NAME("First name", "firstName", "firstname", "first", "givenname", "forename", "vorname", "prenom"),
    LAST_NAME("Last name", "lastName", "lastname", "last", "surname", "familyname", "nachname", "nom"),
    FULL_NAME("Full name", "firstName", "name", "fullname", "patientname", "contactname"),
    EMAIL("Email", "email", "email", "emailaddress", "mail"),
    PHONE("Phone", "phone", "phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "cell",
            "cellphone"),
    ALT_PHONE("Other phone", "altPhone", "altphone", "otherphone", "phone2", "alternatephone", "homephone",
            "workphone"),
    DATE_OF_BIRTH("Date of birth", "dateOfBirth", "dateofbirth", "dob", "birthdate", "birthday", "born"),
    CONDITION("Condition of interest", "conditionOfInterest", "condition", "conditionofinterest", "interest",
            "interestedin"),
    SOURCE("Source", "source", "source", "leadsource", "channel", "origin"),
    MESSAGE("Message", "message", "message", "notes", "note", "comment", "comments", "inquiry"),
    PREFERRED_CONTACT("Preferred contact", "preferredContact", "preferredcontact", "contactmethod",
            "contactpreference", "preferredcontactmethod"),
    CONTACT_CONSENT("Consent to be contacted", "phoneConsent", "consent", "contactconsent", "consenttocontact",
            "mayContact"),
    PHONE_CONSENT("Phone consent", "phoneConsent", "phoneconsent", "callconsent", "consenttocall"),
    SMS_CONSENT("SMS consent", "smsConsent", "smsconsent", "textconsent"),
    EMAIL_CONSENT("Email consent", "emailConsent", "emailconsent"),
    PRIVACY_NOTICE("Privacy notice accepted", "privacyNotice", "privacynotice", "privacy", "privacyconsent",
            "privacyaccepted"),
    TAGS("Tags", "tags", "tags", "labels"),
    PAYER("Payer", "payer", "payer", "insurance", "insurer"),
    CAMPAIGN("Campaign", "campaignName", "campaign", "utmcampaign", "campaignname");

    private final String label;
    private final String field;
    private final List<String> names;

    ImportColumn(String label, String field, String... names) {
        this.label = label;
        this.field = field;
        this.names = List.of(names);
    }

    public String label() {
        return label;
    }

    /** The {@link LeadForm} field this column fills, as the form's checks name it. */
    public String field() {
        return field;
    }

    /** The column a header names, or {@link #IGNORE} when none matches. */
    public static ImportColumn guess(String header) {
        String key = key(header);
        for (ImportColumn column : values()) {
            if (column.names.stream().anyMatch(name -> key(name).equals(key))) {
                return column;
            }
        }
        return IGNORE;
    }

    /** The label of the column that fills {@code field}, for row errors; the field itself if none does. */
    public static String labelOf(String field) {
        for (ImportColumn column : values()) {
            if (field.equals(column.field) && column != FULL_NAME && column != CONTACT_CONSENT) {
                return column.label;
            }
        }
        return field;
    }

    static String key(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
