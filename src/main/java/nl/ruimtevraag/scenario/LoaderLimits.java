package nl.ruimtevraag.scenario;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Limits that keep a hostile or broken scenario file from exhausting memory or time. A scenario
 * is a few kilobytes; every limit is far above what a real one needs.
 */
final class LoaderLimits {
    /** bytes of one scenario file */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    /** nesting of maps and lists; the format itself needs 5 */
    static final int MAX_DEPTH = 32;
    /** YAML aliases (*name) per file */
    static final int MAX_ALIASES = 50;
    /** values after expanding aliases: stops "billion laughs" */
    static final int MAX_NODES = 100_000;
    /** characters of one string */
    static final int MAX_STRING_CHARS = 10_000;
    /** characters of one number */
    static final int MAX_NUMBER_CHARS = 50;
    /** length of an extends chain */
    static final int MAX_EXTENDS_DEPTH = 16;

    private LoaderLimits() {
    }

    /**
     * A YAML factory with SnakeYAML's and Jackson's own limits set. Duplicate keys are allowed at
     * the parser on purpose: {@link YamlTree} rejects them itself, naming both places and going on
     * to find further problems, where the parser would stop at the first with one place.
     */
    static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        // code points <= bytes for UTF-8: the byte limit is checked first, this is a second guard
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setAllowRecursiveKeys(false);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_CHARS)
                .maxStringLength(MAX_STRING_CHARS)
                .maxNameLength(MAX_STRING_CHARS)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build();
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
    }
}
