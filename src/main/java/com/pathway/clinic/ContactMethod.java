package com.pathway.clinic;

/** How a lead prefers to be contacted. */
public enum ContactMethod {
    PHONE, SMS, EMAIL
}
