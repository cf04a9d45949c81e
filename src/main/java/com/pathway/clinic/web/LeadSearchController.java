package com.pathway.clinic.web;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.clinic.LeadCount;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadPage;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.web.LeadApiController.CountBody;
import com.pathway.clinic.web.LeadApiController.PageBody;

/**
 * The lead list's filters in a JSON body instead of the address: {@code POST /api/v1/leads/search} (a page) and
 * {@code POST /api/v1/leads/search/count} (and {@code …/search/export}, in {@link LeadExportController}). A search
 * text in a URL would end up in the logs of proxies and clients, so {@code GET /api/v1/leads} refuses {@code q}
 * ({@code shared.web.SearchTextInAddress}); here it stays in the body, which nothing logs. All are reads: a read-only
 * token may use them. The audit records that a text was searched and its length, never the text.
 */
@RestController
@RequestMapping("/api/v1/leads/search")
public class LeadSearchController {

    private final LeadService leads;

    public LeadSearchController(LeadService leads) {
        this.leads = leads;
    }

    /**
     * The filters of {@code GET /api/v1/leads}, by the same names, plus its paging ({@code sort}, {@code
     * nextPageToken}, {@code page}, {@code size}); every field may be left out.
     */
    public record SearchBody(List<String> status, String category, String assignee, String source, String condition,
            String referrer, String createdFrom, String createdTo, String q, Boolean overdue, String stage,
            String created, String sort, String nextPageToken, Integer page, Integer size, String reached,
            String reachedFrom, String reachedTo, String campaign) {

        LeadFilter filter() {
            return new LeadListParameters(status, category, assignee, source, condition, referrer, createdFrom,
                    createdTo, q, overdue == null ? null : overdue.toString(), stage, created, reached, reachedFrom,
                    reachedTo, campaign).toFilter();
        }

        /** The order asked for, newest first when none was. */
        org.springframework.data.domain.Sort order() {
            return LeadApiController.sort(sort == null ? "createdAt,desc" : sort);
        }
    }

    @PostMapping
    public PageBody search(@RequestBody(required = false) SearchBody body) {
        SearchBody b = body == null ? empty() : body;
        int size = b.size() == null ? 50 : b.size();
        LeadPage result = leads.page(b.filter(), b.order(), b.nextPageToken(), b.page() == null ? 0 : b.page(), size);
        return new PageBody(result.items(), size, b.page(), result.nextPageToken(), result.isLast());
    }

    @PostMapping("/count")
    public CountBody count(@RequestBody(required = false) SearchBody body) {
        LeadCount count = leads.count((body == null ? empty() : body).filter());
        return new CountBody(count.value(), count.atLeast(), count.text());
    }

    static SearchBody empty() {
        return new SearchBody(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
