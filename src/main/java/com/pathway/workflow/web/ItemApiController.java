package com.pathway.workflow.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.shared.web.Problems;
import com.pathway.workflow.AvailableTransition;
import com.pathway.workflow.FieldChange;
import com.pathway.workflow.HistoryEntry;
import com.pathway.workflow.ItemFilter;
import com.pathway.workflow.NewWorkItem;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * Work items, Jira-like: {@code /api/v1/items}, {@code /{key}}, {@code /{key}/transitions},
 * {@code /{key}/history} and {@code /{key}/changelog}. The item's version is its {@code ETag};
 * sending it back as {@code If-Match} makes a transition fail with 409 when the item changed meanwhile.
 */
@RestController
@RequestMapping("/api/v1/items")
public class ItemApiController {

    private final WorkflowService workflow;

    public ItemApiController(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @GetMapping
    public Paging.PageBody<WorkItemView> list(@RequestParam(required = false) String project,
            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) StatusCategory category, @RequestParam(required = false) String assignee,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Paging.PageBody.of(workflow.search(new ItemFilter(project, type, status, category, assignee),
                Paging.request(page, size, Sort.by(Sort.Direction.DESC, "id"))));
    }

    @PostMapping
    public ResponseEntity<WorkItemView> create(@RequestBody NewWorkItem request) {
        WorkItemView item = workflow.create(request);
        return ResponseEntity.created(URI.create("/api/v1/items/" + item.key())).eTag(etag(item)).body(item);
    }

    @GetMapping("/{key}")
    public ResponseEntity<WorkItemView> get(@PathVariable String key) {
        WorkItemView item = workflow.get(key);
        return ResponseEntity.ok().eTag(etag(item)).body(item);
    }

    /** The transitions the caller may run now. */
    public record Transitions(List<AvailableTransition> transitions) {
    }

    @GetMapping("/{key}/transitions")
    public Transitions transitions(@PathVariable String key) {
        return new Transitions(workflow.availableTransitions(key));
    }

    /** Body of a transition: the transition's id or name, the screen's fields and an optional comment. */
    public record TransitionBody(String transition, Map<String, Object> fields, String comment) {
    }

    @PostMapping("/{key}/transitions")
    public ResponseEntity<Void> transition(@PathVariable String key, @RequestBody TransitionBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        WorkItemView item = workflow.transition(key,
                new TransitionRequest(body.transition(), body.fields(), body.comment(), version(ifMatch)));
        return ResponseEntity.noContent().eTag(etag(item)).build();
    }

    @GetMapping("/{key}/history")
    public Paging.PageBody<HistoryEntry> history(@PathVariable String key, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return Paging.PageBody.of(workflow.history(key, Paging.request(page, size, Sort.unsorted())));
    }

    /** Status history and field changes, each oldest first. */
    public record Changelog(Paging.PageBody<HistoryEntry> statuses, Paging.PageBody<FieldChange> fields) {
    }

    @GetMapping("/{key}/changelog")
    public Changelog changelog(@PathVariable String key, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var request = Paging.request(page, size, Sort.unsorted());
        return new Changelog(Paging.PageBody.of(workflow.history(key, request)),
                Paging.PageBody.of(workflow.fieldChanges(key, request)));
    }

    private static String etag(WorkItemView item) {
        return "\"" + item.version() + "\"";
    }

    /** The version in an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}), or null. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.problem(HttpStatus.BAD_REQUEST,
                    "bad-request", "Bad request", "If-Match must hold the ETag of the item, e.g. \"3\"."), e);
        }
    }
}
