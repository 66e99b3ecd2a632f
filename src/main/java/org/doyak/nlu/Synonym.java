package org.doyak.nlu;

import java.util.List;

/**
 * A canonical term and the shorthand, slang or misspellings that mean it ("국취" → "국민취업지원제도").
 * Before classification every variant is rewritten to the canonical form; when {@code entity} is set,
 * the variants and the canonical form are also reported as entities of that type.
 *
 * @param canonical the term every variant is rewritten to
 * @param variants other ways of writing it
 * @param entity entity type to report (e.g. {@code program}), or null for none
 */
public record Synonym(String canonical, List<String> variants, String entity) {

    /** Creates an immutable synonym entry. */
    public Synonym {
        variants = List.copyOf(variants);
    }
}
