package com.pathway.clinic.treatment.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.clinic.treatment.VitalLimits;
import com.pathway.clinic.treatment.VitalRange;
import com.pathway.clinic.treatment.VitalRanges;
import com.pathway.clinic.treatment.VitalThresholdService;
import com.pathway.shared.web.IfMatch;

/**
 * The clinic's vital-sign ranges over REST ({@link VitalThresholdService}): clinicians and administrators read
 * them; administrators change one sign's range, naming the {@code version} they read in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/clinic/vital-thresholds")
public class VitalThresholdApiController {

    private final VitalThresholdService thresholds;

    public VitalThresholdApiController(VitalThresholdService thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping
    public VitalRanges ranges() {
        return thresholds.ranges();
    }

    /** Changes one sign's range ({@code SYSTOLIC}, {@code HEART_RATE}, ...); a null limit is no limit. */
    @PutMapping("/{sign}")
    public ResponseEntity<VitalRange> change(@PathVariable String sign, @RequestBody(required = false) VitalLimits body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        VitalRange changed = thresholds.change(sign, body, IfMatch.version(ifMatch, "range"));
        return ResponseEntity.ok().eTag("\"" + changed.version() + "\"").body(changed);
    }
}
