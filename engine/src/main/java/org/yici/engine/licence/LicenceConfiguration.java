package org.yici.engine.licence;

import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class LicenceConfiguration {

    @Bean
    JdbcLicenceDirectory embeddedLicenceDirectory(JdbcClient jdbc) {
        return new JdbcLicenceDirectory(jdbc, Clock.systemUTC());
    }

    /** The directory checks consult: the embedded table unless {@code yici.licences.provider=http}. */
    @Bean
    @Primary
    LicenceDirectory licenceDirectory(LicenceProperties properties, JdbcLicenceDirectory embedded) {
        if (!"http".equals(properties.provider())) {
            return embedded;
        }
        if (properties.baseUrl() == null) {
            throw new IllegalStateException("yici.licences.provider=http needs yici.licences.base-url");
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return new HttpLicenceDirectory(RestClient.builder()
                .baseUrl(properties.baseUrl().toString())
                .requestFactory(factory)
                .build());
    }
}
