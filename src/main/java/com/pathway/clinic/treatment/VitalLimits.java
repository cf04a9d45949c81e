package com.pathway.clinic.treatment;

/**
 * A clinic's range for one vital sign as an administrator enters it: the lowest and highest reading inside
 * it, either left empty for no limit on that side.
 */
public record VitalLimits(Integer low, Integer high) {
}
