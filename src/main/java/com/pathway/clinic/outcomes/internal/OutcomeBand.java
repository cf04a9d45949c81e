package com.pathway.clinic.outcomes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.pathway.clinic.outcomes.Band;
import com.pathway.clinic.outcomes.Instrument;

/** One of the clinic's severity bands for an instrument. */
@Entity
@Table(name = "outcome_band")
public class OutcomeBand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Instrument instrument;
    @Column(name = "min_score", nullable = false)
    private int minScore;
    @Column(nullable = false, length = 80)
    private String label;

    protected OutcomeBand() {
    }

    public OutcomeBand(Instrument instrument, int minScore, String label) {
        this.instrument = instrument;
        this.minScore = minScore;
        this.label = label;
    }

    public Band view() {
        return new Band(minScore, label);
    }
}
