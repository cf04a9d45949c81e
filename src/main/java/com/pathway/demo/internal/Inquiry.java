package com.pathway.demo.internal;

import java.time.Instant;

import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;

/**
 * How a lead came to the clinic and what it asked for.
 *
 * @param referrer the index of the referring provider in {@link Referrers#ALL}, or -1
 * @param consentSource how consents were given ("web form", "phone call", ...)
 * @param emailConsent whether the person agreed to e-mail
 */
public record Inquiry(LeadSource source, String campaignSource, String campaignMedium, String campaignName,
        int referrer, String condition, String payer, boolean selfPay, LeadPriority priority, String tags,
        String message, String reporter, String summary, String consentSource, boolean smsConsent,
        boolean emailConsent, Instant at) {
}
