package com.pathway.clinic.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.clinic.Assignee;
import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.BulkAssignment;
import com.pathway.clinic.LeadAssignees;
import com.pathway.clinic.LeadAssignmentService;
import com.pathway.shared.ConflictException;
import com.pathway.shared.web.Problems;

/**
 * A lead's coordinator and clinician over REST, with the rules of {@link LeadAssignmentService}:
 * who holds them, assigning someone (or nobody), "assign to me", the people who may be picked, and a
 * manager's reassignment of many leads (preview, then apply). {@code {field}} is {@code coordinator} or
 * {@code clinician}. {@code If-Match} with the lead's ETag is optional; when sent, a lead changed
 * meanwhile answers 412.
 */
@RestController
@RequestMapping("/api/v1/leads")
public class LeadAssignmentController {

    private final LeadAssignmentService assignments;

    public LeadAssignmentController(LeadAssignmentService assignments) {
        this.assignments = assignments;
    }

    /** Whom to assign: a user name, or {@code null} (or empty) to clear the field. */
    public record AssignBody(String username) {
    }

    /** Many leads, one field, one person ({@code null} clears the field). */
    public record BulkBody(List<String> keys, String field, String username) {
    }

    @GetMapping("/{key}/assignees")
    public ResponseEntity<LeadAssignees> assignees(@PathVariable String key) {
        return answer(assignments.assignees(key));
    }

    @PutMapping("/{key}/assignees/{field}")
    public ResponseEntity<LeadAssignees> assign(@PathVariable String key, @PathVariable String field,
            @RequestBody AssignBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long version = ifMatch == null ? null : LeadApiController.version(ifMatch);
        try {
            return answer(assignments.assign(key, field(field), body == null ? null : body.username(), version));
        } catch (ConflictException e) {
            throw version == null ? e : stale(e);
        }
    }

    @PostMapping("/{key}/assignees/{field}/me")
    public ResponseEntity<LeadAssignees> assignToMe(@PathVariable String key, @PathVariable String field,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long version = ifMatch == null ? null : LeadApiController.version(ifMatch);
        try {
            return answer(assignments.assignToMe(key, field(field), version));
        } catch (ConflictException e) {
            throw version == null ? e : stale(e);
        }
    }

    /** Active people with a role that fits the field whose name contains {@code q}. */
    @GetMapping("/assignments/candidates")
    public List<Assignee> candidates(@RequestParam String field, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "20") int limit) {
        return assignments.candidates(field(field), q, limit);
    }

    /** What reassigning these leads would change, lead by lead; changes nothing. */
    @PostMapping("/assignments/preview")
    public BulkAssignment preview(@RequestBody BulkBody body) {
        return assignments.previewMany(body.keys(), field(body.field()), body.username());
    }

    /** Reassigns these leads, each on its own; the answer says lead by lead what was done or refused and why. */
    @PostMapping("/assignments")
    public BulkAssignment assignMany(@RequestBody BulkBody body) {
        return assignments.assignMany(body.keys(), field(body.field()), body.username());
    }

    /** The field by name; an unknown one goes on as {@code null}, which the service refuses after its access check. */
    private static AssignmentField field(String name) {
        return name == null ? null : AssignmentField.ofUserField(name.strip().toLowerCase(Locale.ROOT)).orElse(null);
    }

    private static ResponseEntity<LeadAssignees> answer(LeadAssignees assignees) {
        return ResponseEntity.ok().eTag("\"" + assignees.version() + "\"").body(assignees);
    }

    private static ErrorResponseException stale(ConflictException e) {
        return new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, Problems.problem(
                HttpStatus.PRECONDITION_FAILED, "stale", "Precondition failed", e.getMessage()), e);
    }
}
