package com.pathway.mail.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import com.pathway.clinic.TimelineEntry;
import com.pathway.clinic.TimelineSource;
import com.pathway.mail.MessageKind;

/** What was e-mailed to the lead, in its timeline (the lead module checked that the reader may see the lead). */
@Component
public class SentMailTimeline implements TimelineSource {

    private static final List<String> TO_LEADS = Arrays.stream(MessageKind.values()).filter(MessageKind::toLead)
            .map(Enum::name).toList();

    private final Outbox outbox;

    public SentMailTimeline(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<TimelineEntry> newest(String key, int limit) {
        return outbox.sentToLead(key, TO_LEADS, Math.max(1, limit)).stream()
                .map(m -> new TimelineEntry(m.sentAt(), "email", "E-mail sent: " + m.kind().title(),
                        List.of("Subject: " + m.subject(), "To: " + m.recipient()), "Pathway"))
                .toList();
    }
}
