package com.pathway.clinic.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.clinic.LeadExportService;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.web.LeadSearchController.SearchBody;
import com.pathway.shared.web.SearchTextInAddress;
import com.pathway.workflow.StatusCategory;

/**
 * {@code GET /api/v1/leads/export}: the leads of {@code GET /api/v1/leads} with the same filters,
 * as one CSV file (managers). Written as it is read from the database; a bad filter or a missing
 * role is answered as problem+json, since nothing is sent before the first page is read. With a search text,
 * {@code POST /api/v1/leads/search/export} takes the filters in a JSON body ({@link SearchTextInAddress}).
 */
@RestController
@RequestMapping("/api/v1/leads")
public class LeadExportController {

    private final LeadExportService exports;

    public LeadExportController(LeadExportService exports) {
        this.exports = exports;
    }

    /**
     * The leads the filters match as CSV; with {@code key} (repeated, at most 500), exactly those leads
     * the caller may read, and the filters are not used. {@code status} may be repeated.
     */
    @GetMapping("/export")
    public void export(@RequestParam(required = false) List<String> status,
            @RequestParam(required = false) StatusCategory category, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) LeadSource source, @RequestParam(required = false) String condition,
            @RequestParam(required = false) Long referrer, @RequestParam(required = false) Instant createdFrom,
            @RequestParam(required = false) Instant createdTo, @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> key, @RequestParam(required = false) String campaign,
            @RequestParam(defaultValue = "createdAt,desc") String sort, HttpServletResponse response) {
        if (key != null && !key.isEmpty()) {
            exports.exportSelection(key, new CsvResponse(response));
            return;
        }
        SearchTextInAddress.refuse(q, "POST /api/v1/leads/search/export");
        LeadFilter filter = new LeadFilter(null, category, assignee, source, condition, referrer, createdFrom,
                createdTo, null).inStatuses(status).ofCampaign(campaign);
        exports.export(filter, LeadApiController.sort(sort), new CsvResponse(response));
    }

    /**
     * The export with the filters of {@code POST /api/v1/leads/search} in a JSON body, the search text among them;
     * {@code sort} as in the list, paging fields ignored (the file holds every match).
     */
    @PostMapping("/search/export")
    public void exportSearch(@RequestBody(required = false) SearchBody body, HttpServletResponse response) {
        SearchBody b = body == null ? LeadSearchController.empty() : body;
        exports.export(b.filter(), b.order(), new CsvResponse(response));
    }

    /** Sets the CSV headers on the first byte written, so that an error before it can still be a problem answer. */
    private static final class CsvResponse extends OutputStream {

        private final HttpServletResponse response;
        private OutputStream out;

        CsvResponse(HttpServletResponse response) {
            this.response = response;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                response.setContentType("text/csv;charset=UTF-8");
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"leads.csv\"");
                out = response.getOutputStream();
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            out().flush();
        }
    }
}
