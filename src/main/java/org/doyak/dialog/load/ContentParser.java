package org.doyak.dialog.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Text;
import org.doyak.dialog.load.Node.Mapping;
import org.doyak.dialog.load.Node.Scalar;
import org.doyak.dialog.load.Node.Seq;

/**
 * Reads a content file: {@code collection: NAME} and {@code items:}, each item a mapping with an
 * {@code id}. Values may be plain, {@code {ko, en}}, lists of plain values, or nested mappings
 * (flattened as {@code parent.child}).
 */
final class ContentParser {
    private static final Text FILE = new Text("내용 파일", "a content file");
    private static final Text ITEM = new Text("항목", "an item");
    private final Reader in;

    ContentParser(Problems problems) {
        this.in = new Reader(problems);
    }

    Optional<Collection> parse(Node root) {
        Optional<Mapping> top = in.mapping(root, FILE);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = top.get();
        in.onlyKeys(m, Set.of("collection", "items"), FILE);
        Optional<String> name = in.string(m, "collection", true, FILE);
        Node items = m.entries().get("items");
        if (!(items instanceof Seq seq)) {
            in.problems().add(items == null ? m.where() : items.where(), "내용 파일에 항목 목록 'items'가 필요해요",
                    "a content file needs a list of 'items'");
            return Optional.empty();
        }
        List<Map<String, String>> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Optional<SchemaCheck> schema = name.flatMap(n -> ContentSchema.fields(n)
                .map(fields -> new SchemaCheck(n, fields, in.problems())));
        for (Node item : seq.items()) {
            in.mapping(item, ITEM).ifPresent(i -> {
                Optional<String> id = in.string(i, "id", true, ITEM);
                id.filter(v -> !ids.add(v)).ifPresent(v -> in.problems().add(i.where(),
                        "항목 id가 두 번 있어요: '" + v + "'", "duplicate item id '" + v + "'"));
                schema.ifPresent(check -> check.item(i));
                name.ifPresent(n -> ItemRules.check(n, i, in.problems()));
                Map<String, String> fields = new LinkedHashMap<>();
                flatten("", i, fields);
                out.add(fields);
            });
        }
        return name.map(n -> new Collection(n, out));
    }

    private void flatten(String prefix, Mapping map, Map<String, String> out) {
        map.entries().forEach((key, value) -> {
            String name = prefix + key;
            if (value instanceof Scalar s) {
                out.put(name, s.value() == null ? "" : s.value());
            } else if (value instanceof Seq seq) {
                out.put(name, seq.items().stream().filter(FlowParser::isScalar)
                        .map(n -> ((Scalar) n).value()).collect(Collectors.joining(", ")));
            } else if (value instanceof Mapping inner && isLocalized(inner)) {
                out.put(name, scalar(inner, "ko"));
                out.put(name + ".en", scalar(inner, "en"));
            } else if (value instanceof Mapping inner && UnquotedComma.report(inner, in.problems())) {
                return;
            } else if (value instanceof Mapping inner && inner.entries().containsKey("ko")) {
                in.problems().add(inner.where(), "'" + name + "'에 ko/en과 다른 키가 섞여 있어요 " + inner.entries().keySet(),
                        "'" + name + "' mixes ko/en with other keys " + inner.entries().keySet());
            } else if (value instanceof Mapping inner) {
                flatten(name + ".", inner, out);
            }
        });
    }

    private static boolean isLocalized(Mapping m) {
        return m.entries().keySet().equals(Set.of("ko", "en"));
    }

    private static String scalar(Mapping m, String key) {
        return m.entries().get(key) instanceof Scalar s && s.value() != null ? s.value() : "";
    }
}
