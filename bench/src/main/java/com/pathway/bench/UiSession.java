package com.pathway.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * What one simulated person does in the UI, step by step, each step as the browser sends it
 * ({@link VaadinClient}) and each server round trip timed into the {@link Latencies} it is given. The
 * realistic-load profile and the board-drag scenario share these steps.
 */
final class UiSession {

    /**
     * What a drag of a card to another column came to. {@code GONE}: the board read itself again on the drag's start
     * (someone else had moved cards) and the card or its target cell was no longer there to drop, as a person would
     * see it vanish.
     */
    enum DragOutcome { MOVED, REFUSED, NOT_ANSWERED, NO_CARD, GONE }

    private static final String SCREEN = "transition-screen";
    private static final String MOVE_DIALOG = "move-dialog";

    private final VaadinClient client;
    private final String user;

    UiSession(VaadinClient client, String user) {
        this.client = client;
        this.user = user;
    }

    String user() {
        return user;
    }

    /** Signs in (the sign-in itself is not a round trip of the UI) and opens {@code route}. */
    void signIn(String route, Latencies roundTrips) throws Exception {
        if (!client.signIn(user, BenchUsers.PASSWORD)) {
            throw new IllegalStateException("sign-in refused for " + user);
        }
        open(route, roundTrips);
    }

    /** A fresh page load of {@code route}: the bootstrap and the router's navigation. */
    void open(String route, Latencies roundTrips) throws Exception {
        timed(roundTrips, () -> client.bootstrap(route));
        timed(roundTrips, () -> client.navigate(route, ""));
    }

    /** "My work": the home page. */
    void myWork(Latencies roundTrips) throws Exception {
        timed(roundTrips, () -> client.navigate("", ""));
    }

    /** The lead list and the grid's first page. */
    void leadList(Latencies roundTrips) throws Exception {
        timed(roundTrips, () -> client.navigate("leads", ""));
        timed(roundTrips, () -> client.callServer("leads-grid", "setViewportRange", 0, 50));
    }

    /** Types a search into the lead list and reads the first page of what it finds. */
    void search(String text, Latencies roundTrips) throws Exception {
        if (!client.has("lead-search")) {
            leadList(roundTrips);
        }
        timed(roundTrips, () -> client.type("lead-search", text));
        timed(roundTrips, () -> client.navigate("leads", "q=" + text));
        timed(roundTrips, () -> client.callServer("leads-grid", "setViewportRange", 0, 50));
    }

    /** Opens a lead's page. */
    void leadPage(String key, Latencies roundTrips) throws Exception {
        timed(roundTrips, () -> client.navigate("leads/" + key, ""));
    }

    /** Opens a lead, edits its e-mail address and saves. */
    void edit(String key, Latencies roundTrips) throws Exception {
        leadPage(key, roundTrips);
        if (!client.has("edit-lead")) {
            return;
        }
        timed(roundTrips, () -> client.click("edit-lead"));
        String email = user + "." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
        timed(roundTrips, () -> client.change("lead-email", email));
        timed(roundTrips, () -> client.click("save-lead"));
    }

    /**
     * Opens a lead and runs a transition its page offers (not Close, which asks for a resolution),
     * confirming its screen as it stands when it has one; a screen that refuses is closed again.
     */
    void transition(String key, Latencies roundTrips) throws Exception {
        leadPage(key, roundTrips);
        List<String> buttons = client.idsStartingWith("transition-").stream()
                .filter(id -> !id.endsWith("-comment") && !id.equals("transition-refusal")
                        && !id.startsWith("transition-screen") && !id.equals("transition-close"))
                .toList();
        if (buttons.isEmpty()) {
            return;
        }
        JsonNode answer = timedAnswer(roundTrips, () -> client.click(buttons.getFirst()));
        if (client.isOpen(SCREEN)) {
            confirmScreen(roundTrips);
        }
    }

