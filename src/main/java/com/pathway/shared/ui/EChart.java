package com.pathway.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart ({@code frontend/charts/pathway-chart.js}): give it an ECharts option as JSON.
 * It is full width and 300 px high unless sized otherwise, and follows its container's size. The canvas
 * is an image to assistive technology, named by {@link #setDescription}; put a table of the same figures
 * beside it for screen readers.
 */
@Tag("pathway-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./charts/pathway-chart.js")
public class EChart extends Component implements HasSize {

    /** A click on a bar, funnel step, point or cell: its category name and series. */
    @DomEvent("chart-click")
    public static class ChartClick extends ComponentEvent<EChart> {
        private final String name;
        private final String series;

        public ChartClick(EChart source, boolean fromClient, @EventData("event.detail.name") String name,
                @EventData("event.detail.series") String series) {
            super(source, fromClient);
            this.name = name;
            this.series = series;
        }

        public String name() {
            return name;
        }

        public String series() {
            return series;
        }
    }

    public EChart() {
        setWidthFull();
        setHeight("300px");
        getStyle().set("display", "block");
        getElement().setAttribute("role", "img");
    }

    /** The ECharts option, as JSON. */
    public void setOption(String json) {
        getElement().setProperty("option", json);
    }

    /** What the picture shows, for assistive technology. */
    public void setDescription(String text) {
        getElement().setAttribute("aria-label", text);
    }

    /** Saves the chart's picture as a PNG file in the browser. */
    public void downloadPng(String fileName) {
        getElement().callJsFunction("downloadPng", fileName);
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClick> listener) {
        return addListener(ChartClick.class, listener);
    }
}
