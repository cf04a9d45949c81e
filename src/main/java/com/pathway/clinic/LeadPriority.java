package com.pathway.clinic;

public enum LeadPriority {
    LOW, NORMAL, HIGH, URGENT
}
