package com.pathway.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.pathway.board.BoardConfig;
import com.pathway.board.Card;
import com.pathway.board.CardField;
import com.pathway.board.Person;

/**
 * A card's text is sent as markup in one element: what it says must come out as text, never as markup, with the
 * classes the board's styles and the journeys know, and only the fields the board shows.
 */
class CardMarkupTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static Card card(String title, Person assignee, boolean overdue, Map<String, String> facts, List<String> tags) {
        return new Card("PW-7", title, "Contact", NOW.minus(Duration.ofDays(3)), Duration.ofDays(2), overdue, assignee,
                facts, tags);
    }

    private static Element parse(String markup) {
        return Jsoup.parseBodyFragment(markup).body();
    }

    private static BoardConfig showing(String... fields) {
        return new BoardConfig("PW", List.of(), List.of(fields));
    }

    @Test
    void whatACardSaysIsTextNeverMarkup() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("priority", "<b>High</b>");
        Card card = card("<img src=x onerror=alert(1)>", new Person("ann", "Ann \"O'Neil\" <Lee>"), false, facts,
                List.of("</div><script>alert(2)</script>"));
        Element body = parse(CardView.markup(card, showing("priority", CardField.ASSIGNEE, CardField.TAGS), "3 d"));

        assertThat(body.select("img, script, b")).isEmpty();
        assertThat(body.selectFirst(".board-card-title").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(body.selectFirst(".board-card-fact").text()).isEqualTo("<b>High</b>");
        assertThat(body.selectFirst(".board-card-tag").text()).isEqualTo("</div><script>alert(2)</script>");
        assertThat(body.selectFirst(".board-card-assignee").attr("title")).isEqualTo("Ann \"O'Neil\" <Lee>");
        assertThat(body.selectFirst(".board-card-fact").classNames()).contains("fact-priority", "value--b-high-b-");
    }

    @Test
    void aCardShowsTheFieldsItsBoardShowsWithTheClassesItsStylesKnow() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("priority", "Urgent");
        facts.put("condition", "PTSD");
        Card card = card("Ada Lovelace", new Person("ann", "Ann Lee"), true, facts, List.of("vip"));

        Element all = parse(CardView.markup(card, showing("priority", "condition", CardField.ASSIGNEE, CardField.TAGS,
                CardField.AGE), "3 d"));
        assertThat(all.selectFirst(".board-card-top .board-card-key").text()).isEqualTo("PW-7");
        assertThat(all.selectFirst(".board-card-assignee").text()).isEqualTo(new Person("ann", "Ann Lee").initials());
        assertThat(all.select(".board-card-facts > span")).extracting(Element::text)
                .containsExactly("Urgent", "PTSD", "vip", "Overdue \u00b7 3 d");
        Element age = all.selectFirst(".board-card-age");
        assertThat(age.hasClass("overdue")).isTrue();
        assertThat(age.attr("title")).isEqualTo("In Contact for 3 d (limit 2 days)");
        assertThat(all.selectFirst(".fact-priority").hasClass("value-urgent")).isTrue();

        Element bare = parse(CardView.markup(card, showing(), "3 d"));
        assertThat(bare.select(".board-card-assignee, .board-card-facts")).isEmpty();
        assertThat(bare.selectFirst(".board-card-title").text()).isEqualTo("Ada Lovelace");

        Element unassigned = parse(CardView.markup(card("Bo", null, false, Map.of(), List.of()),
                showing(CardField.ASSIGNEE, CardField.AGE), "5 h"));
        Element initials = unassigned.selectFirst(".board-card-assignee");
        assertThat(initials.hasClass("unassigned")).isTrue();
        assertThat(initials.attr("title")).isEqualTo("Unassigned");
        assertThat(unassigned.selectFirst(".board-card-age").text()).isEqualTo("5 h");
        assertThat(unassigned.selectFirst(".board-card-age").hasClass("overdue")).isFalse();
    }
}
