package org.yici.engine.window;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the configured first staff user ({@code yici.window.bootstrap-user}) at start-up while
 * there is none. Apart from {@link StaffUsers} so that a command-line tool that never touches staff
 * users (its context is lazy) does not build them, and their transaction proxy, just to learn that
 * no first user is configured.
 */
@Component
class StaffBootstrap {
    private final WindowProperties properties;
    private final ObjectProvider<StaffUsers> staff;

    StaffBootstrap(WindowProperties properties, ObjectProvider<StaffUsers> staff) {
        this.properties = properties;
        this.staff = staff;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        String user = properties.bootstrapUser();
        if (user != null && !user.isBlank()) {
            staff.getObject().bootstrap();
        }
    }
}
