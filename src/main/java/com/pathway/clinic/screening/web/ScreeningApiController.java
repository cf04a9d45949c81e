package com.pathway.clinic.screening.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.clinic.screening.ScreeningDraft;
import com.pathway.clinic.screening.ScreeningRecord;
import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.ScreeningView;
import com.pathway.clinic.screening.TreatmentConsent;
import com.pathway.clinic.screening.TreatmentConsentInput;

/**
 * A lead's screening and treatment consent over REST, for clinicians, with the rules of
 * {@link ScreeningService}: read it, save a draft's answers, sign it, start a new version of a signed one,
 * and record the consent. A lead the caller may not read is 404, like an unknown one.
 */
@RestController
@RequestMapping("/api/v1/leads/{key}")
public class ScreeningApiController {

    private final ScreeningService screenings;

    public ScreeningApiController(ScreeningService screenings) {
        this.screenings = screenings;
    }

    @GetMapping("/screening")
    public ScreeningRecord get(@PathVariable String key) {
        return screenings.get(key);
    }

    /** Saves answers on the open draft (starting the first screening); {@code version} is the draft's. */
    @PostMapping("/screening")
    public ScreeningView saveDraft(@PathVariable String key, @RequestBody(required = false) ScreeningDraft body) {
        return screenings.saveDraft(key, body);
    }

    /** Saves the answers sent and signs the draft; refused, with nothing saved, while a yes/no item is open. */
    @PostMapping("/screening/sign")
    public ScreeningView sign(@PathVariable String key, @RequestBody(required = false) ScreeningDraft body) {
        return screenings.sign(key, body);
    }

    /** Starts a new version of the signed screening, which stays as signed. */
    @PostMapping("/screening/revisions")
    public ResponseEntity<ScreeningView> revise(@PathVariable String key) {
        ScreeningView draft = screenings.revise(key);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + draft.leadKey() + "/screening")).body(draft);
    }

    @PutMapping("/treatment-consent")
    public TreatmentConsent consent(@PathVariable String key,
            @RequestBody(required = false) TreatmentConsentInput body) {
        return screenings.recordConsent(key, body);
    }
}
