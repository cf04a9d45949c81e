package com.pathway.workflow.ui;

import java.util.Locale;

import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.WorkflowDefinition;

/**
 * Draws a {@link DiagramLayout} as an SVG document: statuses as rounded boxes coloured by category,
 * transitions as labelled arrows, transitions from any status as a dashed marker under their target,
 * and a legend. Every text from the definition is escaped. The drawing fills the element it is put in
 * (its aspect kept); {@code data-box} holds the whole drawing's box, from which {@link DiagramViewport}
 * zooms and pans by changing the {@code viewBox}.
 */
public final class DiagramSvg {

    private static final String FONT = "font-family=\"system-ui, sans-serif\"";

    private DiagramSvg() {
    }

    public static String render(WorkflowDefinition definition) {
        return render(DiagramLayout.of(definition));
    }

    public static String render(DiagramLayout layout) {
        double legendY = layout.height() + 10;
        double width = Math.max(layout.width(), 560);
        double height = legendY + 30;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Workflow diagram\" ")
                .append("class=\"workflow-diagram\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" data-box=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" width=\"100%\" height=\"100%\" preserveAspectRatio=\"xMidYMid meet\"")
                .append(" style=\"display:block\">")
                .append("<defs><marker id=\"wf-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\"")
                .append(" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"")
                .append(" fill=\"#4a5568\"/></marker></defs>");
        for (DiagramLayout.Edge e : layout.edges()) {
            svg.append("<g class=\"wf-transition\"><path d=\"M").append(n(e.x1())).append(',').append(n(e.y1()))
                    .append(" Q").append(n(e.cx())).append(',').append(n(e.cy())).append(' ').append(n(e.x2()))
                    .append(',').append(n(e.y2()))
                    .append("\" fill=\"none\" stroke=\"#4a5568\" stroke-width=\"1.5\" marker-end=\"url(#wf-arrow)\"/>");
            label(svg, e.label(), e.labelX(), e.labelY());
            svg.append("</g>");
        }
        for (DiagramLayout.Node node : layout.nodes()) {
            Palette p = Palette.of(node.category());
            svg.append("<g class=\"wf-status\" data-category=\"").append(p.name).append("\"><rect x=\"")
                    .append(n(node.x())).append("\" y=\"").append(n(node.y())).append("\" width=\"")
                    .append(n(node.width())).append("\" height=\"").append(n(node.height()))
                    .append("\" rx=\"10\" fill=\"").append(p.fill).append("\" stroke=\"").append(p.stroke)
                    .append("\" stroke-width=\"").append(node.initial() ? "3" : "1.5").append("\"/>")
                    .append("<text x=\"").append(n(node.x() + node.width() / 2)).append("\" y=\"")
                    .append(n(node.y() + node.height() / 2 + 5)).append("\" text-anchor=\"middle\" ").append(FONT)
                    .append(" font-size=\"14\" font-weight=\"600\" fill=\"").append(p.text).append("\">")
                    .append(escape(node.name())).append("</text></g>");
            if (node.initial()) {
                svg.append("<text x=\"").append(n(node.x())).append("\" y=\"").append(n(node.y() - 6))
                        .append("\" ").append(FONT).append(" font-size=\"11\" fill=\"#4a5568\">start</text>");
            }
        }
        for (DiagramLayout.AnyMarker m : layout.anyMarkers()) {
            svg.append("<g class=\"wf-any\"><rect x=\"").append(n(m.x())).append("\" y=\"").append(n(m.y() - 13))
                    .append("\" width=\"").append(n(7.2 * m.label().length() + 16)).append("\" height=\"18\" rx=\"9\"")
                    .append(" fill=\"#fff\" stroke=\"#805ad5\" stroke-dasharray=\"4 3\"/><text x=\"")
                    .append(n(m.x() + 8)).append("\" y=\"").append(n(m.y())).append("\" ").append(FONT)
                    .append(" font-size=\"12\" fill=\"#553c9a\">").append(escape(m.label())).append("</text></g>");
        }
        legend(svg, legendY);
        return svg.append("</svg>").toString();
    }

    private static void label(StringBuilder svg, String text, double x, double y) {
        double w = 6.8 * text.length() + 10;
        svg.append("<rect x=\"").append(n(x - w / 2)).append("\" y=\"").append(n(y - 10)).append("\" width=\"")
                .append(n(w)).append("\" height=\"18\" rx=\"4\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>")
                .append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + 4))
                .append("\" text-anchor=\"middle\" ").append(FONT).append(" font-size=\"12\" fill=\"#2d3748\">")
                .append(escape(text)).append("</text>");
    }

    private static void legend(StringBuilder svg, double y) {
        double x = DiagramLayout.MARGIN;
        for (StatusCategory category : StatusCategory.values()) {
            Palette p = Palette.of(category);
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"16\" height=\"16\"")
                    .append(" rx=\"4\" fill=\"").append(p.fill).append("\" stroke=\"").append(p.stroke).append("\"/>")
                    .append("<text x=\"").append(n(x + 22)).append("\" y=\"").append(n(y + 13)).append("\" ")
                    .append(FONT).append(" font-size=\"12\" fill=\"#2d3748\">").append(p.label).append("</text>");
            x += 110;
        }
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"28\" height=\"16\"")
                .append(" rx=\"8\" fill=\"#fff\" stroke=\"#805ad5\" stroke-dasharray=\"4 3\"/><text x=\"")
                .append(n(x + 34)).append("\" y=\"").append(n(y + 13)).append("\" ").append(FONT)
                .append(" font-size=\"12\" fill=\"#2d3748\">can be run from any status</text>");
    }

    /** Escapes text for SVG element content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private enum Palette {
        TODO("todo", "To do", "#edf2f7", "#718096", "#2d3748"),
        IN_PROGRESS("in-progress", "In progress", "#ebf4ff", "#3182ce", "#1a365d"),
        DONE("done", "Done", "#e6fffa", "#2f855a", "#1c4532"),
        UNKNOWN("unknown", "Unknown", "#fff5f5", "#c53030", "#742a2a");

        final String name;
        final String label;
        final String fill;
        final String stroke;
        final String text;

        Palette(String name, String label, String fill, String stroke, String text) {
            this.name = name;
            this.label = label;
            this.fill = fill;
            this.stroke = stroke;
            this.text = text;
        }

        static Palette of(StatusCategory category) {
            return category == null ? UNKNOWN : valueOf(category.name());
        }
    }
}
