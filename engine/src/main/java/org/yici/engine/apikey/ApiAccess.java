package org.yici.engine.apikey;

import java.util.Set;

/** Which role each API path needs. */
final class ApiAccess {
    private ApiAccess() {}

    static ApiRole roleFor(String method, String path) {
        if (path.startsWith("/api/v1/admin/")) {
            return ApiRole.RULE_ADMIN;
        }
        if (path.startsWith("/api/v1/deferrals")
                || path.startsWith("/api/v1/licences")
                || path.startsWith("/api/v1/dishonesty")
                || path.matches("/api/v1/checks/[^/]+/notice.*")
                // A pre-filled form shows licence data and earlier checks: staff, as a notice.
                || path.matches("/api/v1/matters/[^/]+/form\\..*")
                || path.matches("/api/v1/checks/[^/]+/files/.+")) {
            return ApiRole.STAFF;
        }
        if (path.startsWith("/actuator/")) {
            return null; // any valid key: metrics are for operators of every kind
        }
        return ApiRole.INTAKE;
    }

    /** STAFF may do what INTAKE may; a null role means any valid key. */
    static boolean allows(Set<ApiRole> roles, ApiRole needed) {
        if (needed == null || roles.contains(needed)) {
            return true;
        }
        return needed == ApiRole.INTAKE && roles.contains(ApiRole.STAFF);
    }
}
