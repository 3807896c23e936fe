package org.yici.rules.data;

import java.util.List;

/** A bundle (一件事) from {@code data/bundles/<CODE>.yaml}: member matters checked as one package. */
public record BundleDefinition(
        String code, String name, String description, List<String> members, List<Provision> provides) {

    public BundleDefinition {
        members = members == null ? List.of() : List.copyOf(members);
        provides = provides == null ? List.of() : List.copyOf(provides);
    }

    /** A material type a member issues for the later members. */
    public record Provision(String member, String type, String basis) {}
}
