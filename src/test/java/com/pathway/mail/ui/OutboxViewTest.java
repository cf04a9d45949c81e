package com.pathway.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.mail.MessageKind;
import com.pathway.mail.OutboxEntry;
import com.pathway.mail.internal.Mailer;
import com.pathway.mail.internal.Outbox;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;

class OutboxViewTest extends ViewTest {

    @Autowired
    Outbox outbox;

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<OutboxEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("outbox"));
    }

    @Test
    void anAdministratorSeesAFailedMessageWithoutItsTextAndSendsItAgain() {
        String to = "rita.outboxview-" + UUID.randomUUID() + "@example.org";
        long id = failedStaffMessage(to);
        open("admin", "admin/outbox");
        @SuppressWarnings("unchecked")
        Select<OutboxEntry.State> state = _get(Select.class, spec -> spec.withId("outbox-state"));
        state.setValue(OutboxEntry.State.FAILED);

        int row = rowOf(id);
        List<String> cells = GridKt._getFormattedRow(grid(), row);
        assertThat(cells).contains("Task due soon", "rita", "Failed", "The mail server could not be reached.")
                .noneMatch(c -> c.contains(to)).noneMatch(c -> c.contains("Ask about"))
                .noneMatch(c -> c.contains("is due at"));

        Button retry = (Button) GridKt._getCellComponent(grid(), row, "actions");
        assertThat(retry.getText()).isEqualTo("Send again");
        _click(retry);

        assertThat(notifications()).anyMatch(t -> t.contains("queued again"));
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.PENDING);
        state.setValue(OutboxEntry.State.PENDING);
        assertThat(GridKt._getFormattedRow(grid(), rowOf(id))).contains("Queued");
    }

    private int rowOf(long id) {
        for (int i = 0; i < GridKt._size(grid()); i++) {
            if (GridKt._get(grid(), i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("No row for message " + id);
    }

    private long failedStaffMessage(String to) {
        transactions.executeWithoutResult(s -> mailer.write(MessageKind.TASK_DUE, "outbox-view:" + to, to, "rita",
                null, "PW-1", Map.of("name", "Rita", "task", "Ask about the infusion", "dueAt", "Tue Dec 9, 10:00",
                        "leadKey", "PW-1", "link", "http://localhost/leads/PW-1")));
        long id = jdbc.queryForObject("select id from mail_outbox where recipient = ?", Long.class, to);
        Instant now = Instant.now().plusSeconds(5);
        assertThat(outbox.claim(id, "test", now, now.plusSeconds(60))).isTrue();
        outbox.failed(id, "test", "The mail server could not be reached.", null);
        return id;
    }
}
