package com.pathway.clinic;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Stored phone numbers (E.164) as staff read and dial them, and the digits a partial search matches:
 * numbers of the clinic's country ({@code pathway.clinic.default-region}) in its national format,
 * others in the international one.
 */
@Component
public class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String region;

    public Phones(LeadProperties properties) {
        this.region = properties.defaultRegion();
    }

    /** "(555) 555-0177" for a number of the clinic's country, "+44 20 7946 0018" for another; as stored if unreadable. */
    public String display(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        try {
            PhoneNumber number = UTIL.parse(e164, region);
            boolean home = region.equals(UTIL.getRegionCodeForNumber(number));
            return UTIL.format(number, home ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** The {@code tel:} address of a stored number (RFC 3966), or null for none. */
    public static String telHref(String e164) {
        return e164 == null || e164.isBlank() ? null : "tel:" + e164.strip().replaceAll("[^+\\d]", "");
    }

    /**
     * What a partial phone search looks in: the digits of each number in E.164 and in its own national
     * format (with a trunk prefix such as 0, where the country has one), separated by spaces, so that
     * "555-0177" and "020 7946" both find their number. Null when the lead has no phone.
     */
    public static String searchDigits(String phone, String altPhone) {
        Set<String> parts = new LinkedHashSet<>();
        for (String number : new String[] {phone, altPhone}) {
            if (number == null || number.isBlank()) {
                continue;
            }
            String digits = number.replaceAll("\\D", "");
            parts.add(digits);
            try {
                String national = UTIL.format(UTIL.parse(number, "ZZ"), PhoneNumberFormat.NATIONAL).replaceAll("\\D", "");
                if (!digits.contains(national)) {
                    parts.add(national);
                }
            } catch (NumberParseException e) {
                // Stored numbers are E.164; one that is not is searched by its digits alone.
            }
        }
        parts.removeIf(String::isEmpty);
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
