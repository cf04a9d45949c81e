package com.pathway.clinic.outcomes.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.pathway.clinic.outcomes.Instrument;
import com.pathway.clinic.outcomes.MeasureView;
import com.pathway.clinic.outcomes.Scoring.Score;

/** A recorded questionnaire; never changed once recorded. Answers are kept as item scores separated by commas. */
@Entity
@Table(name = "outcome_measure")
public class OutcomeMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "item_key", nullable = false, updatable = false, length = 24)
    private String itemKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private Instrument instrument;
    @Convert(converter = OutcomeEncryption.Answers.class)
    @Column(nullable = false, updatable = false)
    private String answers;
    @Column(nullable = false, updatable = false)
    private int total;
    @Column(updatable = false, length = 80)
    private String band;
    @Column(nullable = false, updatable = false)
    private boolean flagged;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_by_name", nullable = false, updatable = false, length = 120)
    private String recordedByName;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected OutcomeMeasure() {
    }

    public OutcomeMeasure(long itemId, String itemKey, Score score, String by, String byName, Instant at) {
        this.itemId = itemId;
        this.itemKey = itemKey;
        this.instrument = score.instrument();
        this.answers = score.answers().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.total = score.total();
        this.band = score.band();
        this.flagged = score.flagged();
        this.recordedBy = by;
        this.recordedByName = byName;
        this.recordedAt = at;
    }

    public MeasureView view() {
        List<Integer> scores = Arrays.stream(answers.split(",")).map(Integer::valueOf).toList();
        return new MeasureView(id, itemKey, instrument, scores, total, instrument.maxTotal(), band, flagged, recordedBy,
                recordedByName, recordedAt);
    }

    public Long getId() {
        return id;
    }
}
