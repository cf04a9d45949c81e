package com.pathway.workflow.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Shows a {@link DiagramSvg} drawing fitted to its space, with zoom in, zoom out and fit buttons. The
 * drawing pans by dragging and zooms with the mouse wheel; with the keyboard (the drawing takes focus)
 * the arrow keys pan, + and - zoom and 0 fits. Zoom and pan only change the SVG's {@code viewBox} in
 * the browser, and survive a redraw while the definition is edited.
 */
class DiagramViewport extends VerticalLayout {

    /** Installs the zoom and pan state and handlers on the canvas once; {@code this} is the canvas. */
    private static final String INSTALL = """
            const el = this;
            if (el.__view) { el.__view.apply(); return; }
            const view = el.__view = {scale: 1, cx: null, cy: null};
            const box = () => { const svg = el.querySelector('svg');
              return svg && svg.dataset.box ? svg.dataset.box.split(' ').map(Number) : null; };
            view.apply = () => {
              const svg = el.querySelector('svg'), b = box();
              if (!b) return;
              const w = b[2] / view.scale, h = b[3] / view.scale;
              const cx = view.cx ?? b[0] + b[2] / 2, cy = view.cy ?? b[1] + b[3] / 2;
              svg.setAttribute('viewBox', `${cx - w / 2} ${cy - h / 2} ${w} ${h}`);
              el.dataset.scale = view.scale.toFixed(2);
            };
            view.zoom = f => { view.scale = Math.min(8, Math.max(0.5, view.scale * f)); view.apply(); };
            view.fit = () => { view.scale = 1; view.cx = null; view.cy = null; view.apply(); };
            view.pan = (dxPx, dyPx) => {
              const b = box(); if (!b) return;
              const unit = Math.max(b[2] / el.clientWidth, b[3] / el.clientHeight) / view.scale;
              view.cx = (view.cx ?? b[0] + b[2] / 2) - dxPx * unit;
              view.cy = (view.cy ?? b[1] + b[3] / 2) - dyPx * unit;
              view.apply();
            };
            el.addEventListener('wheel', e => { e.preventDefault(); view.zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2); },
              {passive: false});
            let drag = null;
            el.addEventListener('pointerdown', e => { drag = {x: e.clientX, y: e.clientY};
              el.setPointerCapture(e.pointerId); el.style.cursor = 'grabbing'; });
            el.addEventListener('pointermove', e => { if (!drag) return;
              view.pan(e.clientX - drag.x, e.clientY - drag.y); drag = {x: e.clientX, y: e.clientY}; });
            const end = () => { drag = null; el.style.cursor = 'grab'; };
            el.addEventListener('pointerup', end);
            el.addEventListener('pointercancel', end);
            el.addEventListener('keydown', e => {
              const step = 40, keys = {ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step],
                ArrowDown: [0, -step]};
              if (keys[e.key]) { view.pan(...keys[e.key]); }
              else if (e.key === '+' || e.key === '=') { view.zoom(1.2); }
              else if (e.key === '-') { view.zoom(1 / 1.2); }
              else if (e.key === '0') { view.fit(); }
              else { return; }
              e.preventDefault();
            });
            view.apply();""";

    private final Div canvas = new Div();

    DiagramViewport() {
        setId("diagram-viewport");
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        canvas.setId("diagram");
        canvas.addClassName("workflow-diagram-canvas");
        canvas.setWidthFull();
        canvas.getElement().setAttribute("tabindex", "0");
        canvas.getElement().setAttribute("role", "group");
        canvas.getElement().setAttribute("aria-label",
                "Workflow diagram. Arrow keys pan, plus and minus zoom, 0 fits it to the space.");
        canvas.getStyle().set("height", "clamp(14rem, 38vh, 26rem)").set("overflow", "hidden").set("cursor", "grab")
                .set("touch-action", "none").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-sizing", "border-box")
                .set("background", "var(--lumo-base-color)");

        Button zoomIn = tool(VaadinIcon.PLUS, "Zoom in", "diagram-zoom-in", "this.__view && this.__view.zoom(1.2)");
        Button zoomOut = tool(VaadinIcon.MINUS, "Zoom out", "diagram-zoom-out",
                "this.__view && this.__view.zoom(1 / 1.2)");
        Button fit = tool(VaadinIcon.EXPAND_SQUARE, "Fit to space", "diagram-fit", "this.__view && this.__view.fit()");
        HorizontalLayout tools = new HorizontalLayout(zoomIn, zoomOut, fit);
        tools.setSpacing(false);
        tools.addClassName("diagram-tools");
        add(tools, canvas);
    }

    private Button tool(VaadinIcon icon, String name, String id, String script) {
        Button button = new Button(icon.create(), e -> canvas.getElement().executeJs(script));
        button.setId(id);
        button.setAriaLabel(name);
        button.setTooltipText(name);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Replaces the drawing, keeping the current zoom and pan. */
    void show(String svg) {
        canvas.getElement().setProperty("innerHTML", svg);
        canvas.getElement().executeJs(INSTALL);
    }

    String svg() {
        return canvas.getElement().getProperty("innerHTML");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        canvas.getElement().executeJs(INSTALL);
    }
}
