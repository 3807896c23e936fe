package org.yici.engine.window;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff log in to the window ({@code /window/**}); everything else (the API, actuator, API docs,
 * static assets) stays open exactly as before: API keys are a separate concern.
 */
@Configuration(proxyBeanMethods = false)
class WindowSecurity {

    // The CLI runs the same context without a web server (and so without HttpSecurity).
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain windowChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/window/**", "/login", "/logout")
                .authorizeHttpRequests(a ->
                        a.requestMatchers("/login").permitAll().anyRequest().hasRole(StaffUsers.ROLE))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/window", false))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .build();
    }

    /**
     * Health: open to anyone, but a logged-in staff member's session makes them its principal, so
     * they see the details (an API key does the same in the key filter). Reads the session, never
     * makes one.
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .sessionManagement(s ->
                        s.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.NEVER))
                .build();
    }

    /**
     * Everything outside the window (the API has its own key filter): no authorization, no CSRF,
     * no session, no extra headers — and none of the filters that would only serve them, which
     * every API request passed through for nothing (seen in a profile under load).
     */
    @Bean
    @Order(3)
    @ConditionalOnWebApplication
    SecurityFilterChain openChain(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .exceptionHandling(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The words of the window pages ({@code org/yici/engine/window/messages.properties}), for
     * Thymeleaf's {@code #{...}}.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename(WindowMessages.BUNDLE);
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
