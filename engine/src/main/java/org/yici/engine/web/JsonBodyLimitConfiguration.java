package org.yici.engine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration
@ConditionalOnWebApplication
class JsonBodyLimitConfiguration {

    /** First of all filters: an oversized body is refused before anything else reads it. */
    @Bean
    FilterRegistrationBean<JsonBodyLimitFilter> jsonBodyLimitFilter(
            @Value("${yici.uploads.max-json-size}") DataSize limit, ObjectMapper json) {
        FilterRegistrationBean<JsonBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new JsonBodyLimitFilter(limit, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat keeps a multipart body's last bytes, so that the filter below can name a refused part. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> recentBodyValve() {
        return factory -> factory.addContextValves(new RecentBodyValve());
    }

    /** Right after it: uploads whose file names the container cannot read get a clear 400. */
    @Bean
    FilterRegistrationBean<UploadNameFilter> uploadNameFilter(ObjectMapper json) {
        FilterRegistrationBean<UploadNameFilter> registration =
                new FilterRegistrationBean<>(new UploadNameFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
