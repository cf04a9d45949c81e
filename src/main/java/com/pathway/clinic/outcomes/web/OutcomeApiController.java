package com.pathway.clinic.outcomes.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.clinic.outcomes.MeasureView;
import com.pathway.clinic.outcomes.NewMeasure;
import com.pathway.clinic.outcomes.OutcomeRecord;
import com.pathway.clinic.outcomes.OutcomeService;

/**
 * A lead's outcome measures over REST, for clinicians, with the rules of {@link OutcomeService}: the history
 * per instrument with its trend, and recording one with every item answered.
 */
@RestController
@RequestMapping("/api/v1/leads/{key}/measures")
public class OutcomeApiController {

    private final OutcomeService outcomes;

    public OutcomeApiController(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping
    public OutcomeRecord history(@PathVariable String key) {
        return outcomes.history(key);
    }

    @PostMapping
    public ResponseEntity<MeasureView> record(@PathVariable String key, @RequestBody(required = false) NewMeasure body) {
        MeasureView measure = outcomes.record(key, body);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + measure.leadKey() + "/measures")).body(measure);
    }
}
