package com.pathway.workflow.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowDefinition.Status;

/**
 * Places a workflow's statuses in layers, left to right in breadth-first order from the initial
 * status, and routes its transitions between them. Transitions that leave every status are not
 * drawn as one arrow per status but collected on their target. Plain geometry, no UI types, so that
 * it is tested on its own; {@link DiagramSvg} draws the result.
 */
public final class DiagramLayout {

    static final double BOX_HEIGHT = 44;
    static final double MIN_BOX_WIDTH = 120;
    static final double LAYER_GAP = 110;
    static final double ROW_GAP = 56;
    static final double MARGIN = 40;
    static final double ARC_STEP = 34;

    /** A status box; {@code category} is {@code null} when the definition names an unknown one. */
    public record Node(String name, StatusCategory category, boolean initial, int layer, double x, double y,
            double width, double height) {

        double centerX() {
            return x + width / 2;
        }

        double centerY() {
            return y + height / 2;
        }

        boolean overlaps(Node other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    /**
     * The transitions from one status to another, drawn as one arrow (a quadratic curve from
     * {@code (x1,y1)} through control point {@code (cx,cy)} to {@code (x2,y2)}) labelled with their names.
     */
    public record Edge(String from, String to, List<String> names, double x1, double y1, double cx, double cy,
            double x2, double y2) {

        public String label() {
            return String.join(", ", names);
        }

        double labelX() {
            return 0.25 * x1 + 0.5 * cx + 0.25 * x2;
        }

        double labelY() {
            return 0.25 * y1 + 0.5 * cy + 0.25 * y2;
        }
    }

    /** Transitions that may be run from any status, shown once beside their target. */
    public record AnyMarker(String to, List<String> names, double x, double y) {

        public String label() {
            return "from any: " + String.join(", ", names);
        }
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final List<AnyMarker> anyMarkers;
    private final double width;
    private final double height;

    private DiagramLayout(List<Node> nodes, List<Edge> edges, List<AnyMarker> anyMarkers, double width,
            double height) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.anyMarkers = List.copyOf(anyMarkers);
        this.width = width;
        this.height = height;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public List<AnyMarker> anyMarkers() {
        return anyMarkers;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Lays out a definition as written; unknown statuses named by transitions are left out. */
    public static DiagramLayout of(WorkflowDefinition definition) {
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (Status s : definition.statuses()) {
            if (s.name() != null && !s.name().isBlank()) {
                statuses.putIfAbsent(key(s.name()), s);
            }
        }
        Map<String, Integer> layers = layers(definition, statuses);
        List<Node> nodes = place(definition, statuses, layers);
        Map<String, Node> byKey = new LinkedHashMap<>();
        nodes.forEach(n -> byKey.put(key(n.name()), n));

        double top = nodes.stream().mapToDouble(Node::y).min().orElse(MARGIN);
        double bottom = nodes.stream().mapToDouble(n -> n.y() + n.height()).max().orElse(MARGIN);
        List<Edge> edges = route(definition, byKey, top, bottom);
        List<AnyMarker> markers = anyMarkers(definition, byKey);

        double minY = Math.min(top, edges.stream().mapToDouble(e -> Math.min(e.cy(), e.labelY() - 14)).min()
                .orElse(top)) - MARGIN;
        double maxY = Math.max(bottom, edges.stream().mapToDouble(e -> Math.max(e.cy(), e.labelY() + 14)).max()
                .orElse(bottom)) + MARGIN;
        maxY = Math.max(maxY, markers.stream().mapToDouble(m -> m.y() + 10).max().orElse(maxY));
        double maxX = nodes.stream().mapToDouble(n -> n.x() + n.width()).max().orElse(MARGIN) + MARGIN;
        maxX = Math.max(maxX, edges.stream().mapToDouble(e -> Math.max(e.cx(), e.labelX() + 60)).max()
                .orElse(maxX));
        maxX = Math.max(maxX, markers.stream().mapToDouble(m -> m.x() + 8 * m.label().length()).max().orElse(maxX));
        // Shift everything down so that arcs above the boxes stay inside the picture.
        double shift = -minY;
        return new DiagramLayout(
                nodes.stream().map(n -> new Node(n.name(), n.category(), n.initial(), n.layer(), n.x(),
                        n.y() + shift, n.width(), n.height())).toList(),
                edges.stream().map(e -> new Edge(e.from(), e.to(), e.names(), e.x1(), e.y1() + shift, e.cx(),
                        e.cy() + shift, e.x2(), e.y2() + shift)).toList(),
                markers.stream().map(m -> new AnyMarker(m.to(), m.names(), m.x(), m.y() + shift)).toList(),
                maxX, maxY + shift);
    }

    /** Breadth-first distance from the initial status; statuses it never reaches go in a last layer. */
    private static Map<String, Integer> layers(WorkflowDefinition d, Map<String, Status> statuses) {
        Map<String, Integer> layers = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        String initial = d.initial() == null ? null : key(d.initial());
        if (initial != null && statuses.containsKey(initial)) {
            layers.put(initial, 0);
            queue.add(initial);
        }
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (Transition t : d.transitions()) {
                if (t.to() == null || t.fromAny() || !t.leaves(current)) {
                    continue;
                }
                String next = key(t.to());
                if (statuses.containsKey(next) && !layers.containsKey(next)) {
                    layers.put(next, layers.get(current) + 1);
                    queue.add(next);
                }
            }
        }
        int last = layers.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (String name : statuses.keySet()) {
            layers.putIfAbsent(name, last);
        }
        return layers;
    }

    private static List<Node> place(WorkflowDefinition d, Map<String, Status> statuses, Map<String, Integer> layers) {
        int layerCount = layers.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<Status>> columns = new ArrayList<>();
        for (int i = 0; i < layerCount; i++) {
            columns.add(new ArrayList<>());
        }
        statuses.forEach((k, s) -> columns.get(layers.get(k)).add(s));
        int tallest = columns.stream().mapToInt(List::size).max().orElse(0);
        double columnHeight = tallest * BOX_HEIGHT + Math.max(0, tallest - 1) * ROW_GAP;
        // The gap between layers leaves room for the longest transition label between them.
        double gap = Math.max(LAYER_GAP, d.transitions().stream().filter(t -> !t.fromAny())
                .mapToDouble(t -> label(t).length() * 6.8 + 40).max().orElse(0));
        List<Node> nodes = new ArrayList<>();
        double x = MARGIN;
        for (int layer = 0; layer < layerCount; layer++) {
            List<Status> column = columns.get(layer);
            double width = column.stream().mapToDouble(s -> boxWidth(s.name())).max().orElse(MIN_BOX_WIDTH);
            double height = column.size() * BOX_HEIGHT + Math.max(0, column.size() - 1) * ROW_GAP;
            double y = MARGIN + (columnHeight - height) / 2;
            for (Status s : column) {
                boolean initial = d.initial() != null && s.name().equalsIgnoreCase(d.initial().strip());
                nodes.add(new Node(s.name(), category(s), initial, layer, x, y, width, BOX_HEIGHT));
                y += BOX_HEIGHT + ROW_GAP;
            }
            x += width + gap;
        }
        return nodes;
    }

    private static List<Edge> route(WorkflowDefinition d, Map<String, Node> nodes, double top, double bottom) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Transition t : d.transitions()) {
            if (t.fromAny() || t.to() == null || !nodes.containsKey(key(t.to()))) {
                continue;
            }
            for (String from : t.from()) {
                if (from != null && nodes.containsKey(key(from))) {
                    grouped.computeIfAbsent(key(from) + "\u0000" + key(t.to()), k -> new ArrayList<>())
                            .add(label(t));
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        int above = 0;
        int below = 0;
        for (Map.Entry<String, List<String>> group : grouped.entrySet()) {
            String[] ends = group.getKey().split("\u0000");
            Node a = nodes.get(ends[0]);
            Node b = nodes.get(ends[1]);
            List<String> names = group.getValue();
            if (a == b) {
                edges.add(new Edge(a.name(), b.name(), names, a.centerX() - 18, a.y(), a.centerX(), a.y() - 70,
                        a.centerX() + 18, a.y()));
            } else if (b.layer() == a.layer() + 1) {
                double y1 = a.centerY();
                double y2 = b.centerY();
                double x1 = a.x() + a.width();
                double x2 = b.x();
                edges.add(new Edge(a.name(), b.name(), names, x1, y1, (x1 + x2) / 2, (y1 + y2) / 2, x2, y2));
            } else if (b.layer() > a.layer()) {
                above++;
                double cy = top - ARC_STEP * (above + 1) * 2;
                edges.add(new Edge(a.name(), b.name(), names, a.centerX() + 12, a.y(), (a.centerX() + b.centerX()) / 2,
                        cy, b.centerX() - 12, b.y()));
            } else if (b.layer() < a.layer()) {
                below++;
                double cy = bottom + ARC_STEP * (below + 1) * 2;
                edges.add(new Edge(a.name(), b.name(), names, a.centerX() - 12, a.y() + a.height(),
                        (a.centerX() + b.centerX()) / 2, cy, b.centerX() + 12, b.y() + b.height()));
            } else {
                double cx = Math.max(a.x() + a.width(), b.x() + b.width()) + 60;
                edges.add(new Edge(a.name(), b.name(), names, a.x() + a.width(), a.centerY(), cx,
                        (a.centerY() + b.centerY()) / 2, b.x() + b.width(), b.centerY()));
            }
        }
        return edges;
    }

    private static List<AnyMarker> anyMarkers(WorkflowDefinition d, Map<String, Node> nodes) {
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        for (Transition t : d.transitions()) {
            if (t.fromAny() && t.to() != null && nodes.containsKey(key(t.to()))) {
                byTarget.computeIfAbsent(key(t.to()), k -> new ArrayList<>()).add(label(t));
            }
        }
        List<AnyMarker> markers = new ArrayList<>();
        byTarget.forEach((target, names) -> {
            Node n = nodes.get(target);
            markers.add(new AnyMarker(n.name(), names, n.x(), n.y() + n.height() + 18));
        });
        return markers;
    }

    private static String label(Transition t) {
        return t.name() == null || t.name().isBlank() ? "(unnamed)" : t.name().strip();
    }

    private static StatusCategory category(Status s) {
        try {
            return s.statusCategory();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static double boxWidth(String name) {
        return Math.max(MIN_BOX_WIDTH, name.strip().length() * 8.2 + 32);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
