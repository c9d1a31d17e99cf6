package org.tripartite.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

class ErrorViewTest extends KaribuTestBase {

    @Test
    void unknownAddressShowsLocalizedPage() {
        UI.getCurrent().navigate("no/such/page");

        assertEquals("Page not found", _get(H1.class).getText());
    }

    @Test
    void unknownAddressInFrench() {
        useFrench();
        UI.getCurrent().navigate("nulle/part");

        assertEquals("Page introuvable", _get(H1.class).getText());
    }
}
