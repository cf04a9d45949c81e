package com.pathway.demo.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;

/** How inquiries arrive: mostly the web form, then phone and referrals, some from campaigns with UTM fields. */
final class Inquiries {

    /** The actor of inquiries sent by the clinic's web site (as the public inquiry API records them). */
    static final String WEB_FORM_ACTOR = "web-form";
    static final String COORDINATOR = "intake";

    private static final Map<LeadSource, Integer> SOURCES = weights(LeadSource.WEB_FORM, 44, LeadSource.PHONE, 20,
            LeadSource.REFERRAL, 18, LeadSource.CAMPAIGN, 12, LeadSource.WALK_IN, 4, LeadSource.OTHER, 2);
    private static final List<String[]> CAMPAIGNS = List.of(
            new String[] {"google", "cpc", "trd-awareness"}, new String[] {"google", "cpc", "ketamine-therapy-info"},
            new String[] {"facebook", "social", "ptsd-support"}, new String[] {"instagram", "social", "new-year-care"},
            new String[] {"newsletter", "email", "monthly-update"}, new String[] {"bing", "cpc", "depression-help"},
            new String[] {"podcast", "audio", "mental-health-week"});
    private static final List<String> PAYERS = List.of("Northwind Health Plan", "Contoso Mutual", "Fabrikam Care",
            "Tailspin Insurance", "Veterans benefits");
    private static final List<String> MESSAGES = List.of(
            "I would like to know whether I could be a candidate for treatment.",
            "My psychiatrist suggested I ask about a consultation.",
            "Several medications have not helped. What are the next steps?",
            "Asking for my partner, who would like a call back.",
            "Do you accept insurance, and how long is the wait for a consultation?",
            "Please call me about the consultation process.",
            "I read about your clinic and would like more information.");
    private static final List<String> TAGS = List.of("veteran", "spanish-speaking", "evening-only", "returning",
            "transport-needed");

    private Inquiries() {
    }

    static Inquiry inquiry(SplittableRandom random, Instant at, List<String> conditions, int referrers) {
        LeadSource source = Weighted.pick(SOURCES, random);
        String[] utm = source == LeadSource.CAMPAIGN || (source == LeadSource.WEB_FORM && random.nextInt(10) < 4)
                ? Weighted.pick(CAMPAIGNS, random) : null;
        int referrer = source == LeadSource.REFERRAL && referrers > 0 ? random.nextInt(referrers) : -1;
        String condition = random.nextInt(12) == 0 ? null : conditions.get(Math.min(conditions.size() - 1,
                skewed(random, conditions.size())));
        boolean selfPay = random.nextInt(10) < 6;
        String payer = selfPay ? null : Weighted.pick(PAYERS, random);
        LeadPriority priority = random.nextInt(20) == 0 ? LeadPriority.HIGH
                : random.nextInt(25) == 0 ? LeadPriority.LOW : LeadPriority.NORMAL;
        String tags = random.nextInt(8) == 0 ? Weighted.pick(TAGS, random) : null;
        boolean web = source == LeadSource.WEB_FORM;
        String message = web || random.nextInt(4) == 0 ? Weighted.pick(MESSAGES, random) : null;
        String consentSource = switch (source) {
            case WEB_FORM -> "web form";
            case PHONE, CAMPAIGN -> "phone call";
            case REFERRAL -> "referral form";
            case WALK_IN -> "in person";
            case OTHER -> "intake form";
        };
        return new Inquiry(source, utm == null ? null : utm[0], utm == null ? null : utm[1], utm == null ? null : utm[2],
                referrer, condition, payer, selfPay, priority, tags, message, web ? WEB_FORM_ACTOR : COORDINATOR,
                web ? "Web inquiry" : "Lead", consentSource, random.nextInt(3) == 0, random.nextInt(3) < 2, at);
    }

    /** Earlier entries of the list (depression first) are the most common. */
    private static int skewed(SplittableRandom random, int size) {
        double u = random.nextDouble();
        return (int) Math.floor(size * u * u);
    }

    private static Map<LeadSource, Integer> weights(Object... pairs) {
        Map<LeadSource, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((LeadSource) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
