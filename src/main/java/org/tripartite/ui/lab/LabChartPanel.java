package org.tripartite.ui.lab;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.Translations;
import org.tripartite.ui.chart.EChart;

/** One lab chart with its title and the downloads of the data behind it. */
class LabChartPanel extends Div {

    private final EChart chart = new EChart();

    LabChartPanel(LabChart labChart, String experiment, Map<String, String> parameters, Language language,
            boolean showExport) {
        addClassName("tp-lab-chart");
        getElement().setAttribute("data-chart", labChart.fileName());
        chart.setNumberLocale(language.code());
        chart.setHeight(labChart instanceof HeatmapChart ? "440px" : "380px");
        chart.setOption(labChart.option(Translations.translate(language, "chart.save")));
        add(new H2(labChart.title()), chart);
        if (!showExport) {
            return;
        }
        DataTable table = labChart.table();
        String base = experiment + "-" + labChart.fileName();
        Anchor csv = new Anchor(download(base + ".csv", "text/csv;charset=UTF-8",
                () -> DataExport.csv(table, language)), Translations.translate(language, "lab.export.csv"));
        csv.addClassName("tp-button-link");
        csv.getElement().setAttribute("data-export", "csv");
        Anchor json = new Anchor(download(base + ".json", "application/json",
                () -> DataExport.json(table, experiment, labChart.fileName(), parameters)),
                Translations.translate(language, "lab.export.json"));
        json.addClassName("tp-button-link");
        json.getElement().setAttribute("data-export", "json");
        Span png = new Span(Translations.translate(language, "lab.export.png"));
        png.addClassName("tp-figure-caption");
        Div exports = new Div(csv, json, png);
        exports.addClassName("tp-lab-exports");
        add(exports);
    }

    private static DownloadHandler download(String fileName, String contentType,
            java.util.function.Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
    }

    EChart chart() {
        return chart;
    }
}
