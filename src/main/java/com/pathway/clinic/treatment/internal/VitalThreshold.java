package com.pathway.clinic.treatment.internal;

import java.time.Instant;

import com.pathway.clinic.treatment.VitalRange;
import com.pathway.clinic.treatment.VitalSign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The clinic's range for one vital sign: seeded from the installation's settings ({@code shipped}), then
 * the clinic's own once an administrator changes it (who and when are kept; the audit trail has each change).
 */
@Entity
@Table(name = "vital_threshold")
public class VitalThreshold {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private VitalSign sign;
    @Column(name = "low_limit")
    private Integer low;
    @Column(name = "high_limit")
    private Integer high;
    @Column(nullable = false)
    private boolean shipped;
    @Column(name = "changed_by", length = 100)
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Version
    private long version;

    protected VitalThreshold() {
    }

    /** A shipped range, as the installation's settings give it. */
    public VitalThreshold(VitalSign sign, Integer low, Integer high) {
        this.sign = sign;
        this.low = low;
        this.high = high;
        this.shipped = true;
    }

    /** The clinic's change: from now on the range is the clinic's own rather than the shipped one. */
    public void change(Integer low, Integer high, String by, Instant at) {
        this.low = low;
        this.high = high;
        this.shipped = false;
        this.changedBy = by;
        this.changedAt = at;
    }

    public VitalRange view() {
        return new VitalRange(sign, low, high, shipped, changedBy, changedAt, version);
    }

    public VitalSign getSign() {
        return sign;
    }

    public long getVersion() {
        return version;
    }
}
