package org.tripartite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class EmbeddingConfigurationTest {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private FilterRegistrationBean<? extends Filter> frameAncestorsFilter;

    @Test
    void responsesCarryDefaultFrameAncestors() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(frameAncestorsFilter.getFilter()).build();

        mvc.perform(get("/actuator/health"))
                .andExpect(header().string("Content-Security-Policy", "frame-ancestors 'self'"));
    }

    @Test
    void policyListsConfiguredOrigins() {
        assertEquals("frame-ancestors 'self' https://courses.example.org",
                EmbeddingConfiguration.frameAncestorsPolicy("'self', https://courses.example.org"));
        assertEquals("frame-ancestors 'self'", EmbeddingConfiguration.frameAncestorsPolicy("  "));
    }

    @Test
    void policyRejectsHeaderInjection() {
        assertThrows(IllegalArgumentException.class,
                () -> EmbeddingConfiguration.frameAncestorsPolicy("https://a.example; script-src *"));
    }

    @Test
    void sessionCookieOverHttpsIsCrossSite() {
        Rfc6265CookieProcessor lax = new Rfc6265CookieProcessor();
        lax.setSameSiteCookies("Lax");
        EmbeddableSessionCookieProcessor processor = new EmbeddableSessionCookieProcessor(lax, null);
        MockHttpServletRequest https = new MockHttpServletRequest();
        https.setSecure(true);

        String header = processor.generateHeader(new Cookie("JSESSIONID", "abc"), https);
        assertTrue(header.contains("SameSite=None"), header);
        assertTrue(header.contains("Secure"), header);
    }

    @Test
    void sessionCookieOverHttpStaysLax() {
        Rfc6265CookieProcessor lax = new Rfc6265CookieProcessor();
        lax.setSameSiteCookies("Lax");
        EmbeddableSessionCookieProcessor processor = new EmbeddableSessionCookieProcessor(lax, null);

        String header = processor.generateHeader(new Cookie("JSESSIONID", "abc"), new MockHttpServletRequest());
        assertTrue(header.contains("SameSite=Lax"), header);
        assertFalse(header.contains("Secure"), header);
    }
}
