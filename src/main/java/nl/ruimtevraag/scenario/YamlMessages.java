package nl.ruimtevraag.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The YAML parser's own words (SnakeYAML, in English) in Dutch, phrase by phrase, so that a Dutch
 * report of a syntax error is Dutch; quoted characters and tokens stay as the parser wrote them.
 * A message with a phrase not in the table keeps its English words.
 */
final class YamlMessages {
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("mapping values are not allowed here", "hier mag geen waarde van een map staan");
        PHRASES.put("that cannot start any token", "dat geen token kan beginnen");
        PHRASES.put("(Do not use \\t(TAB) for indentation)", "(gebruik geen \\t(TAB) om in te springen)");
        PHRASES.put("found character", "gevonden teken");
        PHRASES.put("could not find expected", "verwachte teken niet gevonden:");
        PHRASES.put("found unexpected end of stream", "onverwacht einde van het bestand");
        PHRASES.put("found unexpected end of document", "onverwacht einde van het document");
        PHRASES.put("found unknown escape character", "onbekend escapeteken gevonden");
        PHRASES.put("found undefined alias", "onbekende alias gevonden");
        PHRASES.put("found duplicate anchor", "dubbel anker gevonden");
        PHRASES.put("expected the node content", "verwacht de inhoud van een waarde");
        PHRASES.put("expected <block end>", "verwacht het einde van een blok");
        PHRASES.put("expected alphabetic or numeric character", "verwacht een letter of cijfer");
        PHRASES.put("expected ',' or '}'", "verwacht ',' of '}'");
        PHRASES.put("expected ',' or ']'", "verwacht ',' of ']'");
        PHRASES.put(", but got", ", maar vond");
        PHRASES.put(", but found", ", maar vond");
        PHRASES.put("flow mapping", "flow-map");
        PHRASES.put("flow sequence", "flow-lijst");
        PHRASES.put("flow node", "flow-waarde");
        PHRASES.put("block mapping", "blok-map");
        PHRASES.put("block collection", "blokverzameling");
        PHRASES.put("block node", "blokwaarde");
        PHRASES.put("quoted scalar", "tekst tussen aanhalingstekens");
        PHRASES.put("plain scalar", "tekst");
        PHRASES.put("simple key", "sleutel");
        PHRASES.put("an anchor", "een anker");
        PHRASES.put("an alias", "een alias");
        PHRASES.put("a directive", "een directief");
        PHRASES.put("unreadable input", "onleesbare invoer");
    }

    private YamlMessages() {
    }

    /** The parser's message with every phrase of the table in Dutch. */
    static String dutch(String english) {
        String out = english;
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}
