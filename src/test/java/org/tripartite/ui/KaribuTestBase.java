package org.tripartite.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Runs server-side UI tests against the real Spring context, without a browser. */
@SpringBootTest
public abstract class KaribuTestBase {

    /** The longest a test waits for a background run; generous because the machine may be loaded. */
    private static final java.time.Duration BACKGROUND_TIMEOUT = java.time.Duration.ofSeconds(90);

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.tripartite");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Runs the UI queue until {@code condition} holds, so that background runs deliver their results. */
    public static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + BACKGROUND_TIMEOUT.toNanos();
        while (true) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + BACKGROUND_TIMEOUT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Returns the texts of the messages shown in the page (invalid values, unknown addresses). */
    public static java.util.List<String> messages() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Div.class,
                        spec -> spec.withClasses("tp-message")).stream()
                .map(div -> div.getElement().getTextRecursively()).toList();
    }

    /** Switches the UI to French, as the language switch does before reloading the page. */
    protected static void useFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }
}
