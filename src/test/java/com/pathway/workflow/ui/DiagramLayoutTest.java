package com.pathway.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowDefinition.Status;

class DiagramLayoutTest {

    static Transition move(String name, List<String> from, String to) {
        return new Transition(null, name, from, to, null, null, null, null);
    }

    static final WorkflowDefinition CLINIC = new WorkflowDefinition("clinic", "New inquiry",
            List.of(new Status("New inquiry", "TODO"), new Status("Contacted", "IN_PROGRESS"),
                    new Status("Consultation scheduled", "IN_PROGRESS"), new Status("Screening", "IN_PROGRESS"),
                    new Status("Waiting list", "TODO"), new Status("Closed", "DONE"), new Status("Orphan", "TODO")),
            List.of(com.pathway.workflow.Resolution.of("Completed")),
            List.of(move("Contact", List.of("New inquiry"), "Contacted"),
                    move("Schedule", List.of("Contacted"), "Consultation scheduled"),
                    move("Park", List.of("Contacted"), "Waiting list"),
                    move("Screen", List.of("Consultation scheduled", "Waiting list"), "Screening"),
                    move("Fast track", List.of("New inquiry"), "Screening"),
                    move("Back to contact", List.of("Screening"), "Contacted"),
                    move("Retry", List.of("Contacted"), "Contacted"),
                    move("Finish", List.of("Screening"), "Closed"),
                    move("Close", List.of("any"), "Closed"),
                    move("Discard", List.of("any"), "Closed")));

    @Test
    void layersStatusesInBreadthFirstOrderFromTheInitialStatus() {
        DiagramLayout layout = DiagramLayout.of(CLINIC);

        assertThat(layer(layout, "New inquiry")).isZero();
        assertThat(layer(layout, "Contacted")).isEqualTo(1);
        assertThat(layer(layout, "Consultation scheduled")).isEqualTo(2);
        assertThat(layer(layout, "Waiting list")).isEqualTo(2);
        assertThat(layer(layout, "Screening")).isEqualTo(1);
        assertThat(layer(layout, "Closed")).isEqualTo(2);
        assertThat(layer(layout, "Orphan")).as("unreachable statuses go last").isEqualTo(3);
        assertThat(layout.node("New inquiry").orElseThrow().initial()).isTrue();
        assertThat(layout.node("Closed").orElseThrow().category()).isEqualTo(StatusCategory.DONE);
    }

    @Test
    void boxesNeverOverlapAndStayInsideThePicture() {
        DiagramLayout layout = DiagramLayout.of(CLINIC);
        List<DiagramLayout.Node> nodes = layout.nodes();

        assertThat(nodes).hasSize(7);
        for (int i = 0; i < nodes.size(); i++) {
            DiagramLayout.Node a = nodes.get(i);
            assertThat(a.x()).isGreaterThanOrEqualTo(0);
            assertThat(a.y()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(layout.width());
            assertThat(a.y() + a.height()).isLessThanOrEqualTo(layout.height());
            assertThat(a.width()).as("the name fits").isGreaterThan(a.name().length() * 7);
            for (int j = i + 1; j < nodes.size(); j++) {
                assertThat(a.overlaps(nodes.get(j))).as(a.name() + " overlaps " + nodes.get(j).name()).isFalse();
            }
        }
        for (DiagramLayout.Edge e : layout.edges()) {
            assertThat(e.cy()).isBetween(0.0, layout.height());
            assertThat(e.labelY()).isBetween(0.0, layout.height());
        }
    }

    @Test
    void drawsEveryTransitionOnceAndCollectsThoseFromAnyStatus() {
        DiagramLayout layout = DiagramLayout.of(CLINIC);

        // "Screen" leaves two statuses, so it has two arrows; every other transition has one arrow.
        assertThat(layout.edges()).extracting(DiagramLayout.Edge::label).containsExactlyInAnyOrder("Contact",
                "Schedule", "Park", "Screen", "Screen", "Fast track", "Back to contact", "Retry", "Finish");
        assertThat(layout.anyMarkers()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("Closed");
            assertThat(m.label()).isEqualTo("from any: Close, Discard");
        });
        double lowestBox = layout.nodes().stream().mapToDouble(n -> n.y() + n.height()).max().orElseThrow();
        DiagramLayout.Edge back = edge(layout, "Waiting list", "Screening");
        assertThat(back.cy()).as("backward arrows arc below the boxes").isGreaterThan(lowestBox);
        DiagramLayout.Edge sideways = edge(layout, "Screening", "Contacted");
        DiagramLayout.Node contacted = layout.node("Contacted").orElseThrow();
        assertThat(sideways.cx()).as("arrows within a layer bend to its right")
                .isGreaterThan(contacted.x() + contacted.width());
    }

    private static DiagramLayout.Edge edge(DiagramLayout layout, String from, String to) {
        return layout.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst()
                .orElseThrow();
    }

    @Test
    void groupsTransitionsBetweenTheSameStatusesIntoOneArrow() {
        WorkflowDefinition d = new WorkflowDefinition("pair", "A",
                List.of(new Status("A", "TODO"), new Status("B", "DONE")), null,
                List.of(move("Go", List.of("A"), "B"), move("Also go", List.of("A"), "B")));

        assertThat(DiagramLayout.of(d).edges()).singleElement()
                .satisfies(e -> assertThat(e.label()).isEqualTo("Go, Also go"));
    }

    @Test
    void toleratesAnUnsoundDraft() {
        WorkflowDefinition broken = new WorkflowDefinition("broken", "Missing",
                List.of(new Status("A", "SOMETIMES"), new Status(" ", "TODO")), null,
                List.of(move("Nowhere", List.of("A"), "Ghost"), move(null, List.of("Ghost"), "A")));

        DiagramLayout layout = DiagramLayout.of(broken);

        assertThat(layout.nodes()).singleElement().satisfies(n -> assertThat(n.category()).isNull());
        assertThat(layout.edges()).isEmpty();
        assertThat(DiagramSvg.render(layout)).contains("data-category=\"unknown\"");
    }

    @Test
    void rendersWellFormedSvgWithEveryNameEscaped() throws Exception {
        WorkflowDefinition tricky = new WorkflowDefinition("tricky", "<b>Start</b>",
                List.of(new Status("<b>Start</b>", "TODO"), new Status("Tom & \"Jerry\"", "DONE")), null,
                List.of(move("</svg><script>alert(1)</script>", List.of("<b>Start</b>"), "Tom & \"Jerry\""),
                        move("Any 'one'", List.of("any"), "Tom & \"Jerry\"")));

        String svg = DiagramSvg.render(tricky);

        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;b&gt;Start&lt;/b&gt;", "Tom &amp; &quot;Jerry&quot;");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = doc.getElementsByTagName("text");
        List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        assertThat(shown).contains("<b>Start</b>", "Tom & \"Jerry\"", "</svg><script>alert(1)</script>",
                "from any: Any 'one'", "To do", "In progress", "Done");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    }

    private static int layer(DiagramLayout layout, String status) {
        return layout.node(status).orElseThrow().layer();
    }
}
