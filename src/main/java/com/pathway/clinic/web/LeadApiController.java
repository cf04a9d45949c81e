package com.pathway.clinic.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.pathway.clinic.LeadCount;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadPage;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSummary;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.web.IfMatch;
import com.pathway.shared.web.Problems;
import com.pathway.shared.web.SearchTextInAddress;

/**
 * Leads over REST for signed-in users, with the roles of {@link LeadService}: the list with the
 * same filters as the lead list, one lead (its version as {@code ETag}), creation, and partial
 * changes ({@code PATCH} with {@code If-Match}: 412 when someone else saved first).
 */
@RestController
@RequestMapping("/api/v1/leads")
public class LeadApiController {

    private final LeadService leads;
    private final JsonMapper json;

    public LeadApiController(LeadService leads, JsonMapper json) {
        this.leads = leads;
        this.json = json;
    }

    /**
     * One page of leads: {@code nextPageToken} asks for the next one (null on the last page, where
     * {@code isLast} is true); {@code page} is the page number when the request gave one, else null.
     */
    public record PageBody(List<LeadSummary> items, int size, Integer page, String nextPageToken, boolean isLast) {
    }

    /** How many leads match: exact up to 10,000 ({@code atLeast} false), else 10,000 and {@code atLeast} true. */
    public record CountBody(long count, boolean atLeast, String text) {
    }

    /**
     * A page of leads with the filters of the lead list; {@code overdue=true} keeps only leads that
     * have stayed in their open status longer than it allows; {@code stage} keeps leads in a status of
     * that stage of the clinic workflow; {@code status} may be repeated (any of them); {@code created}
     * is {@code today} or {@code week} in the clinic's time zone; {@code reached} keeps leads whose history shows
     * they reached that stage (entered it or a later one; merged and duplicate leads never count), optionally
     * first getting that far between {@code reachedFrom} (inclusive) and {@code reachedTo} (exclusive), ISO-8601
     * instants: the dashboard funnel's rule; {@code campaign} keeps the leads of a campaign, by its name, as the
     * dashboard counts them. Bad values answer 422, each by name (an unknown stage as {@code reached}).
     * Pages follow each other by {@code nextPageToken} (keyset paging: every page costs the same however
     * deep), with the same filters and sort; {@code page} still skips pages for small offsets (at most
     * 10,000 rows). The count is {@code GET /api/v1/leads/count}. A search text ({@code q}) is refused here by
     * name: it goes in the body of {@code POST /api/v1/leads/search} ({@link SearchTextInAddress}).
     */
    @GetMapping
    public PageBody list(@RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String category, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String source, @RequestParam(required = false) String condition,
            @RequestParam(required = false) String referrer, @RequestParam(required = false) String createdFrom,
            @RequestParam(required = false) String createdTo, @RequestParam(required = false) String q,
            @RequestParam(required = false) String overdue, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String created, @RequestParam(required = false) String reached,
            @RequestParam(required = false) String reachedFrom, @RequestParam(required = false) String reachedTo,
            @RequestParam(required = false) String campaign, @RequestParam(defaultValue = "createdAt,desc") String sort,
            @RequestParam(required = false) String nextPageToken,
            @RequestParam(required = false) Integer page, @RequestParam(defaultValue = "50") int size) {
        // page and size are checked before this runs (shared.web.PagingParameters).
        SearchTextInAddress.refuse(q, "POST /api/v1/leads/search");
        LeadFilter filter = new LeadListParameters(status, category, assignee, source, condition, referrer,
                createdFrom, createdTo, null, overdue, stage, created, reached, reachedFrom, reachedTo, campaign)
                .toFilter();
        LeadPage result = leads.page(filter, sort(sort), nextPageToken, page == null ? 0 : page, size);
        return new PageBody(result.items(), size, page, result.nextPageToken(), result.isLast());
    }

    /** How many leads the list's filters match, counted up to 10,000 ("10,000+" beyond). */
    @GetMapping("/count")
    public CountBody count(@RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String category, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String source, @RequestParam(required = false) String condition,
            @RequestParam(required = false) String referrer, @RequestParam(required = false) String createdFrom,
            @RequestParam(required = false) String createdTo, @RequestParam(required = false) String q,
            @RequestParam(required = false) String overdue, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String created, @RequestParam(required = false) String reached,
            @RequestParam(required = false) String reachedFrom, @RequestParam(required = false) String reachedTo,
            @RequestParam(required = false) String campaign) {
        SearchTextInAddress.refuse(q, "POST /api/v1/leads/search/count");
        LeadCount count = leads.count(new LeadListParameters(status, category, assignee, source, condition, referrer,
                createdFrom, createdTo, null, overdue, stage, created, reached, reachedFrom, reachedTo, campaign)
                .toFilter());
        return new CountBody(count.value(), count.atLeast(), count.text());
    }

    @GetMapping("/{key}")
    public ResponseEntity<LeadDetails> get(@PathVariable String key) {
        LeadDetails lead = leads.get(key);
        return ResponseEntity.ok().eTag(etag(lead)).body(lead);
    }

    @PostMapping
    public ResponseEntity<LeadDetails> create(@RequestBody JsonNode body) {
        LeadDetails lead = leads.create(form(body));
        return ResponseEntity.created(URI.create("/api/v1/leads/" + lead.key())).eTag(etag(lead)).body(lead);
    }

    /** Changes the fields present in the body (a JSON merge of the lead's form); the rest stay. */
    @PatchMapping("/{key}")
    public ResponseEntity<LeadDetails> update(@PathVariable String key, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = version(ifMatch);
        if (!body.isObject()) {
            throw InvalidInputException.of("", "Send a JSON object with the fields to change.");
        }
        ObjectNode merged = json.valueToTree(leads.get(key).form());
        merged.setAll((ObjectNode) body);
        try {
            LeadDetails lead = leads.update(key, form(merged), version);
            return ResponseEntity.ok().eTag(etag(lead)).body(lead);
        } catch (ConflictException e) {
            throw new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, Problems.problem(
                    HttpStatus.PRECONDITION_FAILED, "stale", "Precondition failed", e.getMessage()), e);
        }
    }

    private LeadForm form(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("", "Send the lead as a JSON object.");
        }
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        if (!copy.hasNonNull("selfPay")) {
            copy.put("selfPay", false);
        }
        try {
            return json.treeToValue(copy, LeadForm.class);
        } catch (DatabindException e) {
            String field = e.getPath().stream().map(r -> r.getPropertyName() == null ? "" : r.getPropertyName())
                    .filter(name -> !name.isEmpty()).collect(Collectors.joining("."));
            throw InvalidInputException.of(field, "This value has the wrong type or is not one of the choices.");
        }
    }

    static Sort sort(String text) {
        String[] parts = text.split(",");
        boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
        return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, parts[0].strip());
    }

    private static String etag(LeadDetails lead) {
        return "\"" + lead.version() + "\"";
    }

    /** The version in an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}); required. */
    static long version(String ifMatch) {
        return IfMatch.version(ifMatch, "lead");
    }
}
