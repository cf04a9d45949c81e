package com.pathway.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.support.TestAccounts;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;

/**
 * Another user's change reaches an open board: at once while its client's push connection is open, and
 * only just before the board's next answer to its client while it is not, so that a board whose client is
 * away (asleep, cut off, gone) does not build cards every second that nobody takes.
 */
class BoardLiveRefreshViewTest extends ViewTest {

    /**
     * The count in the header of the first column. Found once: each lookup of Karibu's ({@code _get}) first makes
     * a round trip of the client, which is what the first test must not do before it means to.
     */
    private static Span newInquiries() {
        ColumnHeader header = _get(ColumnHeader.class, spec -> spec.withId("column-0"));
        return _find(header, Span.class).stream().filter(s -> s.hasClassName("board-column-count"))
                .findFirst().orElseThrow();
    }

    private void aNewInquiryArrives() {
        String phone = "(212) 555-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        context.getBean(LeadService.class).create(Leads.form("Live", TestAccounts.uniqueName("Refresh"), phone, null));
    }

    /**
     * Runs what other threads queued for the UI ({@code UI.access}) until the board has taken the change in, or
     * 5 s have passed. Only the queued tasks: no answer to the client is made ({@code MockVaadin.runUIQueue} would
     * also run what waits for the next answer, as a push would).
     */
    private static void untilTheBoardHasTakenTheChange(java.util.function.BooleanSupplier done)
            throws InterruptedException {
        VaadinSession session = VaadinSession.getCurrent();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(done.getAsBoolean()).as("the board took the change within 5 s").isTrue();
    }

    @Test
    void aBoardWhoseClientIsAwayReadsItselfAgainOnlyWhenItNextAnswersThatClient() throws InterruptedException {
        open("intake", "board");
        BoardView board = _get(BoardView.class);
        Span count = newInquiries();
        long before = Long.parseLong(count.getText());
        assertThat(BoardView.clientConnected(UI.getCurrent())).as("no push connection in this test").isFalse();

        aNewInquiryArrives();
        untilTheBoardHasTakenTheChange(board::awaitingClient);
        assertThat(count.getText()).as("nothing built for a client that is not there").isEqualTo(String.valueOf(before));

        MockVaadin.clientRoundtrip(false);
        assertThat(count.getText()).as("read again for the client's next request").isEqualTo(String.valueOf(before + 1));
        assertThat(board.awaitingClient()).isFalse();
    }

    @Test
    void aBoardWhoseClientIsConnectedShowsTheChangeWithoutARequestOfItsClient() throws InterruptedException {
        open("intake", "board");
        BoardView board = _get(BoardView.class);
        UI.getCurrent().getInternals().setPushConnection(new OpenConnection());
        Span count = newInquiries();
        long before = Long.parseLong(count.getText());

        aNewInquiryArrives();
        untilTheBoardHasTakenTheChange(() -> count.getText().equals(String.valueOf(before + 1)));
        assertThat(board.awaitingClient()).isFalse();
    }

    @Test
    void aBoardReadAgainKeepsTheCardsThatDidNotChangeAndDrawsOnlyTheOthers() throws InterruptedException {
        String family = TestAccounts.uniqueName("Reuse");
        LeadService leads = context.getBean(LeadService.class);
        signInAs("intake");
        String first = leads.create(Leads.form("Ada", family, Leads.phoneOfItsOwn().international(), null)).key();
        String second = leads.create(Leads.form("Bea", family, Leads.phoneOfItsOwn().international(), null)).key();
        UI.getCurrent().navigate("board", com.vaadin.flow.router.QueryParameters.of("q", family));
        UI.getCurrent().getInternals().setPushConnection(new OpenConnection());
        Map<String, CardView> before = cardsByKey();
        assertThat(before).containsOnlyKeys(first, second);

        String third = leads.create(Leads.form("Cy", family, Leads.phoneOfItsOwn().international(), null)).key();
        untilTheBoardHasTakenTheChange(() -> cardsByKey().containsKey(third));

        Map<String, CardView> after = cardsByKey();
        assertThat(after).containsOnlyKeys(first, second, third);
        assertThat(after.get(first)).as("an unchanged card keeps its component").isSameAs(before.get(first));
        assertThat(after.get(second)).as("an unchanged card keeps its component").isSameAs(before.get(second));

        context.getBean(com.pathway.workflow.WorkflowService.class).transition(first,
                com.pathway.workflow.TransitionRequest.of("Contact"));
        untilTheBoardHasTakenTheChange(() -> !cardsByKey().get(first).card().status().equals("New inquiry"));

        Map<String, CardView> moved = cardsByKey();
        assertThat(moved.get(first)).as("a card that changed is drawn again").isNotSameAs(after.get(first));
        assertThat(moved.get(first).card().status()).isEqualTo("Contacted");
        assertThat(moved.get(third)).isSameAs(after.get(third));
        assertThat(_find(CardView.class)).as("each card once on the board").hasSize(3);
    }

    /** The cards on the board by their items' keys. */
    private static Map<String, CardView> cardsByKey() {
        return _find(CardView.class).stream().collect(Collectors.toMap(v -> v.card().key(), v -> v));
    }

    /** A push connection that is open and sends nothing anywhere. */
    private static final class OpenConnection implements PushConnection {
        @Override
        public void push() {
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }
}
