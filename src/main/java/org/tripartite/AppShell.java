package org.tripartite;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** Page-wide settings: the theme, server push for background results, and the page metadata. */
@Push
@Theme("tripartite")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Tripartite");
        settings.addMetaTag("description",
                "Tripartite: how neurons and astrocytes can compute transformer attention / "
                        + "comment neurones et astrocytes peuvent calculer l'attention d'un transformeur");
        settings.addMetaTag("theme-color", "#0b4f8a");
        settings.addFavIcon("icon", "icons/icon.svg", "64x64");
    }
}
