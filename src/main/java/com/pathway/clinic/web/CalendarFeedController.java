package com.pathway.clinic.web;

import java.net.URI;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.pathway.clinic.CalendarFeedService;

/**
 * The calendar feed a calendar app subscribes to: {@code GET /api/v1/calendar/<secret>.ics}, open
 * without a sign-in (the secret is the credential), answered as {@code text/calendar}; an unknown or
 * revoked secret is a 404 problem. Never cached by proxies.
 */
@RestController
public class CalendarFeedController {

    public static final String PATH = "/api/v1/calendar/";
    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    public CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PATH + "{secret}.ics")
    public ResponseEntity<String> feed(@PathVariable String secret) {
        URI app = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex").body(feeds.feed(secret, app));
    }
}
