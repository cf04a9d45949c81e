package com.pathway.clinic;

/** How a lead came to the clinic. */
public enum LeadSource {
    WEB_FORM, PHONE, REFERRAL, WALK_IN, CAMPAIGN, OTHER
}
