package com.pathway.clinic.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.pathway.clinic.CalendarFeedService;
import com.pathway.clinic.CalendarFeedService.FeedStatus;
import com.pathway.clinic.web.CalendarFeedController;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One's calendar feed: make a secret address for a calendar app (shown once), make a new one (the old
 * one stops working), or revoke it. Says what the feed holds and what it never holds. Home opens it
 * from My work.
 */
@org.springframework.modulith.NamedInterface("ui")
public class CalendarFeedDialog extends Dialog {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US);

    private final CalendarFeedService feeds;
    private final ZoneId zone;
    private final Paragraph state = new Paragraph();
    private final TextField address = new TextField("Feed address");
    private final Button create = new Button();
    private final Button revoke = new Button("Revoke the feed");

    public CalendarFeedDialog(CalendarFeedService feeds, ZoneId zone) {
        this.feeds = feeds;
        this.zone = zone;
        setId("calendar-feed-dialog");
        setHeaderTitle("Calendar feed");
        setWidth("36em");
        state.setId("calendar-feed-state");
        address.setId("calendar-feed-url");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        address.setHelperText("Subscribe to this address in your calendar app. It is shown only now: keep it to "
                + "yourself, as anyone who has it sees your schedule.");
        create.setId("calendar-feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        revoke.setId("calendar-feed-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClickListener(e -> {
            feeds.revoke();
            address.setVisible(false);
            Notifications.success("Your calendar feed was revoked; its address no longer works.");
            show(feeds.status());
        });
        Button close = new Button("Done", e -> close());
        close.setId("calendar-feed-close");
        add(new Paragraph("Your open tasks and the consultations you hold, from 30 days ago to 6 months ahead, in "
                + "any calendar app. Events show only the kind of task or appointment, the lead's key and a link to "
                + "Pathway: never names or clinical details."), state, address);
        getFooter().add(revoke, close, create);
        DialogKeys.submitOnEnter(this, null, create);
        show(feeds.status());
    }

    private void show(FeedStatus status) {
        if (status.active()) {
            state.setText("You have a calendar feed since " + FORMAT.format(status.createdAt().atZone(zone))
                    + (status.lastUsedAt() == null ? "; no calendar app has read it yet."
                            : "; a calendar app last read it " + FORMAT.format(status.lastUsedAt().atZone(zone)) + "."));
            create.setText("Make a new address");
            create.setTooltipText("The current address stops working");
        } else {
            state.setText("You have no calendar feed.");
            create.setText("Make a feed address");
            create.setTooltipText(null);
        }
        revoke.setVisible(status.active());
    }

    private void create() {
        String secret = feeds.create();
        String base = ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .build().toUriString();
        address.setValue(base + CalendarFeedController.PATH + secret + ".ics");
        address.setVisible(true);
        address.focus();
        show(feeds.status());
    }
}
