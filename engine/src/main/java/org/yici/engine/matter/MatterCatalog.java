package org.yici.engine.matter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.Messages;
import org.yici.rules.data.BundleDefinition;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.model.MaterialSpec;

/** The matters and bundles of a rule book, and the checklist of each (REST and CLI alike). */
public class MatterCatalog {
    private final Supplier<RuleBook> rules;

    public MatterCatalog(Supplier<RuleBook> rules) {
        this.rules = rules;
    }

    public List<MatterViews.Summary> list() {
        RuleBook book = rules.get();
        Stream<MatterViews.Summary> matters = book.matters().values().stream()
                .map(m -> new MatterViews.Summary(m.code(), m.name(), m.department(), "MATTER", null));
        Stream<MatterViews.Summary> bundles = book.data().bundles().values().stream()
                .map(b -> new MatterViews.Summary(b.code(), b.name(), null, "BUNDLE", b.members()));
        return Stream.concat(matters, bundles).toList();
    }

    public Optional<MatterViews.Checklist> checklist(String code) {
        RuleBook book = rules.get();
        MatterDefinition matter = book.matters().get(code);
        if (matter != null) {
            return Optional.of(checklist(book, matter, List.of()));
        }
        BundleDefinition bundle = book.data().bundles().get(code);
        if (bundle == null) {
            return Optional.empty();
        }
        List<MatterDefinition> members =
                bundle.members().stream().map(book.matters()::get).toList();
        List<MatterViews.Checklist> memberLists = new ArrayList<>();
        for (MatterDefinition member : members) {
            memberLists.add(checklist(book, member, members));
        }
        return Optional.of(new MatterViews.Checklist(
                bundle.code(),
                bundle.name(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                bundle.description(),
                memberLists));
    }

    private static MatterViews.Checklist checklist(
            RuleBook book, MatterDefinition matter, List<MatterDefinition> bundleMembers) {
        List<MatterViews.Situation> situations = matter.situations().stream()
                .map(book.data().situations()::get)
                .map(s -> new MatterViews.Situation(s.key(), s.question(), s.type(), s.values(), s.defaultValue()))
                .toList();
        // A cancelled certificate is never on a checklist, even if an out-of-date matter lists it.
        List<MatterViews.Material> materials = matter.specs().stream()
                .filter(s -> book.data().cancelled().values().stream().noneMatch(c -> s.mentions(c.name())))
                .map(s -> material(s, sharedWith(s, bundleMembers)))
                .toList();
        return new MatterViews.Checklist(
                matter.code(),
                matter.name(),
                matter.department(),
                matter.basis(),
                matter.timeLimit(),
                matter.applicantTypes(),
                situations,
                materials,
                null,
                null);
    }

    private static List<String> sharedWith(MaterialSpec spec, List<MatterDefinition> bundleMembers) {
        if (spec.shareKey() == null) {
            return List.of();
        }
        return bundleMembers.stream()
                .filter(m -> !m.code().equals(spec.matter()))
                .flatMap(m -> m.specs().stream())
                .filter(other -> spec.shareKey().equals(other.shareKey()))
                .map(MaterialSpec::code)
                .toList();
    }

    private static MatterViews.Material material(MaterialSpec s, List<String> sharedWith) {
        return new MatterViews.Material(
                s.code(),
                s.name(),
                s.form(),
                Messages.get("form." + s.form()),
                s.copies(),
                s.core(),
                s.when() == null ? Messages.get("when.ALWAYS") : s.when(),
                s.type(),
                s.requirement(),
                s.replaceableBy(),
                sharedWith);
    }
}
