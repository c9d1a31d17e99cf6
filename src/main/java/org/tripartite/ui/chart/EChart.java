package org.tripartite.ui.chart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart whose options are built on the server as JSON.
 *
 * <p>{@link #setOption(ObjectNode)} replaces the whole chart; {@link #mergeOption(ObjectNode)}
 * updates it in place (new data for the same series) without re-creating the chart instance. The
 * browser element follows its container's size and reports clicks on data items as
 * {@link ItemClickEvent}s.
 */
@Tag("tp-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/tp-echart.js")
public class EChart extends com.vaadin.flow.component.Component implements HasSize {

    private ObjectNode option;

    public EChart() {
        setWidthFull();
        setHeight("360px");
        getElement().setAttribute("role", "img");
    }

    /** Replaces the chart's whole option. */
    public void setOption(ObjectNode option) {
        this.option = option.deepCopy();
        updateAccessibleName(option);
        getElement().callJsFunction("setOption", option.toString(), true);
    }

    /** Merges a partial option into the chart, as ECharts does for same-named series. */
    public void mergeOption(ObjectNode partial) {
        if (option == null) {
            setOption(partial);
            return;
        }
        ChartJson.merge(option, partial);
        updateAccessibleName(option);
        getElement().callJsFunction("setOption", partial.toString(), false);
    }

    /** Returns a copy of the option the chart shows now (full option with merges applied). */
    public ObjectNode getOption() {
        return option == null ? null : option.deepCopy();
    }

    /** Sets the language tag that axis numbers and tooltips are formatted with. */
    public void setNumberLocale(String languageTag) {
        getElement().setProperty("locale", languageTag);
    }

    public Registration addItemClickListener(ComponentEventListener<ItemClickEvent> listener) {
        return addListener(ItemClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // A detached and re-attached chart is a new browser element: send the full option again.
        if (option != null && !attachEvent.isInitialAttach()) {
            getElement().callJsFunction("setOption", option.toString(), true);
        }
    }

    private void updateAccessibleName(ObjectNode option) {
        String description = option.path("aria").path("label").path("description").asText("");
        if (!description.isEmpty()) {
            getElement().setAttribute("aria-label", description);
        }
    }

    /** A click on a data item: a bar, a point or a heatmap cell. */
    @DomEvent("chart-click")
    public static class ItemClickEvent extends ComponentEvent<EChart> {

        private final int seriesIndex;
        private final int dataIndex;
        private final String name;

        public ItemClickEvent(EChart source, boolean fromClient,
                @EventData("event.detail.seriesIndex") int seriesIndex,
                @EventData("event.detail.dataIndex") int dataIndex,
                @EventData("event.detail.name") String name) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataIndex = dataIndex;
            this.name = name;
        }

        public int getSeriesIndex() {
            return seriesIndex;
        }

        public int getDataIndex() {
            return dataIndex;
        }

        public String getName() {
            return name;
        }
    }
}