    /** Opens a lead and adds a general note to it. */
    void note(String key, Latencies roundTrips) throws Exception {
        leadPage(key, roundTrips);
        if (!client.has("note-add")) {
            return;
        }
        timed(roundTrips, () -> client.type("note-text", "Called back, left a message (" + user + ")."));
        timed(roundTrips, () -> client.click("note-add"));
    }

    /** Opens the board. */
    void board(Latencies roundTrips) throws Exception {
        timed(roundTrips, () -> client.navigate("board", ""));
    }

    /**
     * Drags a card shown on the board to the next column, as the browser does: {@code dragstart} on
     * the card, then the drop on the column's cell with the card's {@code dragend}. When the move asks
     * which transition (several lead there) the first is chosen; when the transition has a screen, it
     * is confirmed as it stands. {@code drops} times the drop's round trip alone.
     */
    DragOutcome dragToNextColumn(Latencies roundTrips, Latencies drops) throws Exception {
        List<String[]> movable = client.idsStartingWith("card-").stream()
                .map(card -> new String[] {card, client.enclosing(card, "cell-").flatMap(UiSession::nextCell)
                        .filter(client::has).orElse(null)})
                .filter(pair -> pair[1] != null).toList();
        if (movable.isEmpty()) {
            return DragOutcome.NO_CARD;
        }
        String[] pick = movable.get(ThreadLocalRandom.current().nextInt(movable.size()));
        String card = pick[0];
        String target = pick[1];
        timed(roundTrips, () -> client.dragStart(card));
        if (!client.has(card) || !client.has(target)) {
            return DragOutcome.GONE;
        }
        long t = System.nanoTime();
        JsonNode answer = client.drop(card, target);
        long took = System.nanoTime() - t;
        roundTrips.recordNanos(took);
        drops.recordNanos(took);
        String text = answer.toString();
        if (client.isOpen(MOVE_DIALOG)) {
            Optional<String> option = client.idsStartingWith("move-option-").stream().findFirst();
            if (option.isEmpty()) {
                timed(roundTrips, () -> client.closeDialog(MOVE_DIALOG));
                return DragOutcome.REFUSED;
            }
            text = timedAnswer(roundTrips, () -> client.click(option.get())).toString();
        }
        if (client.isOpen(SCREEN)) {
            return confirmScreen(roundTrips);
        }
        return outcome(text);
    }

    /** Confirms the open transition screen as it stands; when it refuses (a required field), closes it. */
    private DragOutcome confirmScreen(Latencies roundTrips) throws Exception {
        String text = timedAnswer(roundTrips, () -> client.click("screen-confirm")).toString();
        if (client.isOpen(SCREEN)) {
            timed(roundTrips, () -> client.closeDialog(SCREEN));
            return DragOutcome.REFUSED;
        }
        return outcome(text);
    }

    private static DragOutcome outcome(String answer) {
        if (answer.contains(" is now in ")) {
            return DragOutcome.MOVED;
        }
        if (answer.contains("Not moved to") || answer.contains("was not done")) {
            return DragOutcome.REFUSED;
        }
        return DragOutcome.NOT_ANSWERED;
    }

    /** {@code cell-3} → {@code cell-4}; a lane's cell {@code cell-3-x} → {@code cell-4-x}. */
    static Optional<String> nextCell(String cell) {
        String[] parts = cell.split("-", 3);
        if (parts.length < 2 || !parts[1].chars().allMatch(Character::isDigit) || parts[1].isEmpty()) {
            return Optional.empty();
        }
        String next = "cell-" + (Integer.parseInt(parts[1]) + 1);
        return Optional.of(parts.length == 3 ? next + "-" + parts[2] : next);
    }

    interface Step {
        JsonNode run() throws Exception;
    }

    interface VoidStep {
        void run() throws Exception;
    }

    private static void timed(Latencies latencies, VoidStep step) throws Exception {
        long t = System.nanoTime();
        step.run();
        latencies.recordNanos(System.nanoTime() - t);
    }

    private static JsonNode timedAnswer(Latencies latencies, Step step) throws Exception {
        long t = System.nanoTime();
        JsonNode answer = step.run();
        latencies.recordNanos(System.nanoTime() - t);
        return answer;
    }
}
